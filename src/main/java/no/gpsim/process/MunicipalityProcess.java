package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import no.gpsim.model.Candidate;
import no.gpsim.model.Draws;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.model.Streams;
import no.gpsim.model.Training;
import no.gpsim.scenario.AlisConfig;
import no.gpsim.scenario.CombinedPostsConfig;
import no.gpsim.scenario.EconomyConfig;
import no.gpsim.scenario.EmploymentConfig;
import no.gpsim.scenario.TakeUpConfig;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 6, municipality decisions (docs/MODEL.md 7.5): count how long vacancies have been open,
 * turn long-unfilled self-employed posts into salaried ones where allowed, close empty vacant
 * lists the municipality no longer needs (a post someone has accepted is left as it is), and each January allocate the year's ALIS posts.
 * (Lists are opened where residents exceed capacity when patients are placed; see
 * {@link PatientPlacement}. Locums are assigned when a list falls vacant.)
 */
public final class MunicipalityProcess implements Steppable {

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        EmploymentConfig e = sim.parameters().employment();
        EconomyConfig economy = sim.parameters().economy();
        double scale = economy.enabled() ? transferScale(sim, economy) : 0;
        if (economy.enabled()) {
            payTransfers(sim, economy, scale);
        }
        if (sim.month().getMonthValue() == 1) {
            drawTakeUp(sim);
            if (economy.enabled()) {
                reviewBudgets(sim, economy, scale);
            }
            if (!sim.parameters().alis().national()) {
                allocateAlis(sim);
            }
            openCombinedPosts(sim);
        }
        PostValuation valuation = new PostValuation(sim, sim.parameters());
        Candidate typical = LabourMarketProcess.typical(sim.parameters());
        for (Municipality m : sim.municipalities()) {
            long capacity = 0;
            for (int k = 0; k < m.listCount(); k++) {
                PatientList list = m.list(k);
                capacity += list.cap();
            }
            // by index, stepping back over a list closed on the way
            List<PatientList> lists = m.lists();
            for (int k = 0; k < lists.size(); k++) {
                PatientList list = lists.get(k);
                if (!list.isVacant()) {
                    continue;
                }
                list.ageVacancy();
                if (list.incoming() != null) {
                    continue;
                }
                if (e.allowEmploymentSwitch() && !list.isSalariedPost() && list.monthsVacant() >= e.salariedAfterMonths()
                        && salariedIsBetterOffer(valuation, typical, list)) {
                    list.makeSalariedPost();
                }
                if (list.size() == 0 && !list.isCombined() && capacity - list.cap() >= m.population()) {
                    capacity -= list.cap();
                    m.removeList(list);
                    k--;
                }
            }
        }
    }

    /**
     * A municipality employs a GP for a long-unfilled post where a salaried post is the better offer
     * to a typical candidate; where self-employment pays much more (in the cities), a salaried post
     * would only deter candidates, so the post stays self-employed.
     */
    static boolean salariedIsBetterOffer(GpSim sim, PatientList list) {
        return salariedIsBetterOffer(new PostValuation(sim, sim.parameters()), LabourMarketProcess.typical(sim.parameters()),
                list);
    }

    private static boolean salariedIsBetterOffer(PostValuation valuation, Candidate typical, PatientList list) {
        return valuation.value(typical, valuation.terms(list, true)) >= valuation.value(typical, valuation.terms(list, false));
    }

    /**
     * Each January a municipality opens the combined posts it lacks (docs/MODEL.md 7.5): salaried
     * posts with a short list (listShare of a new list) and other municipal work, advertised at once
     * like any vacancy. Posts it has beyond the target are not closed while held; an empty one
     * left vacant is closed like any empty list once the target has fallen.
     */
    static void openCombinedPosts(GpSim sim) {
        CombinedPostsConfig c = sim.parameters().combinedPosts();
        int cap = (int) Math.round(c.listShare() * sim.parameters().employment().newListSize());
        for (Municipality m : sim.municipalities()) {
            int target = c.target(m.population(), m.centrality(), sim.streams().municipalityUniform(m.index(), -2, 0));
            int have = 0;
            for (int k = 0; k < m.listCount(); k++) {
                if (m.list(k).isCombined()) {
                    have++;
                }
            }
            for (int n = have; n < target; n++) {
                PatientList list = sim.openList(m, cap, true);
                list.makeCombinedPost();
                list.release(false, sim.monthsDone());
            }
            if (target < have) {
                List<PatientList> lists = m.lists();
                for (int k = 0; k < lists.size() && have > target; k++) {
                    PatientList list = lists.get(k);
                    if (list.isCombined() && list.isVacant() && list.size() == 0 && list.incoming() == null) {
                        m.removeList(list);
                        have--;
                        k--;
                    }
                }
            }
        }
    }

    /**
     * The factor that keeps the year's transfers within the state's envelope (1 when they fit or
     * there is none); the envelope is the whole country's, so a run of part of it gets its share.
     */
    static double transferScale(GpSim sim, EconomyConfig e) {
        if (e.envelopePerYear() <= 0) {
            return 1;
        }
        double total = 0;
        for (Municipality m : sim.municipalities()) {
            total += e.transferPerYear(m.population(), m.centrality());
        }
        double limit = e.envelopePerYear() * sim.inputs().nationalShare();
        return total > limit ? limit / total : 1;
    }

    /** Pays each municipality a twelfth of its yearly transfer. */
    private static void payTransfers(GpSim sim, EconomyConfig e, double scale) {
        for (Municipality m : sim.municipalities()) {
            double monthly = e.transferPerYear(m.population(), m.centrality()) * scale / 12;
            if (monthly > 0) {
                m.tally().addTransfer(monthly);
                sim.tally().addTransfer(monthly);
            }
        }
    }

    /**
     * Each January every municipality reviews its GP-service budget (docs/MODEL.md 7.5). The budget
     * for the coming year is the last year's spending of its own money (net of transfers) grown by
     * the headroom, plus the year's state transfers; the room is that budget less the last year's
     * gross spending, so new transfers and the yearly growth make room. With many residents
     * without a GP and room for it, the municipality raises its own supplement per GP by a step;
     * without room it lowers it. A municipality whose last year's spending went over its budget
     * offers no introduction agreement or ALIS until the next review (its discretionary levers);
     * locums and salaried posts for long vacancies meet its legal duty to give every resident a GP
     * and do not wait for the budget. At the first review the last year's spending is the first
     * month's times 12.
     */
    static void reviewBudgets(GpSim sim, EconomyConfig e, double scale) {
        double months = Math.max(1, sim.monthsDone());
        for (Municipality m : sim.municipalities()) {
            double net = m.tally().municipalCost();
            double gross = net + m.tally().transfers();
            boolean first = Double.isNaN(m.budget());
            double ownSpend = first ? net * 12 / months : net - m.netCostAtReview();
            double grossSpend = first ? gross * 12 / months : gross - m.grossCostAtReview();
            boolean within = first || grossSpend <= m.budget();
            double budget = Math.max(0, ownSpend) * (1 + e.headroom())
                    + e.transferPerYear(m.population(), m.centrality()) * scale;
            double room = budget - grossSpend;
            m.review(budget, room, within, net, gross);
            double shortage = 1 - (double) m.heldPatients() / Math.max(1, m.population());
            double supplement = m.ownSupplement();
            if (shortage >= e.shortageTrigger() && room >= e.supplementStep() * m.listCount()
                    && supplement + e.supplementStep() <= e.maxSupplement()) {
                supplement += e.supplementStep();
            } else if (room < 0 && supplement > 0) {
                supplement = Math.max(0, supplement - e.supplementStep());
            }
            m.setOwnSupplement(supplement);
        }
    }

    /**
     * Each January every municipality decides whether it applies for the year's grants that need an
     * application (docs/MODEL.md 7.5), with the take-up probability of its size; an on-call
     * district gets the district package when its largest municipality applies.
     */
    static void drawTakeUp(GpSim sim) {
        TakeUpConfig t = sim.parameters().takeUp();
        for (Municipality m : sim.municipalities()) {
            double u = sim.streams().municipalityUniform(m.index(), sim.monthsDone(), 0);
            m.setGrantsTakenUp(u < t.probability(m.population()));
        }
    }

    /**
     * Whether the municipality offers ALIS to a recruit who is not a specialist (docs/MODEL.md 7.5):
     * it must have a specialist with room to supervise, and, under the posts scheme, one of the
     * year's posts left; under the national scheme every such municipality offers it.
     */
    static boolean offersAlis(AlisConfig a, Municipality m) {
        if (!m.withinBudget() || !a.national() && m.alisSlots() <= 0) {
            return false;
        }
        return supervisionRoom(a, m) > 0;
    }

    /** Trainees the municipality's specialists can still supervise: specialists x traineesPerSupervisor - trainees. */
    static int supervisionRoom(AlisConfig a, Municipality m) {
        int specialists = 0;
        int trainees = 0;
        for (int k = 0; k < m.listCount(); k++) {
            Gp gp = m.list(k).holder();
            if (gp == null) {
                continue;
            }
            if (gp.training() == Training.SPECIALIST) {
                specialists++;
            } else if (gp.training() == Training.IN_ALIS) {
                trainees++;
            }
        }
        return specialists * a.traineesPerSupervisor() - trainees;
    }

    /**
     * Shares the year's ALIS posts over the municipalities that applied and have a specialist to
     * supervise: each post goes to a municipality drawn in proportion to its lists (a list in
     * centrality 5-6 counting {@code ruralWeight} times under rural priority). Unused posts of the
     * year before lapse.
     */
    static void allocateAlis(GpSim sim) {
        AlisConfig a = sim.parameters().alis();
        MersenneTwisterFast r = sim.streams().local(Streams.Purpose.ALIS, sim.monthsDone(), 0);
        List<Municipality> all = sim.municipalities();
        long posts = Draws.stochasticRound(r, a.positionsPerYear() * sim.inputs().nationalShare());
        double[] cumulative = new double[all.size()];
        double total = 0;
        for (int i = 0; i < all.size(); i++) {
            Municipality m = all.get(i);
            double weight = !m.grantsTakenUp() || supervisionRoom(a, m) <= 0 ? 0 : a.ruralPriority() && m.centrality() >= 5 ? a.ruralWeight() : 1;
            total += m.listCount() * weight;
            cumulative[i] = total;
            m.setAlisSlots(0);
        }
        for (long k = 0; k < posts && total > 0; k++) {
            int i = Arrays.binarySearch(cumulative, r.nextDouble() * total);
            i = i < 0 ? -i - 1 : i + 1;
            Municipality m = all.get(Math.min(i, all.size() - 1));
            m.setAlisSlots(m.alisSlots() + 1);
        }
    }
}
