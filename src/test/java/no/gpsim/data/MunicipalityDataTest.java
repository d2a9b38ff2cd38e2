package no.gpsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalityDataTest {

    static final Path DATA = Path.of("scenarios/data/municipalities.csv");

    @TempDir
    Path dir;

    @Test
    void readsAll357MunicipalitiesAndTheDataTotals() {
        List<MunicipalityReader.Row> rows = new MunicipalityReader().read(DATA);
        assertEquals(357, rows.size());
        long held = 0;
        long vacant = 0;
        long withGp = 0;
        long withoutGp = 0;
        int missing = 0;
        for (MunicipalityReader.Row r : rows) {
            if (r.gp() == null) {
                missing++;
                continue;
            }
            held += r.gp().listsWithGp();
            vacant += r.gp().listsWithoutGp();
            withGp += r.gp().patientsWithGp();
            withoutGp += r.gp().patientsWithoutGp();
        }
        assertEquals(6, missing);
        assertEquals(5747, held);
        assertEquals(197, vacant);
        assertEquals(5_504_387, withGp);
        assertEquals(117_899, withoutGp);
    }

    @Test
    void imputesTheSixMunicipalitiesWithoutGpDataFromTheirClass() {
        List<MunicipalityData> all = Imputation.complete(new MunicipalityReader().read(DATA));
        List<String> imputed = all.stream().filter(MunicipalityData::imputed).map(MunicipalityData::code).toList();
        assertEquals(List.of("1853", "3336", "4220", "5514", "5518", "5528"), imputed);
        for (MunicipalityData m : all) {
            if (m.imputed()) {
                assertEquals(m.residents(), m.listPopulation(), "imputed lists hold the residents");
                assertTrue(m.listsWithGp() >= 1 && m.capacity() > 0, m.code());
            }
        }
    }

    @Test
    void reportsBadRowsWithTheirLine() throws Exception {
        List<String> lines = Files.readAllLines(DATA);
        List<String> broken = new java.util.ArrayList<>(lines);
        broken.set(5, broken.get(5).replaceFirst(",yes,\\d+,", ",yes,-3,"));
        Files.write(dir.resolve("negative.csv"), broken);
        DataException e = assertThrows(DataException.class, () -> new MunicipalityReader().read(dir.resolve("negative.csv")));
        assertTrue(e.getMessage().contains("negative.csv:6: lists_with_gp -3 is out of range"), e.getMessage());

        broken = new java.util.ArrayList<>(lines);
        broken.add(broken.get(1));
        Files.write(dir.resolve("dup.csv"), broken);
        e = assertThrows(DataException.class, () -> new MunicipalityReader().read(dir.resolve("dup.csv")));
        assertTrue(e.getMessage().contains("dup.csv:359: kommunenummer 0301 appears twice"), e.getMessage());

        Files.writeString(dir.resolve("cols.csv"), "kommunenummer,name\n0301,Oslo\n");
        e = assertThrows(DataException.class, () -> new MunicipalityReader().read(dir.resolve("cols.csv")));
        assertTrue(e.getMessage().contains("cols.csv:1: missing column 'county_code'"), e.getMessage());
    }
}
