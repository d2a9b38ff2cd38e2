package no.gpsim.process;

import no.gpsim.funding.EqualisationGrant;
import no.gpsim.funding.PracticeAccount;
import no.gpsim.model.AgeGroups;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.rules.CapChoice;
import no.gpsim.rules.Workload;
import no.gpsim.scenario.Parameters;

/**
 * The yearly list-cap review of a self-employed GP. For each cap on the grid the GP works out the
 * list it would get (a lower cap sheds patients; a higher one can only draw patients now on lists
 * without a GP in the municipality), the net income and total hours of that list, and picks the
 * cap of highest utility. Patients above a lowered cap move to other lists.
 */
final class CapReview {

    private final GpSim sim;
    private final Parameters p;
    private final double[] rates;
    private final double[] weights;
    private final double minutes;

    CapReview(GpSim sim) {
        this.sim = sim;
        this.p = sim.parameters();
        this.rates = p.demand().consultationsPerYear();
        this.weights = sim.ageWeights();
        this.minutes = p.demand().effectiveMinutes(sim.yearsElapsed());
    }

    void review(Gp gp) {
        PatientList list = gp.list();
        Municipality m = list.municipality();
        int size = list.size();
        double nationalRate = 0;
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            nationalRate += rates[a] / AgeGroups.COUNT;
        }
        double consultationsPerPatient = size == 0 ? nationalRate : list.consultationsPerYear(rates) / size;
        double meanWeight = list.meanOf(weights, 1.0);
        long unserved = 0;
        for (PatientList other : m.lists()) {
            if (other.isVacant()) {
                unserved += other.size();
            }
        }
        double equalisation = EqualisationGrant.annualPerGp(p.funding(), m.population(), m.meanListLength());
        double supplement = IncomeProcess.supplement(p.funding(), m);
        double municipalHours = gp.municipalHours();
        long reachable = size + unserved;
        int cap = CapChoice.choose(p.behaviour(), c -> {
            double patients = c < size ? c : Math.min(c, reachable);
            double consultations = patients * consultationsPerPatient;
            double hours = p.behaviour().feltHours(Workload.practiceHours(p.demand(), consultations, minutes)
                    + municipalHours, gp.oncallHours());
            double income = PracticeAccount.of(p, true, patients, meanWeight, consultations, c, gp.monthsInPost(),
                    equalisation, municipalHours, gp.oncallHours(), supplement).gpNetIncome();
            return CapChoice.utility(gp.traits().incomeWeight(), p.behaviour().hoursWeight(), gp.traits().preferredHours(),
                    income, hours);
        });
        list.setCap(cap);
        if (size > cap) {
            int[] shed = PatientPlacement.removeFrom(list, size - cap);
            PatientPlacement.place(sim, m, shed, list, sim.streams().municipalities());
        }
    }
}
