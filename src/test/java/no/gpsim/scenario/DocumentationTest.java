package no.gpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /**
     * docs/LEVERS.md maps the source documents' measures to the library: every library file it
     * names exists and loads without error, every library file is named, and every key it names
     * (or key prefix ending in {@code .*}) exists in the schema.
     */
    @Test
    void leversDocumentNamesTheWholeLibraryAndRealKeys() throws Exception {
        String doc = Files.readString(Path.of("docs/LEVERS.md"));
        Set<String> named = new TreeSet<>();
        Matcher files = Pattern.compile("`([a-z0-9-]+\\.yaml)`").matcher(doc);
        while (files.find()) {
            named.add(files.group(1));
        }
        ScenarioLoader loader = new ScenarioLoader();
        for (String file : named) {
            Path path = Path.of("scenarios", file);
            assertTrue(Files.exists(path), "docs/LEVERS.md names " + file + ", which is not in scenarios/");
            loader.load(path);
        }
        try (Stream<Path> library = Files.list(Path.of("scenarios"))) {
            library.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.startsWith("baseline") && !f.startsWith("history"))
                    .forEach(f -> assertTrue(named.contains(f), "docs/LEVERS.md does not name the library file " + f));
        }
        Set<String> paths = new TreeSet<>();
        for (Key<?> k : ParameterSchema.keys()) {
            paths.add(k.path());
        }
        Matcher keys = Pattern.compile("`([a-zA-Z]+\\.[a-zA-Z.]+\\*?)(?::[^`]*)?`").matcher(doc);
        int checked = 0;
        while (keys.find()) {
            String key = keys.group(1);
            if (key.endsWith(".yaml")) {
                continue;
            }
            checked++;
            if (key.endsWith("*")) {
                String prefix = key.substring(0, key.length() - 1);
                assertTrue(paths.stream().anyMatch(p -> p.startsWith(prefix)), "docs/LEVERS.md names " + key
                        + ", but no key starts with " + prefix);
            } else {
                assertTrue(paths.contains(key), "docs/LEVERS.md names the key " + key + ", which gpsim does not know");
            }
        }
        assertTrue(checked > 30, "the key references were found: " + checked);
    }
}
