package no.gpsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.gpsim.scenario.ExitConfig;
import no.gpsim.scenario.ParamValues;
import org.junit.jupiter.api.Test;

class ExitHazardTest {

    private final ExitConfig c = ExitConfig.from(ParamValues.defaults());

    @Test
    void noStrainMeansTheBaseHazard() {
        ExitHazard h = ExitHazard.of(c, 45, 0, 0, 2_000_000, 3, 1.0);
        assertEquals(0, h.retirement());
        assertEquals(c.baseAnnualHazard() * c.centralityFactor(3), h.other(), 1e-12);
        assertEquals(1 - Math.exp(-h.annual() / 12), h.monthly(), 1e-12);
    }

    @Test
    void hazardRisesWithEveryStrain() {
        // "strain factor exp(b_hours * excess hours + b_oncall * on-call hours + b_income * income shortfall)"
        double base = ExitHazard.of(c, 45, 0, 0, 2_000_000, 3, 1).annual();
        assertTrue(ExitHazard.of(c, 45, 10, 0, 2_000_000, 3, 1).annual() > base, "excess hours");
        assertTrue(ExitHazard.of(c, 45, 0, 20, 2_000_000, 3, 1).annual() > base, "on-call hours");
        assertTrue(ExitHazard.of(c, 45, 0, 0, 700_000, 3, 1).annual() > base, "income below the reference");
        assertEquals(Math.exp(c.hoursCoefficient() * 10 + c.oncallCoefficient() * 20),
                ExitHazard.strain(c, 10, 20, 2_000_000), 1e-12);
        assertEquals(1, ExitHazard.strain(c, -5, 0, 2_000_000), 1e-12, "hours under the preferred are no strain");
    }

    @Test
    void ruralAndPersonalFactorsMultiply() {
        double central = ExitHazard.of(c, 45, 0, 0, 2_000_000, 1, 1).annual();
        double rural = ExitHazard.of(c, 45, 0, 0, 2_000_000, 6, 1).annual();
        assertEquals(c.centralityFactor(6) / c.centralityFactor(1), rural / central, 1e-12);
        assertEquals(0.5, ExitHazard.of(c, 45, 0, 0, 2_000_000, 1, 0.5).annual() / central, 1e-12);
    }

    @Test
    void monthlyBoundIsNeverBelowTheExactMonthlyHazard() {
        // the quick test of the exit decision must never send home a GP the exact hazard would let leave
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double age = 25 + r.nextDouble() * 50;
            double excess = r.nextDouble() * 60 - 20;
            double oncall = r.nextDouble() * 40;
            double income = r.nextDouble() * 3_000_000 - 500_000;
            int centrality = 1 + r.nextInt(6);
            double personal = r.nextDouble() * 2;
            double factor = ExitHazard.factor(c, excess, oncall, income, centrality, personal);
            double annual = ExitHazard.retirementBase(c, age) * factor + c.baseAnnualHazard() * factor;
            assertTrue(ExitHazard.monthlyBound(c, age, excess, oncall, income, centrality, personal)
                    >= ExitHazard.monthly(annual), "bound below the hazard");
        }
    }

    @Test
    void retirementRisesSteeplyFrom62() {
        assertEquals(0, ExitHazard.retirementBase(c, 61.9));
        double at62 = ExitHazard.retirementBase(c, 62);
        double at67 = ExitHazard.retirementBase(c, 67);
        double at70 = ExitHazard.retirementBase(c, 70);
        assertEquals(c.retirementHazardAtStart(), at62, 1e-12);
        assertEquals(at62 * Math.exp(5 * c.retirementHazardGrowth()), at67, 1e-12);
        assertTrue(at67 > at62 && at70 > at67);
    }
}
