package no.gpsim.model;

/**
 * Running totals since the start of the run. Processes add to them; observers read differences
 * between two moments, so nothing ever needs resetting.
 */
public final class Tally {

    private long recruits;
    private long entrants;
    private long exitsRetirement;
    private long exitsOther;
    private long relocations;
    private double municipalCost;
    private double stateCost;

    public long recruits() {
        return recruits;
    }

    /** Recruits new to the scheme (not relocating GPs). */
    public long entrants() {
        return entrants;
    }

    public long exitsRetirement() {
        return exitsRetirement;
    }

    public long exitsOther() {
        return exitsOther;
    }

    public long relocations() {
        return relocations;
    }

    /** Municipal net cost in NOK. */
    public double municipalCost() {
        return municipalCost;
    }

    /** State cost in NOK. */
    public double stateCost() {
        return stateCost;
    }

    public void recruit(boolean entrant) {
        recruits++;
        if (entrant) {
            entrants++;
        }
    }

    public void exit(ExitReason reason) {
        switch (reason) {
            case RETIREMENT -> exitsRetirement++;
            case OTHER -> exitsOther++;
            case RELOCATION -> relocations++;
            default -> throw new IllegalArgumentException(reason.name());
        }
    }

    public void addCosts(double municipal, double state) {
        municipalCost += municipal;
        stateCost += state;
    }
}
