package no.gpsim.output.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalityReader;
import no.gpsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --district under each onCall.district setting of the base scenario, and a base scenario that is gone or changed. */
class OnCallDistrictsTest {

    @TempDir
    static Path tmp;
    static Places places;

    @BeforeAll
    static void read() {
        List<Places.Entry> entries = new ArrayList<>();
        for (MunicipalityReader.Row r : new MunicipalityReader().read(Path.of("scenarios/data/municipalities.csv"))) {
            if (r.countyCode().equals("55")) {
                entries.add(new Places.Entry(r.code(), r.name(), r.county(), r.centrality(), r.baRegionCode(),
                        r.baRegionName(), r.population()));
            }
        }
        places = new Places(entries);
    }

    /** A run.json naming {@code scenario} as the base, with its hash as the run saw it. */
    static JsonNode manifest(Path scenario, String sha) throws IOException {
        return new ObjectMapper().readTree("{\"scenarios\":[{\"name\":\"test\",\"file\":"
                + new ObjectMapper().writeValueAsString(scenario.toString()) + ",\"sha256\":\"" + sha + "\"}]}");
    }

    static Path scenario(String name, String text) throws IOException {
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, "extends: '" + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "'\n" + text);
        return file;
    }

    static Place resolve(Path scenario, String query) throws IOException {
        return OnCallDistricts.resolve(manifest(scenario, new ScenarioLoader().load(scenario).sha256()), places, query);
    }

    static List<String> codes(Place p) {
        return p.members().stream().map(Places.Entry::code).toList();
    }

    @Test
    void baRegionDistrictsAreTheMunicipalitysRegion() throws IOException {
        Place p = resolve(scenario("ba", ""), "Balsfjord");
        assertEquals(List.of("5501", "5532", "5534", "5536"), codes(p));
        assertEquals("On-call district Tromsø (BA region 132)", p.title());
        assertEquals("district-ba-132-tromso", p.fileStem());
        assertEquals(3, p.centrality(), "Tromsø's class, the most populous member");
        assertTrue(p.definition().contains("this is the district of 5532 Balsfjord"), p.definition());
    }

    @Test
    void withMunicipalityDistrictsEachIsAlone() throws IOException {
        Place p = resolve(scenario("alone", "onCall:\n  district: municipality\n"), "5534");
        assertEquals(List.of("5534"), codes(p));
        assertTrue(p.definition().contains("every municipality is an on-call district of its own"), p.definition());
    }

    @Test
    void aDistrictFileGroupsByItsNames() throws IOException {
        Files.writeString(tmp.resolve("districts.csv"), "kommunenummer,district\n5501,Nord-Troms og Tromsø\n"
                + "5542,Nord-Troms og Tromsø\n5544,Nord-Troms og Tromsø\n5530,Midt\n");
        Path s = scenario("file", "onCall:\n  district: file\n  districtFile: districts.csv\npolicies:\n  - from: 2030-01\n"
                + "    onCall.district: baRegion\n");
        Place byMunicipality = resolve(s, "Skjervøy");
        assertEquals(List.of("5501", "5542", "5544"), codes(byMunicipality));
        assertEquals("On-call district Nord-Troms og Tromsø", byMunicipality.title());
        assertTrue(byMunicipality.definition().contains("changes onCall.district from 2030-01"),
                byMunicipality.definition());
        assertEquals(codes(byMunicipality), codes(resolve(s, "nord-troms og tromsø")), "by the district's name");
        Place alone = resolve(s, "Bardu");
        assertEquals(List.of("5520"), codes(alone));
        assertTrue(alone.definition().contains("is not in test's district file districts.csv"), alone.definition());
    }

    @Test
    void aBaseScenarioThatIsGoneOrChangedIsRefused() throws IOException {
        Path s = scenario("changed", "");
        JsonNode old = manifest(s, "0".repeat(64));
        BadInputException e = assertThrows(BadInputException.class, () -> OnCallDistricts.resolve(old, places, "5501"));
        assertTrue(e.getMessage().contains("has changed since the run"), e.getMessage());
        JsonNode gone = manifest(tmp.resolve("gone.yaml"), "0".repeat(64));
        e = assertThrows(BadInputException.class, () -> OnCallDistricts.resolve(gone, places, "5501"));
        assertTrue(e.getMessage().contains("which is not there any more"), e.getMessage());
    }
}
