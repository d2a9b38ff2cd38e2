package no.gpsim.process;

import java.util.ArrayList;
import java.util.List;
import no.gpsim.model.Candidate;
import no.gpsim.model.Doctors;
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
            servingNotice(sim);
            searchingCandidates(sim);
            LabourMarketProcess.matchAtStart(sim);
            sim.setReferenceValue(ReferencePosts.valueAtStartWithDefaultLevers(sim));
        };
    }

    /**
     * The candidates already looking for a post at the start (docs/MODEL.md 5): the national
     * {@code initial.searchingCandidates} times the run's share of the country, each drawn as a new
     * candidate on a stream of its own and given 0 to maxSearchMonths - 1 months of search already
     * done, evenly. Without them the pool would start empty and the first months would have
     * almost no recruits. They then look at the posts advertised at the start
     * ({@code LabourMarketProcess.matchAtStart}).
     */
    private static void searchingCandidates(GpSim sim) {
        var p = sim.parameters();
        var lm = p.labourMarket();
        double expected = sim.inputs().scenario().initial().searchingCandidates() * sim.inputs().nationalShare();
        int n = (int) Math.floor(expected);
        if (sim.streams().candidate(-1, Integer.MAX_VALUE).nextDouble() < expected - n) {
            n++;
        }
        List<Candidate> pool = new ArrayList<>(sim.candidates());
        for (int i = 0; i < n; i++) {
            Candidate c = Doctors.newCandidate(sim.streams().candidate(-1, i), p.behaviour(), lm);
            for (int m = 0; m < i % lm.maxSearchMonths(); m++) {
                c.waitAMonth();
            }
            pool.add(c);
        }
        sim.setCandidates(pool);
    }

    /**
     * GPs already serving notice at the start: each GP draws the exit decision of each of the last
     * {@code exit.noticeMonths} months, and one who decided leaves in the month its notice ends.
     * Without this no GP would leave in the first months of the run.
     */
    private static void servingNotice(GpSim sim) {
        var p = sim.parameters();
        int notice = p.exit().noticeMonths();
        for (no.gpsim.model.Gp gp : sim.gps()) {
            for (int ago = notice - 1; ago >= 0 && !gp.isLeaving(); ago--) {
                var reason = GpDecisionProcess.exitReason(p.exit(), p, gp, sim.streams(), -ago);
                if (reason != null) {
                    gp.giveNotice(reason, notice - ago);
                    gp.list().open(-ago);
                }
            }
        }
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
