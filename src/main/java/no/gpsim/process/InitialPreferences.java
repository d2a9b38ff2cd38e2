package no.gpsim.process;

import no.gpsim.funding.PracticeAccount;
import no.gpsim.model.Contract;
import no.gpsim.model.DoctorTraits;
import no.gpsim.model.Gp;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.rules.Workload;
import no.gpsim.scenario.Parameters;

/**
 * Infers the preferred hours of the initial self-employed GPs from the caps they chose (revealed
 * preference), so the data's caps are an equilibrium of the cap rule rather than a shock to it.
 * A GP's cap is the list it wants (docs/MODEL.md 7.4): it gets the preferred hours at which a list
 * of its cap is optimal. A GP with room under its cap is held back by demand, not by choice, and
 * keeps that room, which is the spare capacity of the data. Doctors who enter later draw their
 * preferred hours from the scenario's distribution.
 *
 * <p>At the optimum of {@code w ln Y(L) - h (H(L) - pref)^2}, {@code w Y'/Y = 2 h (H - pref) H'}, so
 * {@code pref = H - w Y' / (2 h Y H')}, with Y the net income, H the felt hours and L = the cap.
 */
final class InitialPreferences {

    /** Inferred preferences are kept within this many standard deviations of the scenario's mean. */
    private static final double CLAMP_SD = 3;

    private InitialPreferences() {
    }

    static void infer(GpSim sim) {
        Parameters p = sim.parameters();
        double[] rates = p.demand().consultationsPerYear();
        double[] weights = sim.ageWeights();
        double minutes = p.demand().effectiveMinutes(sim.yearsElapsed());
        var b = p.behaviour();
        double lo = Math.max(10, b.preferredHoursMean() - CLAMP_SD * b.preferredHoursSd());
        double hi = b.preferredHoursMean() + CLAMP_SD * b.preferredHoursSd();
        if (b.hoursWeight() <= 0) {
            return;
        }
        for (Gp gp : sim.gps()) {
            PatientList list = gp.list();
            if (gp.contract() != Contract.SELF_EMPLOYED || list.size() == 0) {
                continue;
            }
            Municipality m = list.municipality();
            double perPatient = list.consultationsPerYear(rates) / list.size();
            double meanWeight = list.meanOf(weights, 1.0);
            double meanFee = IncomeProcess.meanFee(p.funding(), rates, list);
            double supplement = IncomeProcess.supplement(p.funding(), m);
            double equalisation = no.gpsim.funding.EqualisationGrant.annualPerGp(p.funding(), m.population(), m.meanListLength());
            double n = Math.max(list.size(), list.cap());
            double years = sim.yearsElapsed();
            double income = account(p, n, perPatient, meanWeight, meanFee, (int) n, gp, equalisation, supplement, years);
            double marginalIncome = account(p, n + 50, perPatient, meanWeight, meanFee, (int) n + 50, gp, equalisation, supplement,
                    years) - income;
            double marginalHours = Workload.practiceHours(p.demand(), 50 * perPatient, minutes);
            double felt = b.feltHours(Workload.practiceHours(p.demand(), n * perPatient, minutes) + gp.municipalHours(),
                    gp.oncallHours());
            if (income <= 0 || marginalHours <= 0) {
                continue;
            }
            double excess = gp.traits().incomeWeight() * marginalIncome / income / (2 * b.hoursWeight() * marginalHours);
            double inferred = felt - Math.max(0, excess);
            double preferred = Math.max(lo, Math.min(hi, inferred));
            DoctorTraits t = gp.traits();
            gp.setTraits(new DoctorTraits(t.incomeWeight(), preferred, t.oncallAversion(), t.salariedPreference(),
                    t.ruralAversion(), t.exemptDraw(), t.female(), t.foreignEducated()));
        }
    }

    private static double account(Parameters p, double n, double perPatient, double meanWeight, double meanFee, int cap,
                                  Gp gp, double equalisation, double supplement, double years) {
        return PracticeAccount.netIncome(p, true, n, meanWeight, n * perPatient, meanFee, cap, gp.monthsInPost(), equalisation,
                gp.municipalHours(), gp.oncallHours(), supplement, years);
    }
}
