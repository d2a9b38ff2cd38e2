package no.gpsim.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.model.Candidate;
import no.gpsim.model.Districts;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.Parameters;

/**
 * The attractiveness of the GP scheme to doctors deciding whether to look for a GP post at all
 * (docs/MODEL.md 7.6): the value to a typical new candidate of a fixed reference set of posts,
 * one per municipality, weighted by the municipality's lists at the start. Each reference post
 * holds the municipality's initial mean list; it is self-employed or salaried in proportion to
 * the municipality's salaried posts now; its recruit carries the on-call duty of the district the
 * municipality belongs to now, the municipality's supplement now and the grants in force.
 *
 * <p>The same posts valued at the start under the default levers, with the default on-call
 * districts (BA regions) and no supplement file, give the anchor against which the inflow of
 * candidates responds. So every lever that changes what a post is worth (funding, on-call
 * structure and rules, supplements, salaries, introduction agreements) moves the inflow, and the
 * inflow no longer depends on which vacancies happen to be open.
 */
final class ReferencePosts {

    private ReferencePosts() {
    }

    /** The value of the reference posts under the regime in force, in the state as it is now. */
    static double valueNow(GpSim sim) {
        PostValuation v = new PostValuation(sim, sim.parameters());
        return value(sim, sim.parameters(), v, v::districtOncall);
    }

    /**
     * The value of the reference posts in the initial state under the default levers (the scenario's
     * doctors, exits and labour market, the schema's defaults for demand, funding, on-call, ALIS and
     * employment), with the default on-call districts and no supplement file.
     */
    static double valueAtStartWithDefaultLevers(GpSim sim) {
        Parameters reference = sim.parameters().withDefaultLevers();
        PostValuation v = new PostValuation(sim, reference, true);
        Map<Municipality, double[]> oncall = baRegionOncall(sim, reference.onCall());
        return value(sim, reference, v, oncall::get);
    }

    private static double value(GpSim sim, Parameters p, PostValuation v,
                                java.util.function.Function<Municipality, double[]> oncall) {
        Candidate typical = LabourMarketProcess.typical(p);
        double[] rates = p.demand().consultationsPerYear();
        double[] weights = sim.ageWeights();
        double total = 0;
        double weight = 0;
        for (Municipality m : sim.municipalities()) {
            int lists = m.initialLists();
            if (lists == 0) {
                continue;
            }
            double meanList = m.initialMeanList();
            int listNow = (int) Math.round(meanList);
            double perPatient = PostValuation.municipalRate(m, rates);
            double meanWeight = PostValuation.municipalWeight(m, weights);
            double meanFee = IncomeProcess.meanFee(p.funding(), rates, m);
            double[] hours = oncall.apply(m);
            double salaried = salariedShare(m);
            int cap = p.behaviour().capMax();
            double self = salaried >= 1 ? 0 : v.value(typical,
                    v.terms(m, false, listNow, perPatient, meanWeight, meanFee, meanList, cap, hours, false, 0));
            double employed = salaried <= 0 ? 0 : v.value(typical,
                    v.terms(m, true, listNow, perPatient, meanWeight, meanFee, meanList, cap, hours, false, 0));
            total += lists * ((1 - salaried) * self + salaried * employed);
            weight += lists;
        }
        return weight == 0 ? 0 : total / weight;
    }

    private static double salariedShare(Municipality m) {
        List<PatientList> lists = m.lists();
        if (lists.isEmpty()) {
            return 0;
        }
        int salaried = 0;
        for (PatientList l : lists) {
            if (l.isSalariedPost()) {
                salaried++;
            }
        }
        return salaried / (double) lists.size();
    }

    /**
     * On-call hours of a recruit (exempt, qualified, needing back-up) in each municipality if the
     * districts were the BA regions, with the GPs there now.
     */
    static Map<Municipality, double[]> baRegionOncall(GpSim sim, OnCallConfig c) {
        Map<Municipality, double[]> out = new HashMap<>();
        for (List<Municipality> members : Districts.groups(sim, OnCallConfig.District.BA_REGION).values()) {
            long population = 0;
            for (Municipality m : members) {
                population += m.population();
            }
            int[] eligible = WorkloadProcess.eligible(members, c);
            double[] hours = PostValuation.recruitOncall(c, population, Districts.largest(members).centrality(),
                    eligible[0], eligible[1], true);
            for (Municipality m : members) {
                out.put(m, hours);
            }
        }
        return out;
    }
}
