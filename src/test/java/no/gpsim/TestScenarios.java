package no.gpsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.gpsim.experiment.ModelInputsReader;
import no.gpsim.model.GpSim;
import no.gpsim.model.ModelInputs;
import no.gpsim.process.Processes;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;

/** Small scenario files for tests, derived from the project's baseline. */
public final class TestScenarios {

    /** The documented baseline of the project (tests run from the project directory). */
    public static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    private TestScenarios() {
    }

    /** Writes a scenario that extends the baseline with the given YAML lines. */
    public static Path derived(Path dir, String name, String yaml) {
        try {
            Path file = dir.resolve(name + ".yaml");
            Files.writeString(file, "extends: " + BASELINE + "\nname: " + name + "\n" + yaml + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-county scenario (Troms, 21 municipalities) for fast model tests. */
    public static Path troms(Path dir, String name, String yaml) {
        return derived(dir, name, "data.county: '55'\n" + yaml);
    }

    /**
     * The national baseline with inputs for two years, started and run through its first year (so
     * the labour market has a pool of candidates and open posts): the state the JMH benchmarks time.
     */
    public static GpSim baselineOneYearIn() {
        ModelInputs inputs = ModelInputsReader.read(load(BASELINE), 2);
        GpSim sim = new GpSim(20260101, inputs, Processes.initial(), Processes.monthly());
        sim.start();
        for (int m = 0; m < 12; m++) {
            sim.schedule.step(sim);
        }
        return sim;
    }

    public static Scenario load(Path file) {
        return new ScenarioLoader().load(file);
    }

    public static ModelInputs inputs(Path file, int years) {
        return ModelInputsReader.read(load(file), years);
    }
}
