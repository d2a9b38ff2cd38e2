package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.gpsim.TestScenarios;
import no.gpsim.model.ModelInputs;
import no.gpsim.output.RunOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scenario and seed give byte-identical outputs, on one thread or several. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesWhateverTheThreads() throws Exception {
        ModelInputs inputs = TestScenarios.inputs(TestScenarios.BASELINE, 2);
        var scenario = inputs.scenario();
        List<ReplicateResult> one = Replicates.run(inputs, 42, 3, 1, r -> { });
        List<ReplicateResult> two = Replicates.run(inputs, 42, 3, 2, r -> { });
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        RunOutputs.write(a, List.of(new RunOutputs.ScenarioResults(scenario, inputs.municipalities(), one)));
        RunOutputs.write(b, List.of(new RunOutputs.ScenarioResults(scenario, inputs.municipalities(), two)));
        for (String f : List.of(RunOutputs.NATIONAL, RunOutputs.GROUPS, RunOutputs.MUNICIPALITIES)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertFalse(java.util.Arrays.equals(one.get(0).months().get(24).values(), one.get(1).months().get(24).values()),
                "replicates differ from each other");
    }
}
