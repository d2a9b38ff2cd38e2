package no.gpsim.model;

/**
 * A list position (fastlegeliste / hjemmel) in one municipality: patients by age group, a cap, and
 * a holder or none. Patients on a list without a holder are patients without a permanent GP.
 */
public final class PatientList {

    private final int id;
    private final Municipality municipality;
    private final int[] patients = new int[AgeGroups.COUNT];
    private int size;
    private int cap;
    private Gp holder;
    private boolean salariedPost;
    private boolean combined;
    private int monthsVacant;
    private boolean locum;
    private Candidate incoming;
    private int startStep;
    private int openedStep;

    PatientList(int id, Municipality municipality, int cap, boolean salariedPost) {
        this.id = id;
        this.municipality = municipality;
        this.cap = cap;
        this.salariedPost = salariedPost;
    }

    public int id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public int patients(int ageGroup) {
        return patients[ageGroup];
    }

    /** All patients on the list. */
    public int size() {
        return size;
    }

    public int cap() {
        return cap;
    }

    /** Room under the cap, never negative. */
    public int room() {
        return Math.max(0, cap - size);
    }

    public Gp holder() {
        return holder;
    }

    public boolean isVacant() {
        return holder == null;
    }

    /** Whether the post is salaried (the municipality employs whoever takes it). */
    public boolean isSalariedPost() {
        return salariedPost;
    }

    /**
     * Months the list has been without a holder, counting the month it fell vacant as the first (0
     * while held): a list vacated this month has 1 after the municipalities' step.
     */
    public int monthsVacant() {
        return monthsVacant;
    }

    /**
     * Whether the post is advertised in step {@code step}: it is open (vacant, or its GP is serving
     * notice), nobody has accepted it, and at least {@code advertiseAfter} months (at least one)
     * have passed since it opened, so a post that falls vacant without notice is never advertised,
     * nor refilled, in the month it falls vacant.
     */
    public boolean isAdvertised(int step, int advertiseAfter) {
        return (holder == null || holder.isLeaving()) && incoming == null
                && step - openedStep >= Math.max(1, advertiseAfter);
    }

    /** The holder gives notice in step {@code step}: the post opens and will be advertised. */
    public void open(int step) {
        this.openedStep = step;
    }

    /** The candidate who has accepted the post and will start in it, or null. */
    public Candidate incoming() {
        return incoming;
    }

    /** The step (months since the start) in which the incoming candidate starts. */
    public int startStep() {
        return startStep;
    }

    /** A candidate accepts the post and will start in it at {@code step}. */
    public void promise(Candidate c, int step) {
        if (holder != null && !holder.isLeaving() || incoming != null) {
            throw new IllegalStateException("list " + id + " is not open");
        }
        this.incoming = c;
        this.startStep = step;
    }

    /** Whether a locum covers the list while it has no holder. */
    public boolean hasLocum() {
        return locum;
    }

    /** Consultations a year on this list at the given per-age rates. */
    public double consultationsPerYear(double[] ratePerAge) {
        double c = 0;
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            c += patients[a] * ratePerAge[a];
        }
        return c;
    }

    /** Mean of a per-age weight over the list's patients; {@code fallback} for an empty list. */
    public double meanOf(double[] perAge, double fallback) {
        if (size == 0) {
            return fallback;
        }
        double sum = 0;
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            sum += patients[a] * perAge[a];
        }
        return sum / size;
    }

    public void add(int ageGroup, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative patient count " + n);
        }
        patients[ageGroup] += n;
        size += n;
        if (holder != null) {
            municipality.changeHeld(0, n);
        }
    }

    public void remove(int ageGroup, int n) {
        if (n < 0 || n > patients[ageGroup]) {
            throw new IllegalArgumentException("cannot remove " + n + " of " + patients[ageGroup] + " patients");
        }
        patients[ageGroup] -= n;
        size -= n;
        if (holder != null) {
            municipality.changeHeld(0, -n);
        }
    }

    /**
     * Removes up to {@code count} patients in proportion to the list's age mix ({@link
     * Apportion#shares}, ties to the younger group) and writes them by age group to {@code taken}.
     */
    public void removeShare(int count, int[] taken) {
        int n = Math.min(count, size);
        Apportion.shares(patients, size, n, taken);
        // each part is at most its age group (a share of it), so no count goes negative
        for (int a = 0; a < AgeGroups.COUNT; a++) {
            patients[a] -= taken[a];
        }
        size -= n;
        if (holder != null) {
            municipality.changeHeld(0, -n);
        }
    }

    public void setCap(int cap) {
        this.cap = cap;
    }

    public void makeSalariedPost() {
        this.salariedPost = true;
    }

    /** Whether this is a combined post: a salaried short list joined with other municipal work. */
    public boolean isCombined() {
        return combined;
    }

    /** Makes the list a combined post (salaried). */
    public void makeCombinedPost() {
        this.combined = true;
        this.salariedPost = true;
    }

    /** A GP takes the list. */
    public void assign(Gp gp) {
        if (holder == null) {
            municipality.changeHeld(1, size);
        }
        this.holder = gp;
        this.monthsVacant = 0;
        this.locum = false;
        this.incoming = null;
    }

    /**
     * The holder leaves in step {@code step} (or the list is opened empty); the list becomes a
     * vacancy, covered by a locum or not. A post whose GP served notice stays open since the
     * notice; one that falls vacant without notice opens now.
     */
    public void release(boolean coveredByLocum, int step) {
        if (holder == null || !holder.isLeaving()) {
            this.openedStep = step;
        }
        if (holder != null) {
            municipality.changeHeld(-1, -size);
        }
        this.holder = null;
        this.monthsVacant = 0;
        this.locum = coveredByLocum;
    }

    /** Sets how long an initially vacant list has been vacant (initial state only); it opened that long ago. */
    void setMonthsVacant(int months) {
        this.monthsVacant = months;
        this.openedStep = 1 - months;
    }

    public void ageVacancy() {
        if (holder == null) {
            monthsVacant++;
        }
    }
}
