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

/** Exact and statistical comparisons (Welch's t-test with Holm's correction) on tiny synthetic runs. */
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

    static final double ALPHA = 0.01;

    @Test
    void sameRunPassesBothModes() {
        for (Mode mode : Mode.values()) {
            Comparison.Result r = Comparison.compare(EXPECTED, facts("h0"), run(0, 2), mode, ALPHA);
            assertTrue(r.passed(), mode + " " + r.failures());
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
            assertEquals(40, r.tested(), "10 metrics x national and class 1 x 2 years");
            assertTrue(r.outcomes().stream().allMatch(o -> o.p() == 1 && o.pHolm() == 1));
        }
    }

    @Test
    void aMoveWithinNoiseFailsExactPassesStatistical() {
        // GPs one higher in every replicate: sd sqrt(2.5) a side, se = 1, t = 1, df = 8, p = 0.3466 (0.34655 with the
        // sd rounded to 1.581 as stored)
        Comparison.Result exact = Comparison.compare(EXPECTED, facts("h1"), run(1, 2), Mode.EXACT, ALPHA);
        assertFalse(exact.passed());
        assertEquals(List.of("gps"), exact.failures().stream().map(o -> o.key().metric().column()).distinct().toList());
        assertTrue(exact.failures().stream().allMatch(Outcome::withinNoise));
        assertEquals("differs (within noise)", exact.failures().get(0).reason());
        assertEquals(0.3465935, exact.failures().get(0).p(), 1e-4);

        Comparison.Result statistical = Comparison.compare(EXPECTED, facts("h1"), run(1, 2), Mode.STATISTICAL, ALPHA);
        assertTrue(statistical.passed(), statistical.failures().toString());
    }

    @Test
    void aShiftBeyondNoiseFailsBothAndHolmCountsEveryMetric() {
        // GPs 2026: 12..16 stored, 22..26 now: t = 10, df = 8, p = 8.48818e-6; four GP metrics move alike, the
        // other 36 not at all, so Holm multiplies by 40: 3.39527e-4, below 0.01 but above 1e-4 (the stored sd is rounded
        // to 1.581, which moves p by 0.07 %)
        Comparison.Result r = Comparison.compare(EXPECTED, facts("h1"), run(10, 2), Mode.STATISTICAL, ALPHA);
        Outcome o = r.outcomes().get(0);
        assertEquals(GPS_2026, o.key());
        assertEquals(new BigDecimal("14"), o.expected().mean());
        assertEquals(new BigDecimal("24"), o.actual().mean());
        assertEquals(8.48818e-6, o.p(), 1e-8);
        assertEquals(40 * o.p(), o.pHolm(), 1e-15);
        assertTrue(o.beyondNoise());
        assertFalse(o.pass());
        assertEquals("shift beyond noise", o.reason());
        assertEquals(71.43, o.changePercent(), 1e-9);
        assertEquals(4, r.failures().size(), r.failures().toString());
        assertFalse(Comparison.compare(EXPECTED, facts("h1"), run(10, 2), Mode.EXACT, ALPHA).passed());
        assertTrue(Comparison.compare(EXPECTED, facts("h1"), run(10, 2), Mode.STATISTICAL, 1e-4).passed(),
                "at family-wise level 1e-4 the same shift is within noise");
    }

    @Test
    void theFloorKeepsAMoveWithoutSpreadFromFailingOnOneUnit() {
        // no spread on either side: Welch's p is 0 for any move, so the floor (1 recruit a year) decides
        Summary none = new Summary(new BigDecimal("12"), BigDecimal.ZERO, 5);
        MetricKey key = new MetricKey(CheckedMetric.RECRUITS, "centrality", "6", 2030);
        Summary a = new Summary(new BigDecimal("12.800"), BigDecimal.ZERO, 5);
        Summary b = new Summary(new BigDecimal("13.200"), BigDecimal.ZERO, 5);
        assertEquals(0, Comparison.pValue(none, a));
        assertTrue(Comparison.outcome(key, none, a, 0, 0, Mode.STATISTICAL, ALPHA).pass());
        assertFalse(Comparison.outcome(key, none, b, 0, 0, Mode.STATISTICAL, ALPHA).pass());
        assertFalse(Comparison.outcome(key, none, a, 0, 0, Mode.EXACT, ALPHA).pass());
        assertTrue(Comparison.outcome(key, none, b, 0, 0.02, Mode.STATISTICAL, ALPHA).pass(), "not significant after Holm");
    }

    @Test
    void exactModeAlsoNeedsTheOutputsHash() {
        Comparison.Result exact = Comparison.compare(EXPECTED, facts("other"), run(0, 2), Mode.EXACT, ALPHA);
        assertTrue(exact.failures().isEmpty());
        assertFalse(exact.passed());
        assertTrue(CheckReport.verdict(exact).contains("hash differs"), CheckReport.verdict(exact));
        assertTrue(Comparison.compare(EXPECTED, facts("other"), run(0, 2), Mode.STATISTICAL, ALPHA).passed());
    }

    @Test
    void missingAndNewMetricsFail() {
        Comparison.Result shorter = Comparison.compare(EXPECTED, facts("h0"), run(0, 1), Mode.STATISTICAL, ALPHA);
        assertFalse(shorter.passed());
        assertTrue(shorter.failures().stream().allMatch(o -> o.reason().equals("missing from this run") && o.key().year() == 2027));
        ExpectedFile oneYear = ExpectedFile.of(facts("h0"), run(0, 1));
        Comparison.Result longer = Comparison.compare(oneYear, facts("h0"), run(0, 2), Mode.STATISTICAL, ALPHA);
        assertTrue(longer.failures().stream().allMatch(o -> o.reason().equals("not in the expected file")));
    }

    @Test
    void provenanceDifferencesWarnButDoNotFail() {
        RunFacts changed = new RunFacts("s", "../s.yaml", "xyz", Map.of("../data/m.csv", "ghi"), "2.0", 7, 5, 2, "h0");
        Comparison.Result r = Comparison.compare(EXPECTED, changed, run(0, 2), Mode.EXACT, ALPHA);
        assertTrue(r.passed());
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("scenario file"), r.warnings().get(0));
        assertTrue(r.warnings().get(1).contains("../data/m.csv changed"), r.warnings().get(1));
        RunFacts other = new RunFacts("district", "../s.yaml", "xyz", Map.of("../data/m.csv", "def"), "1.0", 7, 5, 2, "h0");
        assertTrue(Comparison.compare(EXPECTED, other, run(0, 2), Mode.EXACT, ALPHA).warnings().get(0)
                .contains("written for scenario 's', this run is 'district'"));
    }
}
