package no.gpsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.gpsim.TestScenarios;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.experiment.Replicates;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dated policy acts from its month, not before: "raise the basic grant from 2027". */
class PolicyTimingTest {

    @TempDir
    Path dir;

    @Test
    void raisingTheBasicGrantFrom2027ChangesNothingBefore() {
        ReplicateResult base = run("base", "");
        ReplicateResult raised = run("raised", "policies:\n  - from: 2027-01\n    funding.basicGrant.adjustedRate: 1200\n");
        for (int step = 0; step <= 24; step++) {
            double a = state(base, step);
            double b = state(raised, step);
            if (step <= 12) {
                assertEquals(a, b, "state cost before the policy, step " + step);
            } else {
                assertTrue(b > a * 1.05, "state cost after the policy, step " + step + ": " + a + " -> " + b);
            }
        }
    }

    private ReplicateResult run(String name, String yaml) {
        var inputs = TestScenarios.inputs(TestScenarios.troms(dir, name, yaml), 2);
        return Replicates.runOne(inputs, 3, 0);
    }

    private static double state(ReplicateResult r, int step) {
        for (GroupMonth g : r.months()) {
            if (g.step() == step && g.groupType().equals("national")) {
                return g.get(Metric.STATE_COST_NOK);
            }
        }
        throw new AssertionError();
    }
}
