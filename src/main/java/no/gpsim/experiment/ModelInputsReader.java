package no.gpsim.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gpsim.data.CsvFile;
import no.gpsim.data.DataException;
import no.gpsim.data.Imputation;
import no.gpsim.data.MunicipalityData;
import no.gpsim.data.MunicipalityReader;
import no.gpsim.model.ModelInputs;
import no.gpsim.scenario.DemographyConfig;
import no.gpsim.scenario.FundingConfig;
import no.gpsim.scenario.Key;
import no.gpsim.scenario.Location;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.RunConfig;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioException;
import no.gpsim.scenario.ScenarioLoader;

/**
 * Reads the files a scenario names (municipality data, and optionally supplements, an on-call
 * district mapping and a population projection) and checks them against each other, once for
 * all replicates.
 */
public final class ModelInputsReader {

    /** Optional input files are small tables; anything larger is a mistake. */
    private static final long MAX_FILE_BYTES = 50_000_000;

    private ModelInputsReader() {
    }

    /** Reads the inputs for a run of {@code years} years. */
    /**
     * The inputs of {@code base}'s scenario reloaded with some keys set on top of its files (a
     * calibrated parameter set; its own policies still apply after), keeping its name, data and
     * horizon: no data file is read again.
     */
    public static ModelInputs withValues(ModelInputs base, Map<Key<?>, Object> values) {
        Scenario s = base.scenario();
        Scenario loaded = new ScenarioLoader().load(s.file(), values);
        Scenario named = new Scenario(s.name(), s.description(), s.file(), s.sha256(), loaded.values(), loaded.timeline(),
                loaded.policies());
        return new ModelInputs(named, base.municipalities(), base.months(), base.nationalShare(), base.supplements(),
                base.districtOf(), base.projection());
    }

    private static final java.util.Map<String, ModelInputs> BY_FILE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The inputs of the scenario in {@code file} for {@code years} years, read once per JVM: what a
     * job run many times (a sweep's points, a comparison's replicates on Spark) starts from.
     */
    public static ModelInputs readOnce(Path file, int years) {
        String abs = file.toAbsolutePath().normalize().toString();
        return BY_FILE.computeIfAbsent(abs + "|" + years, k -> read(new ScenarioLoader().load(Path.of(abs)), years));
    }

    public static ModelInputs read(Scenario scenario, int years) {
        RunConfig run = scenario.run();
        Path dataFile = requireFile(scenario, RunConfig.MUNICIPALITIES);
        List<MunicipalityData> all = Imputation.complete(new MunicipalityReader().read(dataFile));
        List<MunicipalityData> chosen = new ArrayList<>();
        long total = 0;
        long part = 0;
        for (MunicipalityData m : all) {
            total += m.listPopulation();
            if (run.county() == null || run.county().equals(m.countyCode())) {
                chosen.add(m);
                part += m.listPopulation();
            }
        }
        if (chosen.isEmpty()) {
            Location where = ScenarioLoader.whereSet(scenario.file(), RunConfig.COUNTY);
            throw new ScenarioException(where == null ? Location.ofFile(scenario.file()) : where, "data.county: no "
                    + "municipality in " + dataFile + " has county code " + run.county());
        }
        Set<String> codes = new HashSet<>();
        for (MunicipalityData m : all) {
            codes.add(m.code());
        }
        Path supplementFile = requireFile(scenario, FundingConfig.SUPPLEMENT_FILE);
        Map<String, Double> supplements = supplementFile == null ? Map.of()
                : readNumbers(supplementFile, "nok_per_gp_per_year", codes, 0, 5_000_000);
        Path districtFile = requireFile(scenario, OnCallConfig.DISTRICT_FILE);
        Map<String, String> districts = districtFile == null ? Map.of() : readDistricts(districtFile, codes);
        Path projectionFile = requireFile(scenario, DemographyConfig.PROJECTION);
        Map<String, Map<Integer, long[]>> projection = projectionFile == null ? Map.of()
                : readProjection(projectionFile, codes);
        return new ModelInputs(scenario, chosen, years * 12, part / (double) total, supplements, districts, projection);
    }

    /**
     * The file a key names, or null when it is none. A file that is missing is reported at the
     * line of the scenario that names it, since that is where the fix usually is.
     */
    static Path requireFile(Scenario scenario, Key<String> key) {
        String value = scenario.values().get(key);
        if (value == null) {
            return null;
        }
        Path file = Path.of(value);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Location where = ScenarioLoader.whereSet(scenario.file(), key);
        String problem = Files.isDirectory(file) ? file + " is a directory, not a file"
                : Files.exists(file) ? file + " is not a regular file" : "file not found: " + file;
        if (where == null) {
            throw new ScenarioException(Location.ofFile(scenario.file()), key.path() + ": " + problem
                    + " (the default, relative to the scenario file; set " + key.path() + " to the file to use)");
        }
        throw new ScenarioException(where, key.path() + ": " + problem);
    }

    private static String code(CsvFile csv, CsvFile.Row r, Set<String> codes) {
        String code = csv.code(r);
        if (!codes.contains(code)) {
            throw new DataException(csv.file(), r.line(), "kommunenummer " + code + " is not in the municipality data");
        }
        return code;
    }

    static Map<String, Double> readNumbers(Path file, String column, Set<String> codes, double min, double max) {
        CsvFile csv = CsvFile.read(file, "file", List.of("kommunenummer", column), MAX_FILE_BYTES);
        Map<String, Double> out = new LinkedHashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            String code = code(csv, r, codes);
            double v = csv.decimal(r, column, min, max);
            if (out.put(code, v) != null) {
                throw new DataException(file, r.line(), "kommunenummer " + code + " appears twice");
            }
        }
        return out;
    }

    static Map<String, String> readDistricts(Path file, Set<String> codes) {
        CsvFile csv = CsvFile.read(file, "file", List.of("kommunenummer", "district"), MAX_FILE_BYTES);
        Map<String, String> out = new LinkedHashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            String code = code(csv, r, codes);
            String district = r.get("district");
            if (district.isBlank()) {
                throw new DataException(file, r.line(), "district is empty");
            }
            if (out.put(code, "f-" + district) != null) {
                throw new DataException(file, r.line(), "kommunenummer " + code + " appears twice");
            }
        }
        return out;
    }

    static Map<String, Map<Integer, long[]>> readProjection(Path file, Set<String> codes) {
        List<String> ages = List.of("pop_0_17", "pop_18_66", "pop_67_79", "pop_80plus");
        List<String> columns = new ArrayList<>(List.of("kommunenummer", "year"));
        columns.addAll(ages);
        CsvFile csv = CsvFile.read(file, "file", columns, MAX_FILE_BYTES);
        Map<String, Map<Integer, long[]>> out = new LinkedHashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            String code = code(csv, r, codes);
            int year = (int) csv.whole(r, "year", 2026, 2100);
            long[] pop = new long[4];
            for (int a = 0; a < 4; a++) {
                pop[a] = csv.whole(r, ages.get(a), 0, 100_000_000);
            }
            if (out.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(year, pop) != null) {
                throw new DataException(file, r.line(), "kommunenummer " + code + " and year " + year + " appear twice");
            }
        }
        return out;
    }
}
