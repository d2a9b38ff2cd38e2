package no.gpsim.process;

import java.util.List;
import no.gpsim.model.GpSim;
import sim.engine.Steppable;

/**
 * The month's processes in the order they run (MODEL.md 3); the model schedules them with
 * increasing orderings within each month, and observers after them.
 */
public final class Processes {

    private Processes() {
    }

    /**
     * Completes the initial state, run by {@code GpSim.start()}: works out hours and incomes, so
     * that step 0 reports them, infers the initial GPs' preferred hours from the caps they chose,
     * and values the labour market's reference posts under the default levers (the anchor of the
     * inflow of candidates). No cost is booked and no decision made.
     */
    public static Steppable initial() {
        return state -> {
            GpSim sim = (GpSim) state;
            new WorkloadProcess().step(sim);
            IncomeProcess.account(sim, false);
            InitialPreferences.infer(sim);
            sim.setReferenceValue(ReferencePosts.valueAtStartWithDefaultLevers(sim));
        };
    }

    public static List<Steppable> monthly() {
        return List.of(
                new PolicyProcess(),
                new DemographyProcess(),
                new WorkloadProcess(),
                new IncomeProcess(),
                new GpDecisionProcess(),
                new MunicipalityProcess(),
                new LabourMarketProcess(),
                new PatientMoveProcess(),
                new InvariantCheck());
    }
}
