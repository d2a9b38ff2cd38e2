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
    private int monthsSearching;

    /**
     * @param tasteSeed a draw from the simulation's stream that fixes the candidate's idiosyncratic
     *     taste for each post (see {@link Taste}), so its valuation of a post does not change from
     *     month to month
     */
    public Candidate(DoctorTraits traits, Origin origin, double age, Training training, int monthsAsGp,
                     PatientList previousList, long tasteSeed) {
        this.traits = traits;
        this.origin = origin;
        this.age = age;
        this.training = training;
        this.monthsAsGp = monthsAsGp;
        this.previousList = previousList;
        this.tasteSeed = tasteSeed;
    }

    public long tasteSeed() {
        return tasteSeed;
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
