package no.gpsim.model;

import no.gpsim.scenario.TrainingConfig;

/**
 * The extra doctors on their way to the candidate pool (docs/MODEL.md 7.6): students admitted to
 * extra study places, graduates waiting for an LIS1 post, doctors in extra LIS1 posts, and doctors
 * recruited from abroad, each arriving after its delay. Counts are expected numbers (fractions of
 * doctors) for the whole country; the labour market turns them into candidates.
 */
public final class TrainingPipeline {

    private final double[] graduates;
    private final double[] lis1Done;
    private final double[] abroadArrivals;
    private double queue;
    private boolean queueSeeded;
    private double newlyQualified;
    private double educatedAbroad;

    /** A pipeline for a run of {@code months} months; later arrivals fall outside the run. */
    public TrainingPipeline(int months) {
        graduates = new double[months + 1];
        lis1Done = new double[months + 1];
        abroadArrivals = new double[months + 1];
    }

    /**
     * Moves the pipeline on one month under the levers in force: this month's admissions,
     * graduations, LIS1 starts and ends, and arrivals from abroad.
     *
     * @param step the month (0 = the first simulated month)
     */
    public void advance(TrainingConfig t, int step) {
        schedule(graduates, step + 12 * t.studyYears(), t.extraStudyPlaces() * t.completionShare() / 12);
        schedule(abroadArrivals, step + t.abroadDelayMonths(), t.extraEducatedAbroad() / 12);
        if (step < graduates.length) {
            queue += graduates[step];
        }
        if (t.extraLis1Posts() > 0) {
            if (!queueSeeded) {
                queue += t.lis1QueueAtStart();
                queueSeeded = true;
            }
            double starts = Math.min(queue, t.extraLis1Posts() / 12);
            queue -= starts;
            schedule(lis1Done, step + t.lis1Months(), starts);
        }
        newlyQualified = step < lis1Done.length ? lis1Done[step] : 0;
        educatedAbroad = step < abroadArrivals.length ? abroadArrivals[step] : 0;
    }

    private static void schedule(double[] at, int step, double n) {
        if (n > 0 && step < at.length) {
            at[step] += n;
        }
    }

    /** Extra newly qualified doctors (after LIS1) who join the candidate pool this month. */
    public double newlyQualified() {
        return newlyQualified;
    }

    /** Extra doctors educated abroad who join the candidate pool this month. */
    public double educatedAbroad() {
        return educatedAbroad;
    }

    /** Graduates waiting for an LIS1 post. */
    public double queue() {
        return queue;
    }
}
