package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.TestScenarios;
import no.gpsim.model.ModelInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs reach their sink in replicate order, base first, whatever the threads; summaries need that order. */
class StreamingTest {

    @TempDir
    Path dir;

    private ModelInputs tromsInputs() {
        return TestScenarios.inputs(TestScenarios.troms(dir, "troms", ""), 1);
    }

    @Test
    void sinkSeesReplicateMajorOrderOnAnyThreadCount() throws IOException {
        ModelInputs a = tromsInputs();
        List<ModelInputs> inputs = List.of(a, a);
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 7; r++) {
            expected.add("0/" + r);
            expected.add("1/" + r);
        }
        for (int threads : new int[] {1, 3}) {
            List<String> seen = new ArrayList<>();
            Comparison.stream(inputs, 5, 7, threads, (s, r) -> { }, (s, result) -> {
                seen.add(s + "/" + result.replicate());
                assertEquals(5 + result.replicate(), result.seed());
            });
            assertEquals(expected, seen, threads + " thread(s)");
        }
    }

    @Test
    void aFailingSinkStopsTheRun() {
        ModelInputs a = tromsInputs();
        IOException e = assertThrows(IOException.class, () -> Comparison.stream(List.of(a), 1, 6, 2, (s, r) -> { },
                (s, result) -> {
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void summariesRefuseReplicatesOutOfOrder() {
        ModelInputs a = tromsInputs();
        List<ScenarioRun> runs = Comparison.run(List.of("a", "b"), List.of(a, a), 1, 2, 1, (s, r) -> { });
        Summaries online = new Summaries(List.of("a", "b"), List.of(a, a));
        assertThrows(IllegalStateException.class, () -> online.add(1, runs.get(1).replicates().get(0)),
                "the base's replicate 0 must come first");
        online.add(0, runs.get(0).replicates().get(0));
        assertThrows(IllegalStateException.class, () -> online.add(0, runs.get(0).replicates().get(1)),
                "the other scenario's replicate 0 must come before the base's replicate 1");
    }

    @Test
    void summariesOfAScenarioAgainstItselfAreTheMeanAndAZeroDifference() {
        ModelInputs a = tromsInputs();
        List<ScenarioRun> runs = Comparison.run(List.of("a", "b"), List.of(a, a), 1, 3, 2, (s, r) -> { });
        Summaries s = Summaries.of(runs);
        for (Summaries.DiffRow d : s.differences()) {
            // a rate over a flow is paired only in the replicates where it is defined
            int n = d.difference().metric().weight() != null ? d.difference().estimate().n() : 3;
            assertEquals(new Estimate(0, n == 1 ? Double.NaN : 0, n == 1 ? Double.NaN : 0, n),
                    d.difference().estimate(), d.toString());
        }
        Summaries.Row first = s.summary().stream().filter(r -> r.year() == 2026 && r.group().type().equals("national")
                && r.metric() == no.gpsim.observe.Metric.GPS).findFirst().orElseThrow();
        double sum = 0;
        for (ReplicateResult r : runs.get(0).replicates()) {
            sum += r.months().stream().filter(g -> g.step() == 12 && g.groupType().equals("national")).findFirst()
                    .orElseThrow().get(no.gpsim.observe.Metric.GPS);
        }
        assertEquals(sum / 3, first.estimate().mean(), 1e-9);
    }
}
