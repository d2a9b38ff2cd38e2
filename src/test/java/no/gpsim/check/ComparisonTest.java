package no.gpsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.gpsim.experiment.ReplicateResult;
import org.junit.jupiter.api.Test;

/** Exact and statistical comparisons on tiny synthetic runs. */
class ComparisonTest {

    static final MetricKey GPS_2026 = new MetricKey(CheckedMetric.GPS, "national", "all", 2026);

    /** Five replicates whose GPs are offset by shift + 0..4 (a spread of sd 1.58 around shift + 2). */
    static MetricTable run(double shift, int years) {
        List<ReplicateResult> reps = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            reps.add(MetricTableTest.replicate(r, years, shift + r));
        }
        return MetricTable.of(reps, years);
    }

    static RunFacts facts(String hash) {
        return new RunFacts("s", "../s.yaml", "abc", Map.of("../data/m.csv", "def"), "1.0", 7, 5, 2, hash);
    }

    static final ExpectedFile EXPECTED = ExpectedFile.of(facts("h0"), run(0, 2));

    @Test
    void sameRunPassesBothModes() {
        for (Mode mode : Mode.values()) {
            Comparison.Result r = Comparison.compare(EXPECTED, facts("h0"), run(0, 2), mode, 2);
            assertTrue(r.passed(), mode + " " + r.failures());
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        }
    }

    @Test
    void aMoveWithinNoiseFailsExactPassesStatistical() {
        Comparison.Result exact = Comparison.compare(EXPECTED, facts("h1"), run(1, 2), Mode.EXACT, 2);
        assertFalse(exact.passed());
        assertEquals(List.of("gps"), exact.failures().stream().map(o -> o.key().metric().column()).distinct().toList());
        assertTrue(exact.failures().stream().allMatch(Outcome::withinNoise));
        assertEquals("differs (within noise)", exact.failures().get(0).reason());

        Comparison.Result statistical = Comparison.compare(EXPECTED, facts("h1"), run(1, 2), Mode.STATISTICAL, 2);
        assertTrue(statistical.passed(), statistical.failures().toString());
    }

    @Test
    void aShiftBeyondTheWidenedIntervalFailsBoth() {
        // GPs 2026: mean 14, 95 % interval 14 -/+ 1.963; widened x2: 10.074 to 17.926
        Outcome o = Comparison.compare(EXPECTED, facts("h1"), run(4, 2), Mode.STATISTICAL, 2).outcomes().get(0);
        assertEquals(GPS_2026, o.key());
        assertEquals(new BigDecimal("10.074"), o.noiseLow());
        assertEquals(new BigDecimal("17.926"), o.noiseHigh());
        assertEquals(new BigDecimal("18"), o.actual().mean());
        assertFalse(o.pass());
        assertEquals("outside the noise band", o.reason());
        assertEquals(28.57, o.changePercent(), 1e-9);
        assertTrue(Comparison.compare(EXPECTED, facts("h1"), run(4, 2), Mode.STATISTICAL, 3).passed(), "x3 holds it");
    }

    @Test
    void theFloorKeepsAZeroWidthIntervalFromFailingOnOneUnit() {
        Summary none = new Summary(new BigDecimal("12"), new BigDecimal("12"), new BigDecimal("12"), 5);
        MetricKey key = new MetricKey(CheckedMetric.RECRUITS, "centrality", "6", 2030);
        Summary a = new Summary(new BigDecimal("12.800"), null, null, 5);
        Summary b = new Summary(new BigDecimal("13.200"), null, null, 5);
        assertTrue(Comparison.outcome(key, none, a, Mode.STATISTICAL, 2).pass());
        assertFalse(Comparison.outcome(key, none, b, Mode.STATISTICAL, 2).pass());
        assertFalse(Comparison.outcome(key, none, a, Mode.EXACT, 2).pass());
    }

    @Test
    void exactModeAlsoNeedsTheOutputsHash() {
        Comparison.Result exact = Comparison.compare(EXPECTED, facts("other"), run(0, 2), Mode.EXACT, 2);
        assertTrue(exact.failures().isEmpty());
        assertFalse(exact.passed());
        assertTrue(CheckReport.verdict(exact).contains("hash differs"), CheckReport.verdict(exact));
        assertTrue(Comparison.compare(EXPECTED, facts("other"), run(0, 2), Mode.STATISTICAL, 2).passed());
    }

    @Test
    void missingAndNewMetricsFail() {
        Comparison.Result shorter = Comparison.compare(EXPECTED, facts("h0"), run(0, 1), Mode.STATISTICAL, 2);
        assertFalse(shorter.passed());
        assertTrue(shorter.failures().stream().allMatch(o -> o.reason().equals("missing from this run") && o.key().year() == 2027));
        ExpectedFile oneYear = ExpectedFile.of(facts("h0"), run(0, 1));
        Comparison.Result longer = Comparison.compare(oneYear, facts("h0"), run(0, 2), Mode.STATISTICAL, 2);
        assertTrue(longer.failures().stream().allMatch(o -> o.reason().equals("not in the expected file")));
    }

    @Test
    void provenanceDifferencesWarnButDoNotFail() {
        RunFacts changed = new RunFacts("s", "../s.yaml", "xyz", Map.of("../data/m.csv", "ghi"), "2.0", 7, 5, 2, "h0");
        Comparison.Result r = Comparison.compare(EXPECTED, changed, run(0, 2), Mode.EXACT, 2);
        assertTrue(r.passed());
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("scenario file"), r.warnings().get(0));
        assertTrue(r.warnings().get(1).contains("../data/m.csv changed"), r.warnings().get(1));
        RunFacts other = new RunFacts("district", "../s.yaml", "xyz", Map.of("../data/m.csv", "def"), "1.0", 7, 5, 2, "h0");
        assertTrue(Comparison.compare(EXPECTED, other, run(0, 2), Mode.EXACT, 2).warnings().get(0)
                .contains("written for scenario 's', this run is 'district'"));
    }
}
