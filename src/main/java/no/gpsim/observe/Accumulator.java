package no.gpsim.observe;

import no.gpsim.model.Contract;
import no.gpsim.model.Gp;
import no.gpsim.model.Municipality;
import no.gpsim.model.PatientList;
import no.gpsim.model.Training;

/** Sums the state of one or more municipalities and turns the sums into {@link Metric} values. */
final class Accumulator {

    private long population;
    private long gps;
    private long lists;
    private long vacant;
    private long withoutGp;
    private long heldPatients;
    private long heldCaps;
    private long vacantOver12;
    private double practice;
    private double municipal;
    private double oncall;
    private double onCallShare;
    private long salaried;
    private long alis;
    private long specialists;
    private double age;
    private double income;
    private double ownSupplement;
    private long candidates;
    private double accepted;
    private double fillMonths;
    private final double[] flows = new double[Metric.values().length];

    /** Empties the sums, to use the accumulator again. */
    void clear() {
        population = 0;
        gps = 0;
        lists = 0;
        vacant = 0;
        withoutGp = 0;
        heldPatients = 0;
        heldCaps = 0;
        vacantOver12 = 0;
        practice = 0;
        municipal = 0;
        oncall = 0;
        onCallShare = 0;
        salaried = 0;
        alis = 0;
        specialists = 0;
        age = 0;
        income = 0;
        ownSupplement = 0;
        candidates = 0;
        accepted = 0;
        fillMonths = 0;
        java.util.Arrays.fill(flows, 0);
    }

    /** Adds a municipality's stocks; {@code dutyHours} is the weekly on-call of a week on duty. */
    void addStocks(Municipality m, double dutyHours) {
        population += m.population();
        ownSupplement += m.ownSupplement() * m.listCount();
        for (int k = 0; k < m.listCount(); k++) {
            PatientList list = m.list(k);
            lists++;
            Gp gp = list.holder();
            if (gp == null) {
                vacant++;
                withoutGp += list.size();
                if (list.monthsVacant() >= 12) {
                    vacantOver12++;
                }
                continue;
            }
            gps++;
            heldPatients += list.size();
            heldCaps += list.cap();
            practice += gp.practiceHours();
            municipal += gp.municipalHours();
            oncall += gp.oncallHours();
            onCallShare += Math.min(1, gp.oncallHours() / dutyHours);
            if (gp.contract() != Contract.SELF_EMPLOYED) {
                salaried++;
            }
            if (gp.training() == Training.IN_ALIS) {
                alis++;
            }
            if (gp.isSpecialist()) {
                specialists++;
            }
            age += gp.age();
            income += gp.netIncome();
        }
    }

    /** Sets the national pool of candidates (the same in every group). */
    void setCandidates(long n) {
        candidates = n;
    }

    /** Adds offers accepted and months to fill over the period, the numerators of the two rates. */
    void addMarketFlows(double acceptedOffers, double monthsToFill) {
        accepted += acceptedOffers;
        fillMonths += monthsToFill;
    }

    /** Adds another accumulator's sums (a municipality's into its groups'). */
    void add(Accumulator o) {
        population += o.population;
        gps += o.gps;
        lists += o.lists;
        vacant += o.vacant;
        withoutGp += o.withoutGp;
        heldPatients += o.heldPatients;
        heldCaps += o.heldCaps;
        vacantOver12 += o.vacantOver12;
        practice += o.practice;
        municipal += o.municipal;
        oncall += o.oncall;
        onCallShare += o.onCallShare;
        salaried += o.salaried;
        alis += o.alis;
        specialists += o.specialists;
        age += o.age;
        income += o.income;
        ownSupplement += o.ownSupplement;
        accepted += o.accepted;
        fillMonths += o.fillMonths;
        for (int i = 0; i < flows.length; i++) {
            flows[i] += o.flows[i];
        }
    }

    void addFlow(Metric metric, double amount) {
        flows[metric.ordinal()] += amount;
    }

    double[] values() {
        double[] v = flows.clone();
        v[Metric.POPULATION.ordinal()] = population;
        v[Metric.GPS.ordinal()] = gps;
        v[Metric.LISTS.ordinal()] = lists;
        v[Metric.LISTS_VACANT.ordinal()] = vacant;
        v[Metric.PATIENTS_WITHOUT_GP.ordinal()] = withoutGp;
        v[Metric.SHARE_WITHOUT_GP.ordinal()] = ratio(withoutGp, population);
        v[Metric.MEAN_LIST_LENGTH.ordinal()] = ratio(heldPatients, gps);
        v[Metric.MEAN_LIST_CAP.ordinal()] = ratio(heldCaps, gps);
        v[Metric.GPS_PER_10K.ordinal()] = ratio(gps * 10_000.0, population);
        v[Metric.MEAN_PRACTICE_HOURS.ordinal()] = ratio(practice, gps);
        v[Metric.MEAN_MUNICIPAL_HOURS.ordinal()] = ratio(municipal, gps);
        v[Metric.MEAN_ONCALL_HOURS.ordinal()] = ratio(oncall, gps);
        v[Metric.MEAN_TOTAL_HOURS.ordinal()] = ratio(practice + municipal + oncall, gps);
        v[Metric.SHARE_GPS_ON_CALL.ordinal()] = ratio(onCallShare, gps);
        v[Metric.VACANCIES_OVER_12M.ordinal()] = vacantOver12;
        v[Metric.SALARIED_SHARE.ordinal()] = ratio(salaried, gps);
        v[Metric.ALIS.ordinal()] = alis;
        v[Metric.SPECIALIST_SHARE.ordinal()] = ratio(specialists, gps);
        v[Metric.MEAN_GP_AGE.ordinal()] = ratio(age, gps);
        v[Metric.MEAN_GP_NET_INCOME_NOK.ordinal()] = ratio(income, gps);
        v[Metric.VACANCIES_OVER_12M_SHARE.ordinal()] = ratio(vacantOver12, vacant);
        v[Metric.CANDIDATES.ordinal()] = candidates;
        double offers = flows[Metric.OFFERS.ordinal()];
        v[Metric.ACCEPTANCE_RATE.ordinal()] = offers == 0 ? Double.NaN : accepted / offers;
        double filled = flows[Metric.RECRUITS.ordinal()];
        v[Metric.MEAN_MONTHS_TO_FILL.ordinal()] = filled == 0 ? Double.NaN : fillMonths / filled;
        v[Metric.MEAN_SPARE_CAPACITY.ordinal()] = ratio(heldCaps - heldPatients, gps);
        v[Metric.OWN_SUPPLEMENT_NOK.ordinal()] = ratio(ownSupplement, lists);
        return v;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
