package no.gpsim.model;

/**
 * A regular GP (fastlege) holding one list. Fixed traits, a contract and training status, and the
 * workload and income the processes derive for it each month.
 */
public final class Gp {

    private final int id;
    private final long seed;
    private DoctorTraits traits;
    private double age;
    private Training training;
    private int alisMonthsLeft;
    private Contract contract;
    private int introductionMonthsLeft;
    private int monthsAsGp;
    private int monthsInPost;
    private double ageAtStart;
    private int reviewMonth;
    private PatientList list;
    private ExitReason leavingReason;
    private int leavingStep;

    private double practiceHours;
    private double municipalHours;
    private double oncallHours;
    private double netIncome;
    private double normCompensation;

    /**
     * @param reviewMonth calendar month 1-12 in which the GP reviews its list cap (its contract anniversary)
     * @param seed the GP's own seed: its monthly decisions are draws keyed by it ({@link Streams#gpUniform})
     */
    public Gp(int id, DoctorTraits traits, double age, Training training, int alisMonthsLeft, Contract contract,
              int monthsAsGp, int monthsInPost, int reviewMonth, long seed) {
        this.id = id;
        this.seed = seed;
        this.traits = traits;
        this.age = age;
        this.training = training;
        this.alisMonthsLeft = alisMonthsLeft;
        this.contract = contract;
        this.monthsAsGp = monthsAsGp;
        this.monthsInPost = monthsInPost;
        this.ageAtStart = age - monthsInPost / 12.0;
        this.reviewMonth = reviewMonth;
    }

    public int id() {
        return id;
    }

    /** The GP's own seed, for its keyed draws. */
    public long seed() {
        return seed;
    }

    public DoctorTraits traits() {
        return traits;
    }

    public double age() {
        return age;
    }

    public Training training() {
        return training;
    }

    public boolean isSpecialist() {
        return training == Training.SPECIALIST;
    }

    public int alisMonthsLeft() {
        return alisMonthsLeft;
    }

    public Contract contract() {
        return contract;
    }

    public int introductionMonthsLeft() {
        return introductionMonthsLeft;
    }

    public int monthsAsGp() {
        return monthsAsGp;
    }

    public int monthsInPost() {
        return monthsInPost;
    }

    /** Age when the GP took its current post. */
    public double ageAtStart() {
        return ageAtStart;
    }

    public int reviewMonth() {
        return reviewMonth;
    }

    public PatientList list() {
        return list;
    }

    /** Whether the GP has given notice and is serving it. */
    public boolean isLeaving() {
        return leavingReason != null;
    }

    /** Why the GP leaves, once it has given notice; null otherwise. */
    public ExitReason leavingReason() {
        return leavingReason;
    }

    /** The step (months since the start) in which a GP serving notice leaves its post. */
    public int leavingStep() {
        return leavingStep;
    }

    /** The GP gives notice: it leaves its post in step {@code step}, for this reason. */
    public void giveNotice(ExitReason reason, int step) {
        this.leavingReason = reason;
        this.leavingStep = step;
    }

    /** Weekly hours of practice work for the list. */
    public double practiceHours() {
        return practiceHours;
    }

    /** Weekly hours of municipal duties. */
    public double municipalHours() {
        return municipalHours;
    }

    /** Weekly on-call hours, own duty plus back-up duty. */
    public double oncallHours() {
        return oncallHours;
    }

    public double totalHours() {
        return practiceHours + municipalHours + oncallHours;
    }

    /** Net income in NOK per year at this month's rates. */
    public double netIncome() {
        return netIncome;
    }

    /** Whether the GP may work on-call alone: a specialist, or enough months as a GP. */
    public boolean isQualified(int qualificationMonths) {
        return training == Training.SPECIALIST || monthsAsGp >= qualificationMonths;
    }

    public void takeList(PatientList list, int reviewMonth) {
        this.list = list;
        this.monthsInPost = 0;
        this.ageAtStart = age;
        this.reviewMonth = reviewMonth;
        list.assign(this);
    }

    /** Sets the time already spent in post at the start of the run; the review month is the contract's anniversary. */
    void setInitialTenure(int months) {
        this.monthsInPost = months;
        this.ageAtStart = age - months / 12.0;
        // every start month a scenario may have is a January (the key start), so the default stands for all
        this.reviewMonth = no.gpsim.scenario.Scenario.START.minusMonths(months).getMonthValue();
    }

    /** Replaces the GP's traits; used once, when preferences are inferred from the initial state. */
    public void setTraits(DoctorTraits traits) {
        this.traits = traits;
    }

    public void leaveList() {
        this.list = null;
    }

    public void startIntroduction(int months) {
        this.contract = Contract.INTRODUCTION;
        this.introductionMonthsLeft = months;
    }

    /**
     * One month passes: age, time in post and as GP, ALIS and introduction progress.
     *
     * @param selfFundedCourseMonths months as a GP after which a non-specialist outside ALIS becomes a specialist
     * @return whether an introduction agreement ended this month (the GP is now self-employed)
     */
    public boolean advanceMonth(int selfFundedCourseMonths) {
        age += 1.0 / 12.0;
        monthsAsGp++;
        monthsInPost++;
        if (training == Training.NONE && monthsAsGp >= selfFundedCourseMonths) {
            training = Training.SPECIALIST;
        }
        if (training == Training.IN_ALIS && --alisMonthsLeft <= 0) {
            training = Training.SPECIALIST;
            alisMonthsLeft = 0;
        }
        if (contract == Contract.INTRODUCTION && --introductionMonthsLeft <= 0) {
            introductionMonthsLeft = 0;
            contract = Contract.SELF_EMPLOYED;
            return true;
        }
        return false;
    }

    public void setWorkload(double practiceHours, double municipalHours, double oncallHours) {
        this.practiceHours = practiceHours;
        this.municipalHours = municipalHours;
        this.oncallHours = oncallHours;
    }

    /** Yearly compensation under a list norm for the income the GP loses by holding a shorter list (NOK). */
    public double normCompensation() {
        return normCompensation;
    }

    public void setNormCompensation(double normCompensation) {
        this.normCompensation = normCompensation;
    }

    public void setNetIncome(double netIncome) {
        this.netIncome = netIncome;
    }
}
