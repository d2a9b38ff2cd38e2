package no.gpsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outputs hash sees every printed value but not the scenario's name or the seeds. */
class OutputHashTest {

    @TempDir
    Path dir;

    Path outputs(String name, String seed, String value) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name + seed + value));
        for (String f : OutputHash.FILES) {
            Files.writeString(d.resolve(f), "scenario,replicate,seed,step,gps\n" + name + ",0," + seed + ",1," + value + "\n");
        }
        return d;
    }

    @Test
    void everyValueButNotTheNameOrSeed() throws Exception {
        String a = OutputHash.of(outputs("baseline", "20260101", "5760"));
        assertEquals(a, OutputHash.of(outputs("copy", "20260101", "5760")));
        assertEquals(a, OutputHash.of(outputs("baseline", "7", "5760")), "the seed is recorded apart");
        assertNotEquals(a, OutputHash.of(outputs("baseline", "20260101", "5761")));
        assertEquals("0,1,5760", OutputHash.withoutScenarioAndSeed("b,0,20260101,1,5760"));
    }
}
