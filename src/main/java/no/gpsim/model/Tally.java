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
    private long offers;
    private long accepted;
    private long fillMonths;
    private double municipalCost;
    private double stateCost;
    private double transfers;

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

    /** Posts offered to candidates (each month a candidate is offered the best post it looked at). */
    public long offers() {
        return offers;
    }

    /** Offers accepted. */
    public long accepted() {
        return accepted;
    }

    /** Months from vacancy to the new GP's start, summed over the posts filled (recruits). */
    public long fillMonths() {
        return fillMonths;
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

    /** A candidate was offered a post and accepted it or not. */
    public void offer(boolean accept) {
        offers++;
        if (accept) {
            accepted++;
        }
    }

    /** A post was filled after being vacant this many months. */
    public void filled(int monthsVacant) {
        fillMonths += monthsVacant;
    }

    public void exit(ExitReason reason) {
        switch (reason) {
            case RETIREMENT -> exitsRetirement++;
            case OTHER -> exitsOther++;
            case RELOCATION -> relocations++;
            default -> throw new IllegalArgumentException(reason.name());
        }
    }

    /** State transfers to municipalities for the GP service, NOK (also in the state's cost). */
    public double transfers() {
        return transfers;
    }

    /** A transfer from the state to a municipality: the state's cost, the municipality's income. */
    public void addTransfer(double amount) {
        transfers += amount;
        stateCost += amount;
        municipalCost -= amount;
    }

    public void addCosts(double municipal, double state) {
        municipalCost += municipal;
        stateCost += state;
    }
}
