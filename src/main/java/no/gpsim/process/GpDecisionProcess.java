package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import no.gpsim.model.Candidate;
import no.gpsim.model.Contract;
import no.gpsim.model.Doctors;
import no.gpsim.model.ExitReason;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.Origin;
import no.gpsim.model.PatientList;
import no.gpsim.model.Streams;
import no.gpsim.model.Training;
import no.gpsim.rules.ExitHazard;
import no.gpsim.scenario.ExitConfig;
import no.gpsim.scenario.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 5, GP decisions: a month of ageing and training, the monthly exit decision (a GP who
 * decides to leave gives notice and leaves {@code exit.noticeMonths} later), and the
 * yearly list-cap review in the contract's anniversary month (docs/MODEL.md 7.4), and a review when an
 * introduction agreement ends and its reduced list with it. A GP who relocates leaves its list and
 * joins this month's candidates with an outside option of its own.
 */
public final class GpDecisionProcess implements Steppable {

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        Parameters p = sim.parameters();
        Streams streams = sim.streams();
        CapReview review = new CapReview(sim);
        int month = sim.month().getMonthValue();
        int step = sim.monthsDone();
        sim.visitGps(gp -> {
            boolean introductionEnded = gp.advanceMonth(p.alis().selfFundedCourseMonths());
            if (gp.isLeaving()) {
                if (step >= gp.leavingStep()) {
                    leave(sim, gp, gp.leavingReason());
                }
                return;
            }
            ExitReason reason = exitReason(p.exit(), p, gp, streams, step);
            if (reason != null) {
                giveNotice(sim, gp, reason, step, p.exit().noticeMonths());
            } else if (introductionEnded || gp.contract() == Contract.SELF_EMPLOYED && gp.reviewMonth() == month
                    && gp.monthsInPost() >= 12) {
                review.review(gp);
            }
        });
    }

    /**
     * Draws whether the GP decides to leave in month {@code step} and why; null if it stays. The
     * draws are keyed by the GP and the month, so paired scenarios draw the same for the same GP.
     */
    static ExitReason exitReason(ExitConfig c, Parameters p, Gp gp, Streams streams, int step) {
        double u = streams.gpUniform(gp.seed(), step, 1);
        if (gp.age() >= c.maxAge()) {
            return ExitReason.RETIREMENT;
        }
        double personal = (gp.traits().female() ? c.femaleFactor() : 1)
                * (gp.ageAtStart() >= 40 ? c.olderStarterFactor() : 1)
                * (gp.training() == Training.IN_ALIS ? p.alis().exitHazardFactor() : 1);
        double felt = p.behaviour().feltHours(gp.practiceHours() + gp.municipalHours(), gp.oncallHours());
        double excess = felt - gp.traits().preferredHours();
        int centrality = gp.list().municipality().centrality();
        // most GPs stay: a bound on the hazard tells them apart without the exact hazard's StrictMath
        if (u >= ExitHazard.monthlyBound(c, gp.age(), excess, gp.oncallHours(), gp.netIncome(), centrality, personal)) {
            return null;
        }
        // ExitHazard.of without a record: this runs for every GP every month
        double factor = ExitHazard.factor(c, excess, gp.oncallHours(), gp.netIncome(), centrality, personal);
        double retirement = ExitHazard.retirementBase(c, gp.age()) * factor;
        double annual = retirement + c.baseAnnualHazard() * factor;
        if (u >= ExitHazard.monthly(annual)) {
            return null;
        }
        if (streams.gpUniform(gp.seed(), step, 2) * annual < retirement) {
            return ExitReason.RETIREMENT;
        }
        return streams.gpUniform(gp.seed(), step, 3) < c.relocationShare() ? ExitReason.RELOCATION : ExitReason.OTHER;
    }

    /**
     * The GP gives notice: it leaves {@code notice} months later (at once when 0), and its post
     * opens, to be advertised while it serves the notice.
     */
    static void giveNotice(GpSim sim, Gp gp, ExitReason reason, int step, int notice) {
        gp.giveNotice(reason, step + notice);
        gp.list().open(step);
        if (notice == 0) {
            leave(sim, gp, reason);
        }
    }

    /**
     * The GP leaves its post: the list falls vacant (covered by a locum or not, a draw keyed by the
     * post and the month) and a relocating GP joins the candidates with its own outside option.
     */
    private static void leave(GpSim sim, Gp gp, ExitReason reason) {
        PatientList list = gp.list();
        Municipality m = list.municipality();
        int step = sim.monthsDone();
        gp.leaveList();
        list.release(sim.streams().postUniform(list.id(), step, 1) < sim.parameters().employment().locumCoverShare()
, step);
        m.tally().exit(reason);
        sim.tally().exit(reason);
        if (reason == ExitReason.RELOCATION) {
            Training training = gp.training() == Training.IN_ALIS ? Training.NONE : gp.training();
            MersenneTwisterFast r = sim.streams().gp(gp.seed(), step);
            long seed = r.nextLong();
            double outside = Doctors.outsideIncome(r, sim.parameters().labourMarket(), 1);
            sim.addCandidate(new Candidate(gp.traits(), Origin.RELOCATING_GP, gp.age(), training, gp.monthsAsGp(), list,
                    seed, outside));
        }
    }
}
