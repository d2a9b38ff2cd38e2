package no.gpsim.process;

import no.gpsim.funding.EqualisationGrant;
import no.gpsim.funding.PracticeAccount;
import no.gpsim.model.AgeGroups;
import no.gpsim.model.Candidate;
import no.gpsim.model.GpSim;
import no.gpsim.model.Municipality;
import no.gpsim.model.OnCallDistrict;
import no.gpsim.model.Origin;
import no.gpsim.model.PatientList;
import no.gpsim.rules.CapChoice;
import no.gpsim.rules.OnCallAllocation;
import no.gpsim.rules.Workload;
import no.gpsim.scenario.BehaviourConfig;
import no.gpsim.scenario.LabourMarketConfig;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.Parameters;

/**
 * What a post is worth to a candidate under a parameter regime (docs/MODEL.md 7.6). The candidate
 * values the post year by year over {@code labourMarket.valuationYears}, discounting later years
 * at {@code labourMarket.discountRate}:
 *
 * <ul>
 *   <li>it picks the cap it would choose as a GP there, with the municipal and on-call duties it
 *       would carry (the district's rota shared with it added);</li>
 *   <li>its list grows from the patients on the post now towards min(cap, the municipality's mean
 *       list), with time constant {@code labourMarket.listBuildUpYears};</li>
 *   <li>each year's income is worked out as it would be paid: the start grant only in the months
 *       it runs and while the list is short, an introduction agreement's salary only while it
 *       lasts, a recruitment grant once, in the first year, and only to a doctor new to the
 *       scheme;</li>
 *   <li>each year's utility is that of the cap choice (log income against hours above the
 *       preferred ones) less on-call aversion and dislike of remoteness, plus the preference for
 *       salaried work and an ALIS offer.</li>
 * </ul>
 *
 * The candidate-independent terms of a post are worked out once per post and month
 * ({@link Terms}); a candidate's own terms are its traits, its on-call status and its origin.
 */
final class PostValuation {

    /** On-call status of a candidate in a post: exempt, qualified to work alone, or needing back-up. */
    private static final int EXEMPT = 0;
    private static final int QUALIFIED = 1;
    private static final int UNQUALIFIED = 2;

    /**
     * A post's terms that do not depend on the candidate.
     *
     * @param listNow patients on the post now
     * @param consultationsPerPatient consultations a year per patient of the post (the municipality's age mix for an empty list)
     * @param meanWeight mean patient-adjusted grant weight of those patients
     * @param meanList the municipality's mean held list, the list a recruit can expect to reach
     * @param oncall weekly on-call hours of the recruit by status (exempt, qualified, needing back-up), the recruit counted in the rota
     * @param appeal the post's own appeal, the same to every candidate (premises, colleagues, the place), utility points
     * @param capOfSalariedPost the cap of the post if salaried (the municipality sets it)
     */
    record Terms(Municipality municipality, boolean salariedPost, int listNow, double consultationsPerPatient,
                 double meanWeight, double meanFee, double meanList, double equalisation, double supplement, double municipalHours,
                 double[] oncall, double remoteness, double appeal, boolean alisOffer, boolean recruitmentGrant,
                 int capOfSalariedPost, double bonus,
                 double[][] steadyIncome, double[][] steadyHours, Years[][] years) { }

    /**
     * A post's years for one kind of recruit (on-call status, new to the scheme or not) at one cap:
     * the log of each year's net income and its felt hours, which do not depend on the recruit's
     * preferences, worked out once per post and month.
     */
    private record Years(double[] logIncome, double[] hours, boolean[] salaried) { }

    private final GpSim sim;
    private final Parameters p;
    private final LabourMarketConfig lm;
    private final double[] rates;
    private final double[] weights;
    private final double years;
    private final double minutes;
    private final double[] yearWeights;
    private final double[] buildUp;
    private final int[] caps;
    private final boolean classSupplements;
    /** Index of the largest cap on the grid a list norm allows (the last without one). */
    private final int capLimitIndex;

    /** Valuation under the regime in force, with the municipalities' own supplements. */
    PostValuation(GpSim sim, Parameters p) {
        this(sim, p, false);
    }

    /**
     * @param classSupplements true to value posts with the supplements of the regime's centrality
     *     classes only, ignoring a per-municipality supplement file (for the default levers)
     */
    PostValuation(GpSim sim, Parameters p, boolean classSupplements) {
        this.sim = sim;
        this.p = p;
        this.classSupplements = classSupplements;
        this.lm = p.labourMarket();
        this.rates = p.demand().consultationsPerYear();
        this.weights = sim.ageWeights();
        this.years = sim.yearsElapsed();
        this.minutes = p.demand().effectiveMinutes(years);
        this.yearWeights = new double[lm.valuationYears()];
        double d = 1 / (1 + lm.discountRate());
        double w = 1;
        double sum = 0;
        for (int y = 0; y < yearWeights.length; y++) {
            yearWeights[y] = w;
            sum += w;
            w *= d;
        }
        for (int y = 0; y < yearWeights.length; y++) {
            yearWeights[y] /= sum;
        }
        this.buildUp = new double[yearWeights.length];
        for (int y = 0; y < buildUp.length; y++) {
            buildUp[y] = buildUpRemaining(y, lm.listBuildUpYears());
        }
        BehaviourConfig b = p.behaviour();
        int n = Math.max(1, (b.capMax() - b.capMin()) / b.capStep() + 1);
        caps = new int[n];
        for (int i = 0; i < n; i++) {
            caps[i] = b.capMin() + i * b.capStep();
        }
        int limit = p.listNorm().capLimit(b.capMax());
        int index = 0;
        while (index + 1 < n && caps[index + 1] <= limit) {
            index++;
        }
        capLimitIndex = index;
    }

    /** The terms of an open list as it is (its own post type). */
    Terms terms(PatientList list) {
        return terms(list, list.isSalariedPost());
    }

    /** The terms of a list as a salaried or a self-employed post (for the municipality's choice), not cached. */
    Terms terms(PatientList list, boolean salariedPost) {
        Municipality m = list.municipality();
        double perPatient = list.size() == 0 ? municipalRate(m, rates) : list.consultationsPerYear(rates) / list.size();
        double meanWeight = list.size() == 0 ? municipalWeight(m, weights) : list.meanOf(weights, 1.0);
        boolean combined = list.isCombined();
        return build(m, salariedPost, list.size(), perPatient, meanWeight, IncomeProcess.meanFee(p.funding(), rates, list),
                m.meanListLength(), list.cap(), districtOncall(m), MunicipalityProcess.offersAlis(p.alis(), m),
                lm.postAppealSpread() * sim.streams().postAppeal(list.id()),
                combined ? p.combinedPosts().otherHoursPerWeek() : 0, combined ? p.combinedPosts().utilityBonus() : 0);
    }

    /**
     * The terms of a post of the municipality with {@code listNow} patients of its age mix, whose
     * recruit would work the given on-call hours by status.
     */
    Terms terms(Municipality m, boolean salariedPost, int listNow, double consultationsPerPatient, double meanWeight,
                double meanFee, double meanList, int cap, double[] oncall, boolean alisOffer, double appeal) {
        return build(m, salariedPost, listNow, consultationsPerPatient, meanWeight, meanFee, meanList, cap, oncall,
                alisOffer, appeal, 0, 0);
    }

    /**
     * As {@link #terms(Municipality, boolean, int, double, double, double, double, int, double[], boolean, double)},
     * with a combined post's other work ({@code extraHours} a week on top of the municipal duties)
     * and the attraction of its variety ({@code bonus}).
     */
    private Terms build(Municipality m, boolean salariedPost, int listNow, double consultationsPerPatient,
                        double meanWeight, double meanFee, double meanList, int cap, double[] oncall, boolean alisOffer,
                        double appeal, double extraHours, double bonus) {
        double equalisation = EqualisationGrant.annualPerGp(p.funding(), m.population(), meanList);
        double supplement = classSupplements ? p.funding().supplement(m.centrality())
                : IncomeProcess.supplement(p.funding(), m);
        boolean grant = p.funding().recruitmentGrant() > 0 && m.centrality() >= p.funding().recruitmentMinCentrality()
                && m.grantsTakenUp();
        int salariedCap = Math.min(cap, p.listNorm().capLimit(p.employment().newListSize()));
        return new Terms(m, salariedPost, listNow, consultationsPerPatient, meanWeight, meanFee, Math.max(1, meanList),
                equalisation, supplement, p.demand().municipalHours(m.population()) + extraHours, oncall, m.remoteness(),
                appeal, alisOffer, grant, salariedCap, bonus, new double[3][], new double[3][], new Years[3 * 2][]);
    }

    /** Weekly on-call hours a recruit to the municipality would work, by status, counted in its district's rota. */
    double[] districtOncall(Municipality m) {
        OnCallDistrict d = m.district();
        return recruitOncall(p.onCall(), d.population(), d.leadCentrality(), d.eligibleQualified(),
                d.eligibleUnqualified(), d.grantsTakenUp());
    }

    /**
     * Weekly on-call hours of a recruit by status (exempt, qualified, needing back-up) in a district
     * with this population, lead centrality and eligible GPs, the recruit counted in the rota.
     */
    static double[] recruitOncall(OnCallConfig c, long population, int lead, int qualified, int unqualified,
                                  boolean packageTakenUp) {
        double asQualified = OnCallAllocation.allocate(c, population, lead, qualified + 1, unqualified, packageTakenUp)
                .qualifiedHours();
        double asUnqualified = OnCallAllocation.allocate(c, population, lead, qualified, unqualified + 1, packageTakenUp)
                .unqualifiedHours();
        return new double[] {0, asQualified, asUnqualified};
    }

    /** The candidate's on-call status in a post: exempt, qualified or needing back-up. */
    int status(Candidate c) {
        OnCallConfig oc = p.onCall();
        boolean eligible = c.age() < oc.exemptionAge() && c.traits().exemptDraw() >= oc.otherExemptShare();
        if (!eligible) {
            return EXEMPT;
        }
        boolean qualified = oc.lis1Sufficient() || c.isSpecialist() || c.monthsAsGp() >= oc.qualificationMonths();
        return qualified ? QUALIFIED : UNQUALIFIED;
    }

    /** The cap a candidate would choose in the post as a self-employed GP. */
    int chosenCap(Candidate c, Terms t) {
        return caps[chosenCapIndex(c, t)];
    }

    /**
     * The index on the cap grid of the cap a candidate would choose in the post as a self-employed
     * GP, up to the list norm if there is one.
     */
    private int chosenCapIndex(Candidate c, Terms t) {
        return chosenCapIndex(c, t, capLimitIndex);
    }

    /** The index of the best cap among the first {@code limit + 1} caps of the grid. */
    private int chosenCapIndex(Candidate c, Terms t, int limit) {
        int status = status(c);
        double[] income = steadyIncome(t, status);
        double[] hours = t.steadyHours()[status];
        BehaviourConfig b = p.behaviour();
        int best = 0;
        double bestUtility = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= limit; i++) {
            double u = CapChoice.utilityOfLog(c.traits().incomeWeight(), b.hoursWeight(), c.traits().preferredHours(),
                    income[i], hours[i]);
            if (u > bestUtility) {
                bestUtility = u;
                best = i;
            }
        }
        return best;
    }

    /**
     * The log of the net income ({@link CapChoice#logIncome}) and the felt hours at each cap on the
     * grid once the list has filled to the cap and the start grant has run out: what a GP weighs
     * when it chooses its cap (docs/MODEL.md 7.4).
     */
    private double[] steadyIncome(Terms t, int status) {
        double[] cached = t.steadyIncome()[status];
        if (cached != null) {
            return cached;
        }
        double oncall = t.oncall()[status];
        double[] income = new double[caps.length];
        double[] hours = new double[caps.length];
        for (int i = 0; i < caps.length; i++) {
            double consultations = caps[i] * t.consultationsPerPatient();
            income[i] = CapChoice.logIncome(PracticeAccount.netIncome(p, true, caps[i], t.meanWeight(), consultations, t.meanFee(), caps[i],
                    Integer.MAX_VALUE, t.equalisation(), t.municipalHours(), oncall, t.supplement(), years));
            hours[i] = p.behaviour().feltHours(Workload.practiceHours(p.demand(), consultations, minutes)
                    + t.municipalHours(), oncall);
        }
        t.steadyIncome()[status] = income;
        t.steadyHours()[status] = hours;
        return income;
    }

    /** The candidate's utility of the post, a discounted mean over the valuation years, without the random error. */
    double value(Candidate c, Terms t) {
        BehaviourConfig b = p.behaviour();
        int status = status(c);
        boolean entrant = c.origin() != Origin.RELOCATING_GP;
        int capIndex = t.salariedPost() ? caps.length : chosenCapIndex(c, t);
        // cached by kind of recruit, then by cap (the last slot for a salaried post's own cap)
        int kind = status * 2 + (entrant ? 1 : 0);
        if (t.years()[kind] == null) {
            t.years()[kind] = new Years[caps.length + 1];
        }
        Years years = t.years()[kind][capIndex];
        if (years == null) {
            years = years(t, status, entrant, t.salariedPost() ? t.capOfSalariedPost() : caps[capIndex]);
            t.years()[kind][capIndex] = years;
        }
        double compensation = t.salariedPost() ? 0 : normCompensation(c, t, capIndex);
        double oncall = t.oncall()[status];
        double fixed = t.appeal() + t.bonus() - c.traits().oncallAversion() * oncall - c.traits().ruralAversion() * t.remoteness()
                + (t.alisOffer() && !c.isSpecialist() ? p.alis().utilityBonus() : 0);
        double total = 0;
        for (int y = 0; y < yearWeights.length; y++) {
            double logIncome = years.logIncome()[y];
            if (compensation > 0 && !years.salaried()[y]) {
                logIncome = CapChoice.logIncome(StrictMath.exp(logIncome) + compensation);
            }
            double u = CapChoice.utilityOfLog(c.traits().incomeWeight(), b.hoursWeight(), c.traits().preferredHours(),
                    logIncome, years.hours()[y]);
            if (years.salaried()[y]) {
                u += c.traits().salariedPreference();
            }
            total += yearWeights[y] * u;
        }
        return total + fixed;
    }

    /**
     * The list-norm compensation a candidate expects per year in a self-employed post where it holds
     * the cap at {@code heldIndex}: the norm's share of the steady net income it loses against the
     * cap it would choose without the norm (docs/MODEL.md 7.4); 0 without a norm.
     */
    private double normCompensation(Candidate c, Terms t, int heldIndex) {
        if (capLimitIndex == caps.length - 1) {
            return 0;
        }
        int preferred = chosenCapIndex(c, t, caps.length - 1);
        if (preferred <= heldIndex) {
            return 0;
        }
        double[] income = steadyIncome(t, status(c));
        double lost = StrictMath.exp(income[preferred]) - StrictMath.exp(income[heldIndex]);
        return p.listNorm().compensationShare() * Math.max(0, lost);
    }

    /**
     * The post's years for a recruit of this status and origin at this cap: its list grows towards
     * min(cap, the municipality's mean list), its income is worked out year by year as it is paid.
     */
    private Years years(Terms t, int status, boolean entrant, int cap) {
        BehaviourConfig b = p.behaviour();
        double oncall = t.oncall()[status];
        int introMonths = t.salariedPost() || !entrant ? 0 : p.employment().introductionMonths();
        double target = Math.min(cap, Math.max(t.listNow(), t.meanList()));
        int n = yearWeights.length;
        double[] logIncome = new double[n];
        double[] hours = new double[n];
        boolean[] salaried = new boolean[n];
        for (int y = 0; y < n; y++) {
            double list = expectedList(t.listNow(), target, buildUp[y]);
            int months = 12 * y + 6;
            boolean salariedYear = t.salariedPost() || months < introMonths;
            if (!t.salariedPost() && months < introMonths) {
                list = Math.min(list, LabourMarketProcess.introductionCap(p, cap));
            }
            double consultations = list * t.consultationsPerPatient();
            double income = PracticeAccount.netIncome(p, !salariedYear, list, t.meanWeight(), consultations, t.meanFee(), cap, months,
                    t.equalisation(), t.municipalHours(), oncall, t.supplement(), this.years);
            if (y == 0 && entrant && t.recruitmentGrant()) {
                income += p.funding().recruitmentGrant();
            }
            logIncome[y] = CapChoice.logIncome(income);
            hours[y] = b.feltHours(Workload.practiceHours(p.demand(), consultations, minutes) + t.municipalHours(), oncall);
            salaried[y] = salariedYear;
        }
        return new Years(logIncome, hours, salaried);
    }

    /**
     * The list a recruit expects in a year of the post: it grows from the patients there now
     * towards the target, a share {@code remaining} ({@link #buildUpRemaining}) of the gap still
     * open that year; a list above the target is cut at once.
     */
    private static double expectedList(double now, double target, double remaining) {
        if (now >= target) {
            return target;
        }
        return target - (target - now) * remaining;
    }

    /**
     * The share of the gap to the target list still open in year {@code y} of the post, with the
     * given time constant: the same for every post, so worked out once per valuation.
     */
    private static double buildUpRemaining(int y, double timeConstantYears) {
        return StrictMath.exp(-(y + 0.5) / timeConstantYears);
    }

    /** The candidate's utility of its own outside option, without the random error. */
    double outside(Candidate c) {
        return CapChoice.utility(c.traits().incomeWeight(), p.behaviour().hoursWeight(), c.traits().preferredHours(),
                c.outsideIncome(), lm.outsideHours());
    }

    /** Consultations per resident per year at the municipality's age mix. */
    static double municipalRate(Municipality m, double[] rates) {
        return municipalWeight(m, rates);
    }

    /** The municipality's population-weighted mean of a per-age quantity. */
    static double municipalWeight(Municipality m, double[] perAge) {
        double sum = 0;
        long population = 0;
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            sum += m.population(a) * perAge[a];
            population += m.population(a);
        }
        return population == 0 ? perAge[1] : sum / population;
    }
}
