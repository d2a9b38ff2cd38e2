package no.gpsim.process;

import no.gpsim.model.Districts;
import no.gpsim.model.GpSim;
import no.gpsim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 1, calendar and policy: starts the month and puts in force the policy regime whose
 * {@code from} month this is. Rebuilds the on-call districts when the district setting changes.
 */
public final class PolicyProcess implements Steppable {

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        sim.beginMonth();
        if (sim.monthsDone() == 1) {
            return;
        }
        for (Scenario.Regime regime : sim.inputs().scenario().timeline()) {
            if (regime.from().equals(sim.month())) {
                sim.setRegime(regime);
                if (sim.parameters().onCall().district() != sim.districtMode()) {
                    Districts.rebuild(sim);
                }
            }
        }
    }
}
