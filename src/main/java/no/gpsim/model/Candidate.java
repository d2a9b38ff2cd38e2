package no.gpsim.model;

/** A doctor looking for a GP post this month: new to the scheme, or a GP relocating. */
public final class Candidate {

    private final DoctorTraits traits;
    private final Origin origin;
    private double age;
    private final Training training;
    private final int monthsAsGp;
    private final PatientList previousList;
    private final long tasteSeed;
    private final double outsideIncome;
    private int monthsSearching;

    /**
     * @param tasteSeed a seed that fixes the candidate's idiosyncratic taste for each post (see
     *     {@link Taste}), the posts it looks at each month and its place in the queue, so its
     *     choices do not depend on what other candidates drew
     * @param outsideIncome the candidate's own outside option, NOK per year (income-equivalent)
     */
    public Candidate(DoctorTraits traits, Origin origin, double age, Training training, int monthsAsGp,
                     PatientList previousList, long tasteSeed, double outsideIncome) {
        this.traits = traits;
        this.origin = origin;
        this.age = age;
        this.training = training;
        this.monthsAsGp = monthsAsGp;
        this.previousList = previousList;
        this.tasteSeed = tasteSeed;
        this.outsideIncome = outsideIncome;
    }

    public long tasteSeed() {
        return tasteSeed;
    }

    /** Income-equivalent of the candidate's best alternative to a GP post, NOK per year. */
    public double outsideIncome() {
        return outsideIncome;
    }

    public DoctorTraits traits() {
        return traits;
    }

    public Origin origin() {
        return origin;
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

    public int monthsAsGp() {
        return monthsAsGp;
    }

    /** The list a relocating GP left, which it will not take again; null for new doctors. */
    public PatientList previousList() {
        return previousList;
    }

    public int monthsSearching() {
        return monthsSearching;
    }

    public void waitAMonth() {
        monthsSearching++;
        age += 1.0 / 12.0;
    }
}
