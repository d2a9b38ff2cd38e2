package no.gpsim.output.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.gpsim.BadInputException;
import no.gpsim.data.MunicipalityReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding municipalities and BA regions by code or name, on the project's 357 municipalities. */
class PlacesTest {

    static Places places;

    @BeforeAll
    static void read() {
        List<Places.Entry> entries = new ArrayList<>();
        for (MunicipalityReader.Row r : new MunicipalityReader().read(Path.of("scenarios/data/municipalities.csv"))) {
            entries.add(new Places.Entry(r.code(), r.name(), r.county(), r.centrality(), r.baRegionCode(),
                    r.baRegionName(), r.population()));
        }
        places = new Places(entries);
    }

    static String code(String query) {
        return places.municipality(query, "--municipality").code();
    }

    static String error(String query) {
        BadInputException e = assertThrows(BadInputException.class, () -> places.municipality(query, "--municipality"));
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertTrue(e.getMessage().startsWith("--municipality: "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void findsByCodeWithOrWithoutTheLeadingZero() {
        assertEquals("1856", code("1856"));
        assertEquals("0301", code("0301"));
        assertEquals("0301", code("301"));
        assertEquals("5612", code(" 5612 "));
    }

    @Test
    void findsByNameCaseInsensitivelyAndByAnyOfItsForms() {
        assertEquals("1856", code("Røst"));
        assertEquals("1856", code("RØST"));
        assertEquals("0301", code("Oslo"), "'Oslo' for 'Oslo - Oslove'");
        assertEquals("0301", code("oslo - oslove"));
        assertEquals("0301", code("Oslove"));
        assertEquals("5612", code("Kautokeino"), "the Norwegian form of 'Guovdageaidnu - Kautokeino'");
        assertEquals("5612", code("guovdageaidnu"));
        assertEquals("1818", code("Herøy (Nordland)"));
        assertEquals("5540", code("Kåfjord"), "the middle one of three forms");
    }

    @Test
    void findsANameTypedWithoutNorwegianLetters() {
        assertEquals("5501", code("Tromso"));
        assertEquals("1856", code("Rost"));
        assertEquals("3201", code("Baerum"));
    }

    @Test
    void anAmbiguousNameListsEveryMatch() {
        String m = error("Herøy");
        assertTrue(m.contains("'Herøy' matches 2 municipalities (1515 Herøy (Møre og Romsdal), 1818 Herøy (Nordland))"), m);
        assertTrue(m.contains("give its kommunenummer"), m);
        assertTrue(error("Våler").contains("3114 Våler (Østfold), 3419 Våler (Innlandet)"));
    }

    @Test
    void anUnknownNameListsCloseMatches() {
        String m = error("Rørst");
        assertTrue(m.contains("no municipality 'Rørst' in this run; close matches: "), m);
        assertTrue(m.contains("1856 Røst"), m);
        assertTrue(error("Osl").contains("0301 Oslo - Oslove"), "a beginning is a close match");
        String none = error("Atlantis");
        assertTrue(none.endsWith("give its kommunenummer or its name as in municipalities_summary.csv"), none);
    }

    @Test
    void anUnknownCodeSaysWhichCodesTheRunHas() {
        assertTrue(error("9999").contains("no municipality with kommunenummer 9999 in this run (357 municipalities, 0301 "
                + "to 5636)"), error("9999"));
        assertTrue(error(" ").contains("empty"));
    }

    @Test
    void findsBaRegionsByCodeOrName() {
        List<Places.Entry> bodo = places.region("106", "--region");
        assertEquals("Bodø", bodo.get(0).baRegionName());
        assertEquals(bodo, places.region("Bodø", "--region"));
        assertEquals(bodo, places.region("bodo", "--region"));
        assertEquals(20, places.region("Oslo/Bærum", "--region").size());
        assertEquals("0301", places.region("oslo/bærum", "--region").get(0).code(), "members in data order");
        BadInputException e = assertThrows(BadInputException.class, () -> places.region("Bodøø", "--region"));
        assertTrue(e.getMessage().startsWith("--region: no BA region 'Bodøø' in this run; close matches: 106 Bodø"),
                e.getMessage());
        e = assertThrows(BadInputException.class, () -> places.region("999", "--region"));
        assertEquals("--region: no BA region with code 999 in this run", e.getMessage());
    }

    @Test
    void regionsNeedTheDataFile() {
        Places without = new Places(List.of(new Places.Entry("1856", "Røst", "Nordland", 6, null, null, 0)));
        BadInputException e = assertThrows(BadInputException.class, () -> without.region("Røst", "--region"));
        assertTrue(e.getMessage().contains("the BA regions come from the run's data file"), e.getMessage());
    }

    @Test
    void slugsAreLowerCaseAsciiWithHyphens() {
        assertEquals("rost", Places.slug("Røst"));
        assertEquals("oslo-oslove", Places.slug("Oslo - Oslove"));
        assertEquals("gaivuotna-kafjord-kaivuono", Places.slug("Gáivuotna - Kåfjord - Kaivuono"));
        assertEquals("heroy-more-og-romsdal", Places.slug("Herøy (Møre og Romsdal)"));
        assertEquals("oslo-baerum", Places.slug("Oslo/Bærum"));
        assertEquals("place", Places.slug("---"));
    }
}
