package no.gpsim.experiment;

import java.util.List;
import no.gpsim.model.ModelInputs;
import no.gpsim.scenario.Scenario;

/**
 * One scenario's replicates in a comparison.
 *
 * @param name the name used in outputs: the scenario's name, made unique when two compared
 *             scenarios share one (a second "baseline" becomes "baseline-2")
 * @param scenario the loaded scenario
 * @param inputs the inputs it ran on
 * @param replicates results in replicate order
 */
public record ScenarioRun(String name, Scenario scenario, ModelInputs inputs, List<ReplicateResult> replicates) {

    public ScenarioRun {
        replicates = List.copyOf(replicates);
    }
}
