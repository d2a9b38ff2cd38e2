package no.gpsim.process;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import no.gpsim.model.Candidate;
import no.gpsim.model.Draws;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.model.Streams;
import no.gpsim.scenario.AlisConfig;
import no.gpsim.scenario.EmploymentConfig;
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
        if (sim.month().getMonthValue() == 1) {
            allocateAlis(sim);
        }
        PostValuation valuation = new PostValuation(sim, sim.parameters());
        Candidate typical = LabourMarketProcess.typical(sim.parameters());
        for (Municipality m : sim.municipalities()) {
            long capacity = 0;
            for (int k = 0; k < m.lists().size(); k++) {
                PatientList list = m.lists().get(k);
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
                if (list.size() == 0 && capacity - list.cap() >= m.population()) {
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
    private static boolean salariedIsBetterOffer(PostValuation valuation, Candidate typical, PatientList list) {
        return valuation.value(typical, valuation.terms(list, true)) >= valuation.value(typical, valuation.terms(list, false));
    }

    /**
     * Shares the year's ALIS posts over municipalities: each post goes to a municipality drawn in
     * proportion to its lists (a list in centrality 5-6 counting {@code ruralWeight} times under
     * rural priority). Unused posts of the year before lapse.
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
            double weight = a.ruralPriority() && m.centrality() >= 5 ? a.ruralWeight() : 1;
            total += m.lists().size() * weight;
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
