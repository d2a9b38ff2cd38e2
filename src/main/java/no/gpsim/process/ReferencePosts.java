package no.gpsim.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.model.Candidate;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.rules.OnCallAllocation;
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
            double[] hours = oncall.apply(m);
            double salaried = salariedShare(m);
            int cap = p.behaviour().capMax();
            double self = salaried >= 1 ? 0 : v.value(typical,
                    v.terms(m, false, listNow, perPatient, meanWeight, meanList, cap, hours, false, 0));
            double employed = salaried <= 0 ? 0 : v.value(typical,
                    v.terms(m, true, listNow, perPatient, meanWeight, meanList, cap, hours, false, 0));
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
        Map<String, long[]> regions = new HashMap<>();
        Map<String, Municipality> largest = new HashMap<>();
        for (Municipality m : sim.municipalities()) {
            String region = m.data().baRegionCode();
            long[] sums = regions.computeIfAbsent(region, k -> new long[3]);
            sums[0] += m.population();
            for (int k = 0; k < m.lists().size(); k++) {
                PatientList list = m.lists().get(k);
                Gp gp = list.holder();
                if (gp != null && WorkloadProcess.isEligible(gp, c)) {
                    sums[WorkloadProcess.isQualified(gp, c) ? 1 : 2]++;
                }
            }
            Municipality big = largest.get(region);
            if (big == null || m.population() > big.population()) {
                largest.put(region, m);
            }
        }
        Map<Municipality, double[]> out = new HashMap<>();
        for (Municipality m : sim.municipalities()) {
            String region = m.data().baRegionCode();
            long[] s = regions.get(region);
            int lead = largest.get(region).centrality();
            double qualified = OnCallAllocation.allocate(c, s[0], lead, (int) s[1] + 1, (int) s[2]).qualifiedHours();
            double unqualified = OnCallAllocation.allocate(c, s[0], lead, (int) s[1], (int) s[2] + 1).unqualifiedHours();
            out.put(m, new double[] {0, qualified, unqualified});
        }
        return out;
    }
}
