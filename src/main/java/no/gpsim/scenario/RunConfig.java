package no.gpsim.scenario;

import java.time.YearMonth;
import java.util.List;

/**
 * How a scenario is run: seed, horizon, replicates and input files. Command-line options override
 * these (defaults &lt; file &lt; command line).
 *
 * @param seed seed of replicate 0; replicate r uses seed + r
 * @param years simulated years
 * @param replicates replicates when the command line does not say
 * @param municipalitiesFile the municipality data file, relative to the scenario file that sets it
 * @param county two-digit county code to simulate only that county, or null for the whole country
 * @param start the first simulated month (the data file describes the last day before it)
 */
public record RunConfig(long seed, int years, int replicates, String municipalitiesFile, String county, String start) {

    public static final Key<Long> SEED = Key.integer("seed", 0, 9_007_199_254_740_991L, 20_260_101)
            .doc("seed of replicate 0; replicate r uses seed + r, so every scenario meets the same random draws "
                    + "(common random numbers)").fixed().build();
    public static final Key<Long> YEARS = Key.integer("years", 1, 50, 10)
            .unit("years").doc("simulated years from the start month (the key start)").fixed().build();
    public static final Key<String> START = Key.choice("start", "2026-01", "2026-01", "2020-01")
            .doc("the first simulated month; the municipality data (data.municipalities) must describe the day "
                    + "before it: 2026-01 for today's data (31 December 2025), 2020-01 for the history run from "
                    + "31 December 2019 (scenarios/history-2019.yaml with data/municipalities_2019.csv)")
            .source("[data] the two dates for which gpsim carries a start state").fixed().build();
    public static final Key<Long> REPLICATES = Key.integer("replicates", 1, 10_000, 1)
            .unit("runs").doc("replicates when the command line gives no --replicates").fixed().build();
    public static final Key<String> MUNICIPALITIES = Key.requiredFile("data.municipalities", "data/municipalities.csv")
            .unit("CSV path, relative to the scenario file that sets it")
            .doc("municipality data: population by age, centrality, BA-region and the 2025 GP list figures").fixed().build();

    public static final Key<String> COUNTY = Key.code("data.county", null)
            .unit("two-digit county code")
            .doc("simulate only the municipalities of this county (e.g. '55' for Troms), for quick runs; national "
                    + "quantities (candidates per year, ALIS posts) are scaled by its share of the population; "
                    + "none for the whole country").fixed().build();

    public static final List<Key<?>> KEYS = List.of(SEED, START, YEARS, REPLICATES, MUNICIPALITIES, COUNTY);

    public static RunConfig from(ParamValues v) {
        return new RunConfig(v.get(SEED), v.getInt(YEARS), v.getInt(REPLICATES), v.get(MUNICIPALITIES), v.get(COUNTY),
                v.get(START));
    }

    /** The first simulated month. */
    public YearMonth startMonth() {
        return YearMonth.parse(start);
    }
}
