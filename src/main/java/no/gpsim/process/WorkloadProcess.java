package no.gpsim.process;

import java.util.List;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.OnCallDistrict;
import no.gpsim.model.PatientList;
import no.gpsim.rules.OnCallAllocation;
import no.gpsim.rules.Workload;
import no.gpsim.scenario.DemandConfig;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.Parameters;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3, workload: each GP's weekly practice hours from its list, municipal hours by the size
 * of its municipality, and on-call hours from its district's rota shared over the eligible GPs.
 */
public final class WorkloadProcess implements Steppable {

    @Override
    public void step(SimState state) {
        GpSim sim = (GpSim) state;
        Parameters p = sim.parameters();
        DemandConfig demand = p.demand();
        OnCallConfig onCall = p.onCall();
        double[] rates = demand.consultationsPerYear();
        double minutes = demand.effectiveMinutes(sim.yearsElapsed());
        for (OnCallDistrict district : sim.districts()) {
            int[] eligible = eligible(district.members(), onCall);
            int qualified = eligible[0];
            int unqualified = eligible[1];
            district.setEligible(qualified, unqualified);
            OnCallAllocation a = OnCallAllocation.allocate(onCall, district.population(), district.leadCentrality(),
                    qualified, unqualified, district.grantsTakenUp());
            district.setHours(a.gpHours(), a.qualifiedHours(), a.unqualifiedHours(), a.dedicatedHours(), a.packageHours());
            for (Municipality m : district.members()) {
                double municipalHours = demand.municipalHours(m.population());
                for (int k = 0; k < m.listCount(); k++) {
                    PatientList list = m.list(k);
                    Gp gp = list.holder();
                    if (gp == null) {
                        continue;
                    }
                    double practice = Workload.practiceHours(demand, list.consultationsPerYear(rates), minutes);
                    double oncall = !isEligible(gp, onCall) ? 0
                            : isQualified(gp, onCall) ? a.qualifiedHours() : a.unqualifiedHours();
                    gp.setWorkload(practice, municipalHours + combinedHours(p, list), oncall);
                }
            }
        }
    }

    /** The other work of a combined post, hours a week (0 for any other list). */
    static double combinedHours(Parameters p, PatientList list) {
        return list.isCombined() ? p.combinedPosts().otherHoursPerWeek() : 0;
    }

    /** Weekly practice hours of a GP's list this month. */
    static double practiceHours(GpSim sim, Gp gp) {
        DemandConfig demand = sim.parameters().demand();
        return Workload.practiceHours(demand, gp.list().consultationsPerYear(demand.consultationsPerYear()),
                demand.effectiveMinutes(sim.yearsElapsed()));
    }

    /** GPs of these municipalities on the on-call rota: {qualified to work alone, needing back-up}. */
    static int[] eligible(List<Municipality> members, OnCallConfig onCall) {
        int qualified = 0;
        int unqualified = 0;
        for (Municipality m : members) {
            for (int k = 0; k < m.listCount(); k++) {
                Gp gp = m.list(k).holder();
                if (gp != null && isEligible(gp, onCall)) {
                    if (isQualified(gp, onCall)) {
                        qualified++;
                    } else {
                        unqualified++;
                    }
                }
            }
        }
        return new int[] {qualified, unqualified};
    }

    /** Not exempt by age nor for other reasons. */
    static boolean isEligible(Gp gp, OnCallConfig c) {
        return gp.age() < c.exemptionAge() && gp.traits().exemptDraw() >= c.otherExemptShare();
    }

    /** May work on-call without a back-up. */
    static boolean isQualified(Gp gp, OnCallConfig c) {
        return c.lis1Sufficient() || gp.isQualified(c.qualificationMonths());
    }
}
