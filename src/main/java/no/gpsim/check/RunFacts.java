package no.gpsim.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import no.gpsim.output.RunManifest;
import no.gpsim.scenario.DemographyConfig;
import no.gpsim.scenario.FundingConfig;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.Scenario;

/**
 * What a check ran: the scenario, the hashes of its files, the gpsim version and the run settings.
 * Paths are relative to the expected file's directory, with '/' separators, so that the committed
 * file is the same on every machine.
 */
public record RunFacts(String scenario, String scenarioFile, String scenarioSha256, Map<String, String> dataSha256,
                       String gpsimVersion, long seed, int replicates, int years, String outputsSha256) {

    /** The facts of a run of {@code scenario} whose expected file lives in {@code expectedDir}. */
    public static RunFacts of(Scenario scenario, Path expectedDir, long seed, int replicates, int years, String outputsSha256) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(relative(expectedDir, scenario.municipalitiesFile()), RunManifest.sha256(scenario.municipalitiesFile()));
        for (String file : new String[] {scenario.values().get(FundingConfig.SUPPLEMENT_FILE),
            scenario.values().get(OnCallConfig.DISTRICT_FILE), scenario.values().get(DemographyConfig.PROJECTION)}) {
            if (file != null) {
                data.put(relative(expectedDir, Path.of(file)), RunManifest.sha256(Path.of(file)));
            }
        }
        return new RunFacts(scenario.name(), relative(expectedDir, scenario.file()), scenario.sha256(), data,
                RunManifest.version(), seed, replicates, years, outputsSha256);
    }

    static String relative(Path dir, Path file) {
        Path a = dir.toAbsolutePath().normalize();
        Path b = file.toAbsolutePath().normalize();
        Path rel = a.getRoot() != null && a.getRoot().equals(b.getRoot()) ? a.relativize(b) : b;
        return rel.toString().replace('\\', '/');
    }
}
