package no.gpsim.output.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.gpsim.BadInputException;
import no.gpsim.data.CsvFile;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;

/**
 * The on-call district a {@code --district} query means: the district of the base scenario, as
 * set at the start of the run, that holds the municipality named by code or name (or, when the
 * base scenario reads its districts from a file, the district of that name). The scenario's
 * {@code onCall.district} decides it as in the model (model/Districts.java): {@code baRegion} puts
 * the municipalities of a BA region together, {@code municipality} leaves each alone, {@code file}
 * reads {@code onCall.districtFile} (a municipality it does not list is a district of its own).
 *
 * <p>The base scenario file is read again from the path in run.json; when it is gone, or its
 * SHA-256 is no longer the run's, the district is refused rather than guessed.
 */
final class OnCallDistricts {

    private static final long MAX_FILE_BYTES = 50_000_000;

    private OnCallDistricts() {
    }

    /** The district meant by {@code query}, among the run's municipalities. */
    static Place resolve(JsonNode manifest, Places places, String query) {
        JsonNode base = manifest.path("scenarios").path(0);
        Path file = Path.of(base.path("file").asText());
        String name = base.path("name").asText();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--district: the on-call districts are those of the base scenario " + file
                    + " named in run.json, which is not there any more");
        }
        Scenario scenario = new ScenarioLoader().load(file);
        if (!scenario.sha256().equals(base.path("sha256").asText())) {
            throw new BadInputException("--district: the base scenario " + file + " has changed since the run (its "
                    + "SHA-256 differs from run.json's), so its on-call districts may not be the run's");
        }
        String mode = scenario.values().get(OnCallConfig.DISTRICT);
        String later = laterChange(scenario);
        Places.Entry m;
        switch (mode) {
            case "municipality" -> {
                m = places.municipality(query, "--district");
                return new Place(Place.Kind.DISTRICT, m.code(), "On-call district of " + m.name() + " (" + m.code() + ")",
                        "district-" + m.code() + "-" + Places.slug(m.name()), List.of(m), m.centrality(),
                        "In " + name + " (onCall.district: municipality) every municipality is an on-call district of "
                                + "its own, so this district is " + m.label() + " alone." + later);
            }
            case "file" -> {
                return fromFile(scenario, name, places, query, later);
            }
            default -> {
                m = places.municipality(query, "--district");
                if (m.baRegionCode() == null) {
                    throw new BadInputException("--district: the on-call districts of " + name + " are its BA regions, "
                            + "which come from the run's data file, and that is not at hand");
                }
                List<Places.Entry> members = new ArrayList<>();
                for (Places.Entry e : places.entries()) {
                    if (m.baRegionCode().equals(e.baRegionCode())) {
                        members.add(e);
                    }
                }
                return new Place(Place.Kind.DISTRICT, m.code(), "On-call district " + m.baRegionName() + " (BA region "
                        + m.baRegionCode() + ")", "district-ba-" + m.baRegionCode() + "-" + Places.slug(m.baRegionName()),
                        members, Place.largest(members).centrality(),
                        "In " + name + " (onCall.district: baRegion) the municipalities of a housing and labour-market "
                                + "region share an on-call rota; this is the district of " + m.label() + ": BA region "
                                + m.baRegionCode() + " " + m.baRegionName() + "." + later);
            }
        }
    }

    private static Place fromFile(Scenario scenario, String name, Places places, String query, String later) {
        Path file = Path.of(scenario.values().get(OnCallConfig.DISTRICT_FILE));
        CsvFile csv = CsvFile.read(file, "on-call district file", List.of("kommunenummer", "district"), MAX_FILE_BYTES);
        Map<String, String> districtOf = new LinkedHashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            districtOf.put(csv.code(r), r.get("district"));
        }
        String district;
        Places.Entry named = null;
        try {
            named = places.municipality(query, "--district");
            district = districtOf.get(named.code());
        } catch (BadInputException notAMunicipality) {
            List<String> names = Places.match(query, new LinkedHashSet<>(districtOf.values()));
            if (names.size() != 1) {
                throw notAMunicipality;
            }
            district = names.get(0);
        }
        if (district == null) {
            return new Place(Place.Kind.DISTRICT, named.code(), "On-call district of " + named.name() + " (" + named.code() + ")",
                    "district-" + named.code() + "-" + Places.slug(named.name()), List.of(named), named.centrality(),
                    named.label() + " is not in " + name + "'s district file " + file.getFileName() + ", so it is an "
                            + "on-call district of its own." + later);
        }
        List<Places.Entry> members = new ArrayList<>();
        for (Places.Entry e : places.entries()) {
            if (district.equals(districtOf.get(e.code()))) {
                members.add(e);
            }
        }
        return new Place(Place.Kind.DISTRICT, named == null ? district : named.code(), "On-call district " + district,
                "district-" + Places.slug(district), members,
                Place.largest(members).centrality(), "In " + name + " (onCall.district: file) the on-call districts are "
                        + "read from " + file.getFileName() + "; this is its district '" + district + "'"
                        + (named == null ? "" : ", which holds " + named.label()) + "." + later);
    }

    /** A note when a policy of the base scenario changes the district setting later in the run. */
    private static String laterChange(Scenario scenario) {
        for (Scenario.Policy p : scenario.policies()) {
            if (p.changes().containsKey(OnCallConfig.DISTRICT)) {
                return " The scenario changes onCall.district from " + p.from() + "; the district here is the one at "
                        + "the start.";
            }
        }
        return "";
    }
}
