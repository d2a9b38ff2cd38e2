package no.gpsim.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.gpsim.data.DataException;
import no.gpsim.data.Imputation;
import no.gpsim.data.MunicipalityData;
import no.gpsim.data.MunicipalityReader;
import no.gpsim.model.ModelInputs;
import no.gpsim.scenario.DemographyConfig;
import no.gpsim.scenario.FundingConfig;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.RunConfig;
import no.gpsim.scenario.Scenario;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the files a scenario names (municipality data, and optionally supplements, an on-call
 * district mapping and a population projection) and checks them against each other, once for
 * all replicates.
 */
public final class ModelInputsReader {

    private ModelInputsReader() {
    }

    /** Reads the inputs for a run of {@code years} years. */
    public static ModelInputs read(Scenario scenario, int years) {
        RunConfig run = scenario.run();
        Path dataFile = scenario.municipalitiesFile();
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
            throw new DataException(dataFile, 0, "no municipality has county code " + run.county()
                    + " (data.county in " + scenario.file() + ")");
        }
        Set<String> codes = new HashSet<>();
        for (MunicipalityData m : all) {
            codes.add(m.code());
        }
        String supplementFile = scenario.values().get(FundingConfig.SUPPLEMENT_FILE);
        Map<String, Double> supplements = supplementFile == null ? Map.of()
                : readNumbers(Path.of(supplementFile), "nok_per_gp_per_year", codes, 0, 5_000_000);
        String districtFile = scenario.values().get(OnCallConfig.DISTRICT_FILE);
        Map<String, String> districts = districtFile == null ? Map.of() : readDistricts(Path.of(districtFile), codes);
        String projectionFile = scenario.values().get(DemographyConfig.PROJECTION);
        Map<String, Map<Integer, long[]>> projection = projectionFile == null ? Map.of()
                : readProjection(Path.of(projectionFile), codes);
        return new ModelInputs(scenario, chosen, years * 12, part / (double) total, supplements, districts, projection);
    }

    private static CSVParser open(Path file, List<String> columns) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).build())
                .get();
        for (String c : columns) {
            if (!parser.getHeaderNames().contains(c)) {
                parser.close();
                throw new DataException(file, 1, "missing column '" + c + "'; the file needs " + String.join(",", columns));
            }
        }
        return parser;
    }

    private static String code(Path file, long line, CSVRecord r, Set<String> codes) {
        String code = r.get("kommunenummer");
        if (!code.matches("\\d{4}")) {
            throw new DataException(file, line, "kommunenummer '" + code + "' is not four digits");
        }
        if (!codes.contains(code)) {
            throw new DataException(file, line, "kommunenummer " + code + " is not in the municipality data");
        }
        return code;
    }

    static Map<String, Double> readNumbers(Path file, String column, Set<String> codes, double min, double max) {
        try (CSVParser parser = open(file, List.of("kommunenummer", column))) {
            Map<String, Double> out = new LinkedHashMap<>();
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                String code = code(file, line, r, codes);
                double v;
                try {
                    v = Double.parseDouble(r.get(column));
                } catch (NumberFormatException e) {
                    throw new DataException(file, line, column + " '" + r.get(column) + "' is not a number");
                }
                if (!(v >= min && v <= max)) {
                    throw new DataException(file, line, column + " " + v + " is out of range " + min + " to " + max);
                }
                if (out.put(code, v) != null) {
                    throw new DataException(file, line, "kommunenummer " + code + " appears twice");
                }
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new DataException(file, 0, "file not found");
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new DataException(file, 0, "not a readable CSV file: " + e.getMessage());
        }
    }

    static Map<String, String> readDistricts(Path file, Set<String> codes) {
        try (CSVParser parser = open(file, List.of("kommunenummer", "district"))) {
            Map<String, String> out = new LinkedHashMap<>();
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                String code = code(file, line, r, codes);
                String district = r.get("district");
                if (district.isBlank()) {
                    throw new DataException(file, line, "district is empty");
                }
                if (out.put(code, "f-" + district) != null) {
                    throw new DataException(file, line, "kommunenummer " + code + " appears twice");
                }
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new DataException(file, 0, "file not found");
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new DataException(file, 0, "not a readable CSV file: " + e.getMessage());
        }
    }

    static Map<String, Map<Integer, long[]>> readProjection(Path file, Set<String> codes) {
        List<String> ages = List.of("pop_0_17", "pop_18_66", "pop_67_79", "pop_80plus");
        List<String> columns = new ArrayList<>(List.of("kommunenummer", "year"));
        columns.addAll(ages);
        try (CSVParser parser = open(file, columns)) {
            Map<String, Map<Integer, long[]>> out = new LinkedHashMap<>();
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                String code = code(file, line, r, codes);
                int year;
                try {
                    year = Integer.parseInt(r.get("year"));
                } catch (NumberFormatException e) {
                    throw new DataException(file, line, "year '" + r.get("year") + "' is not a whole number");
                }
                if (year < 2026 || year > 2100) {
                    throw new DataException(file, line, "year " + year + " is out of range 2026 to 2100");
                }
                long[] pop = new long[4];
                for (int a = 0; a < 4; a++) {
                    try {
                        pop[a] = Long.parseLong(r.get(ages.get(a)));
                    } catch (NumberFormatException e) {
                        throw new DataException(file, line, ages.get(a) + " '" + r.get(ages.get(a)) + "' is not a whole number");
                    }
                    if (pop[a] < 0) {
                        throw new DataException(file, line, ages.get(a) + " " + pop[a] + " is negative");
                    }
                }
                if (out.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(year, pop) != null) {
                    throw new DataException(file, line, "kommunenummer " + code + " and year " + year + " appear twice");
                }
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new DataException(file, 0, "file not found");
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new DataException(file, 0, "not a readable CSV file: " + e.getMessage());
        }
    }
}
