package no.gpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.gpsim.observe.Metric;
import org.junit.jupiter.api.Test;

/** The documents users read stay true to the code. */
class DocumentationTest {

    @Test
    void modelDocumentListsEveryParameter() throws Exception {
        String doc = Files.readString(Path.of("docs/MODEL.md"));
        assertTrue(doc.contains(ScenarioTemplate.markdown()),
                "docs/MODEL.md's parameter table is out of date: paste the output of gpsim keys --markdown");
    }

    @Test
    void readmeExplainsEveryOutputColumn() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (Metric m : Metric.values()) {
            assertTrue(readme.contains("`" + m.column() + "`"), "README.md does not explain the column " + m.column());
        }
    }
}
