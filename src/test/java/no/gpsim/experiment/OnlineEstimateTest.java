package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/** The online estimate gives the same bits as the stored-values computation it replaced. */
class OnlineEstimateTest {

    @Test
    void sameBitsAsSummaryStatisticsOverTheStoredValues() {
        Random random = new Random(7);
        for (int n : new int[] {2, 3, 20, 1000}) {
            SummaryStatistics stored = new SummaryStatistics();
            OnlineEstimate online = new OnlineEstimate();
            for (int i = 0; i < n; i++) {
                double v = 0.02 + 0.01 * random.nextGaussian();
                stored.addValue(v);
                online.add(v);
            }
            double half = Estimate.halfWidth(stored.getStandardDeviation(), n);
            Estimate e = online.estimate();
            assertEquals(Double.doubleToLongBits(stored.getMean()), Double.doubleToLongBits(e.mean()), "mean, n = " + n);
            assertEquals(Double.doubleToLongBits(stored.getMean() - half), Double.doubleToLongBits(e.low()), "low, n = " + n);
            assertEquals(Double.doubleToLongBits(stored.getMean() + half), Double.doubleToLongBits(e.high()), "high, n = " + n);
            assertEquals(n, e.n());
        }
    }

    @Test
    void identicalValuesGiveThatValueAndOneValueNoInterval() {
        OnlineEstimate same = new OnlineEstimate();
        for (int i = 0; i < 3; i++) {
            same.add(0.1);
        }
        assertEquals(new Estimate(0.1, 0.1, 0.1, 3), same.estimate());
        OnlineEstimate one = new OnlineEstimate();
        one.add(5);
        assertEquals(5, one.estimate().mean());
        assertEquals(Double.NaN, one.estimate().low());
        assertThrows(IllegalStateException.class, () -> new OnlineEstimate().estimate());
    }
}
