package no.gpsim.scenario;

import java.util.List;

/**
 * The training pipeline (docs/MODEL.md 7.6): extra study places, LIS1 posts and doctors educated
 * abroad, which reach the candidate pool after their real delays. Today's students and LIS1
 * doctors are in the baseline's pool already and arrive on today's schedule; these keys add to it.
 *
 * @param extraStudyPlaces medical study places a year in Norway beyond today's
 * @param studyYears years from admission to graduation
 * @param completionShare share of the extra students who graduate and stay in Norway
 * @param extraLis1Posts LIS1 posts a year beyond today's
 * @param lis1Months months of LIS1 before a doctor may work alone as a GP
 * @param lis1QueueAtStart graduates waiting for an LIS1 post at the start, beyond today's posts
 * @param extraEducatedAbroad doctors educated abroad (Sweden, Denmark) recruited a year beyond today's
 * @param abroadDelayMonths months from recruiting a doctor educated abroad to the doctor looking for a post
 */
public record TrainingConfig(double extraStudyPlaces, int studyYears, double completionShare, double extraLis1Posts,
                             int lis1Months, double lis1QueueAtStart, double extraEducatedAbroad, int abroadDelayMonths) {

    public static final Key<Double> STUDY_PLACES = Key.real("training.extraStudyPlaces", 0, 5_000, 0)
            .unit("students per year").doc("medical study places a year in Norway beyond today's; the graduates wait "
                    + "for an LIS1 post (there are no more of them unless extraLis1Posts rises) and reach the candidate "
                    + "pool after LIS1")
            .source("[lever] seed 002: \"Antall studieplasser for medisinerstudenter i Norge må økes\"").build();
    public static final Key<Long> STUDY_YEARS = Key.integer("training.studyYears", 1, 10, 6)
            .unit("years").doc("years from admission to graduation")
            .source("[lit] the Norwegian medical degree takes six years")
            .activeWhen("training.extraStudyPlaces is above 0", v -> v.get(STUDY_PLACES) > 0).build();
    public static final Key<Double> COMPLETION = Key.real("training.completionShare", 0, 1, 0.9)
            .unit("share of students").doc("share of the extra students who graduate and stay to work in Norway")
            .source("[calib] most medical students complete; some leave for abroad")
            .activeWhen("training.extraStudyPlaces is above 0", v -> v.get(STUDY_PLACES) > 0).build();
    public static final Key<Double> LIS1_POSTS = Key.real("training.extraLis1Posts", 0, 5_000, 0)
            .unit("posts per year").doc("LIS1 posts a year beyond today's: each takes a graduate from the queue "
                    + "(the queue at the start, then the extra study places' graduates), who joins the candidate pool "
                    + "when LIS1 ends")
            .source("[lever] seed 002: \"et tilstrekkelig antall LIS1-stillinger, og ordningen må fullfinansieres\"")
            .build();
    public static final Key<Long> LIS1_MONTHS = Key.integer("training.lis1Months", 1, 60, 18)
            .unit("months").doc("length of LIS1 (internship) before a doctor may look for a GP post")
            .source("[lit] LIS1: 12 months in hospital and 6 in a municipality").build();
    public static final Key<Double> QUEUE = Key.real("training.lis1QueueAtStart", 0, 10_000, 1_000)
            .unit("doctors").doc("graduates (from Norway and abroad) waiting for an LIS1 post at the start whom extra "
                    + "LIS1 posts can take at once")
            .source("[calib] rough: recent LIS1 rounds have had about two applicants per post "
                    + "(Helsedirektoratet); to be fitted")
            .activeWhen("training.extraLis1Posts is above 0", v -> v.get(LIS1_POSTS) > 0).build();
    public static final Key<Double> ABROAD = Key.real("training.extraEducatedAbroad", 0, 5_000, 0)
            .unit("doctors per year").doc("doctors educated abroad (Sweden, Denmark) recruited a year beyond today's; "
                    + "they join the candidate pool as doctors educated abroad after abroadDelayMonths")
            .source("[lever] seed 002: \"utnytte kapasiteten til leger som er utdannet i Sverige og Danmark\"").build();
    public static final Key<Long> ABROAD_DELAY = Key.integer("training.abroadDelayMonths", 0, 60, 12)
            .unit("months").doc("months from recruiting a doctor educated abroad to the doctor looking for a post "
                    + "(authorisation, language)")
            .source("[calib]")
            .activeWhen("training.extraEducatedAbroad is above 0", v -> v.get(ABROAD) > 0).build();

    public static final List<Key<?>> KEYS = List.of(STUDY_PLACES, STUDY_YEARS, COMPLETION, LIS1_POSTS, LIS1_MONTHS, QUEUE,
            ABROAD, ABROAD_DELAY);

    public static TrainingConfig from(ParamValues v) {
        return new TrainingConfig(v.get(STUDY_PLACES), v.getInt(STUDY_YEARS), v.get(COMPLETION), v.get(LIS1_POSTS),
                v.getInt(LIS1_MONTHS), v.get(QUEUE), v.get(ABROAD), v.getInt(ABROAD_DELAY));
    }
}
