package no.gpsim.process;

import java.util.List;
import sim.engine.Steppable;

/**
 * The month's processes in the order they run (MODEL.md 3); the model schedules them with
 * increasing orderings within each month, and observers after them.
 */
public final class Processes {

    private Processes() {
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
