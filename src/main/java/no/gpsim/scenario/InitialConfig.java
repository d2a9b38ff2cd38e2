package no.gpsim.scenario;

import java.util.List;

/**
 * How the initial state is drawn from the data (docs/MODEL.md 5). These keys set up the run and
 * cannot be changed by a policy.
 *
 * @param ageMin youngest GP age
 * @param ageMax oldest GP age
 * @param ageBetaA first shape of the Beta distribution of GP ages on [ageMin, ageMax]
 * @param ageBetaB second shape of that distribution
 * @param specialistShare share of GPs who are specialists in general practice
 * @param alisShareOfNonSpecialists share of non-specialists in an ALIS post
 * @param salariedShareByCentrality probability a held list is salaried, by centrality class
 * @param medianTenureSmallYears median years in post in municipalities under 2,000 inhabitants
 * @param medianTenureLargeYears median years in post in municipalities of 50,000 or more
 * @param listSizeVariation spread (log scale) of list lengths within a municipality
 * @param vacantOver12mShare share of the initially vacant lists that have been vacant for 12 months or more
 * @param searchingCandidates candidates already looking for a post at the start, whole country
 */
public record InitialConfig(double ageMin, double ageMax, double ageBetaA, double ageBetaB, double specialistShare,
                            double alisShareOfNonSpecialists, double[] salariedShareByCentrality,
                            double medianTenureSmallYears, double medianTenureLargeYears, double listSizeVariation,
                            double vacantOver12mShare, double searchingCandidates) {

    public static final Key<Double> AGE_MIN = Key.real("initial.gpAge.min", 20, 60, 27)
            .unit("years").doc("youngest GP age in the initial population").fixed().build();
    public static final Key<Double> AGE_MAX = Key.real("initial.gpAge.max", 50, 90, 76)
            .unit("years").doc("oldest GP age in the initial population").fixed().build();
    public static final Key<Double> AGE_A = Key.real("initial.gpAge.betaA", 0.1, 20, 1.4)
            .unit("shape").doc("Beta shape a of initial GP ages on [min, max]")
            .source("[lit] fitted: mean 47, 19 % aged 60+, 6.8 % aged 67+ (Helsedirektoratet)").fixed().build();
    public static final Key<Double> AGE_B = Key.real("initial.gpAge.betaB", 0.1, 20, 1.85)
            .unit("shape").doc("Beta shape b of initial GP ages").fixed().build();
    public static final Key<Double> SPECIALISTS = Key.real("initial.specialistShare", 0, 1, 0.63)
            .unit("share of GPs").doc("specialists in general practice").source("[data] national 2019-2023: 62-64 %")
            .fixed().build();
    public static final Key<Double> ALIS_SHARE = Key.real("initial.alisShareOfNonSpecialists", 0, 1, 0.55)
            .unit("share of non-specialists").doc("non-specialists who start the run in an ALIS post")
            .source("[lit] 1,338 ALIS funded in 2022").fixed().build();
    public static final Key<List<Double>> SALARIED = Key.reals("initial.salariedShareByCentrality", 6, 0, 1,
                    "centrality classes 1-6", 0.10, 0.12, 0.17, 0.26, 0.42, 0.58)
            .unit("probability").doc("probability a held list is salaried at the start, by centrality class")
            .source("[data] 21 % of held lists nationally (2023); more in rural municipalities [lit]").fixed().build();
    public static final Key<Double> TENURE_SMALL = Key.real("initial.medianTenureSmallYears", 0.1, 40, 2.75)
            .unit("years").doc("median years in post at the start, municipalities under 2,000 inhabitants")
            .source("[lit] Abelsen et al., contract durations 2001-2014").fixed().build();
    public static final Key<Double> TENURE_LARGE = Key.real("initial.medianTenureLargeYears", 0.1, 40, 8.4)
            .unit("years").doc("median years in post at the start, municipalities of 50,000 or more")
            .source("[lit] Abelsen et al.").fixed().build();
    public static final Key<Double> LIST_VARIATION = Key.real("initial.listSizeVariation", 0, 1, 0.15)
            .unit("log-scale spread").doc("spread of list lengths within a municipality around its data mean")
            .source("[calib]").fixed().build();

    public static final Key<Double> VACANT_OVER_12 = Key.real("initial.vacantOver12mShare", 0, 0.99, 0.41)
            .unit("share of vacant lists").doc("share of the initially vacant lists that have been vacant for 12 months "
                    + "or more; the months vacant are drawn from the geometric distribution with this tail")
            .source("[data] Helsedirektoratet: 113 of 277 vacant lists in May 2024 (30-45 % 2019-2024)").fixed().build();

    public static final Key<Double> SEARCHING = Key.real("initial.searchingCandidates", 0, 10_000, 240)
            .unit("candidates, whole country").doc("doctors already looking for a GP post at the start (a run of part "
                    + "of the country gets its population share), spread evenly over the months of search; without "
                    + "them the first months would have almost no recruits and the vacancies would jump")
            .source("[calib] the pool the baseline settles at: 230-250 candidates at the end of a month, 2028-2035")
            .fixed().build();

    public static final List<Key<?>> KEYS = List.of(AGE_MIN, AGE_MAX, AGE_A, AGE_B, SPECIALISTS, ALIS_SHARE, SALARIED,
            TENURE_SMALL, TENURE_LARGE, LIST_VARIATION, VACANT_OVER_12, SEARCHING);

    public static InitialConfig from(ParamValues v) {
        return new InitialConfig(v.get(AGE_MIN), v.get(AGE_MAX), v.get(AGE_A), v.get(AGE_B), v.get(SPECIALISTS),
                v.get(ALIS_SHARE), Arrays2.of(v.get(SALARIED)), v.get(TENURE_SMALL), v.get(TENURE_LARGE),
                v.get(LIST_VARIATION), v.get(VACANT_OVER_12), v.get(SEARCHING));
    }

    public InitialConfig {
        salariedShareByCentrality = salariedShareByCentrality.clone();
    }

    @Override
    public double[] salariedShareByCentrality() {
        return salariedShareByCentrality.clone();
    }

    public double salariedShare(int centrality) {
        return salariedShareByCentrality[centrality - 1];
    }
}
