package no.gpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenario errors are one line naming file, line and column, the key path, what was found and
 * what is allowed. Each case derives a scenario from a copy of the baseline.
 */
class ValidationMessagesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyBaseline() throws IOException {
        Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
    }

    /** Writes extends: baseline.yaml followed by the lines; the first given line is line 2. */
    private Path derived(String lines) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "extends: baseline.yaml\n" + lines + (lines.endsWith("\n") ? "" : "\n"));
        return file;
    }

    private String error(String lines) throws IOException {
        Path file = derived(lines);
        String message = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file)).getMessage();
        assertTrue(message.startsWith(file + ":"), message);
        return message.substring(file.toString().length() + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "onCall:\\n  exemptionAg: 62|3:3: unknown key 'onCall.exemptionAg' in section onCall (did you mean 'onCall.exemptionAge'?)",
        "exemptionAge: 62|2:1: unknown key 'exemptionAge' (did you mean 'onCall.exemptionAge'?)",
        "polices: []|2:1: unknown key 'polices' (did you mean 'policies'?)",
        "zzzzzzzz: 1|2:1: unknown key 'zzzzzzzz'; gpsim keys lists every key",
        "onCall.exemptionAge: sixty|2:22: onCall.exemptionAge: found the text \"sixty\", expected a number from 40 to 80",
        "onCall.exemptionAge: 200|2:22: onCall.exemptionAge: 200 is out of range, expected a number from 40 to 80",
        "onCall.exemptionAge: .nan|2:22: onCall.exemptionAge: found .nan, expected a number from 40 to 80 (a finite number)",
        "onCall.exemptionAge: 1e999|2:22: onCall.exemptionAge: 1e999 is out of range, expected a number from 40 to 80",
        "years: 2.5|2:8: years: found the number 2.5, expected a whole number from 1 to 50",
        "years: 0x10|2:8: years: found the text \"0x10\", expected a whole number from 1 to 50",
        "years: 99999999999999999999|2:8: years: 99999999999999999999 is out of range, expected a whole number from 1 to 50",
        "onCall.lis1Sufficient: yes|2:24: onCall.lis1Sufficient: found the text \"yes\", expected true or false",
        "onCall.district: baregion|2:18: onCall.district: found the text \"baregion\", expected one of baRegion, "
            + "municipality, file (did you mean 'baRegion'?)",
        "demand.consultationsPerYear: [1, 2, 3]|2:30: demand.consultationsPerYear: found a list of 3 items, expected a list "
            + "of 4 numbers (ages 0-17, 18-66, 67-79, 80+), each from 0 to 50",
        "demand.consultationsPerYear: [1, 2, 3, 99]|2:40: demand.consultationsPerYear[3]: 99 is out of range, expected each "
            + "from 0 to 50",
        "demand: 5|2:9: demand: found the integer 5, expected a map of the keys of section demand (see gpsim keys)",
        "data.county: 5501|2:14: data.county: found the integer 5501, expected a two-digit code such as '55', or none",
        "name: my run|2:7: name: 'my run' is not allowed; use 1-64 letters, digits, '.', '_' or '-' (it names output folders)",
        "funding.basicGrant.rateBelow: 700|2:31: funding.basicGrant.rateBelow: is set but never used; it applies only when "
            + "funding.basicGrant.model is breakpoint",
        "behaviour.capMin: 2000\\nbehaviour.capMax: 1000|2:19: behaviour.capMin: is above behaviour.capMax (1000)",
        "labourMarket.mix: [0.5, 0.5, 0.5, 0.5]|2:19: labourMarket.mix: the shares add up to 2.0, expected 1",
        "onCall.district: file|2:18: onCall.district: is file, but onCall.districtFile is none",
        "onCall.exemptionAge: 61\\nonCall:\\n  exemptionAge: 62|4:3: onCall.exemptionAge: set twice (first at line 2)",
        "policies:\\n  - from: 2036-01\\n    demand.teamRelief: 0.1|3:5: policies.from: 2036-01 is outside the horizon; "
            + "policies must start from 2026-01 to 2035-12 (years: 10)",
        "policies:\\n  - from: 2025-12\\n    demand.teamRelief: 0.1|3:5: policies.from: 2025-12 is outside the horizon; "
            + "policies must start from 2026-01 to 2035-12 (years: 10)",
        "policies:\\n  - from: 2028-13\\n    demand.teamRelief: 0.1|3:11: policies.from: found the text \"2028-13\", expected "
            + "a month written YYYY-MM, such as 2028-01",
        "policies:\\n  - from: 2028-01\\n    seed: 3|4:11: seed: cannot be changed by a policy; it sets up the run, so set it "
            + "at the top level",
        "policies:\\n  - from: 2028-01|3:5: policies: the policy from 2028-01 changes nothing",
        "policies:\\n  - from: 2028-01\\n    demand.teamRelief: 0.1\\n  - from: 2028-01\\n    demand.teamRelief: 0.2|6:24: "
            + "demand.teamRelief: set twice for 2028-01 (first at line 4)",
        "extends: other.yaml|2:1: the key 'extends' is given twice in the same map (first at line 1)",
    })
    void errorsNameLineColumnKeyFoundAndAllowed(String lines, String expected) throws IOException {
        assertEquals(expected, error(lines.replace("\\n", "\n")));
    }

    @Test
    void extendsCyclesAndMissingParentsAreErrors() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\n");
        Files.writeString(dir.resolve("b.yaml"), "extends: c.yaml\n");
        Files.writeString(dir.resolve("c.yaml"), "extends: a.yaml\n");
        ScenarioException cycle = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(dir.resolve("a.yaml")));
        assertEquals(dir.resolve("c.yaml") + ":1:10: extends: cycle a.yaml -> b.yaml -> c.yaml -> a.yaml", cycle.getMessage());

        Files.writeString(dir.resolve("self.yaml"), "extends: ./self.yaml\n");
        assertTrue(assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(dir.resolve("self.yaml")))
                .getMessage().endsWith("extends: cycle self.yaml -> self.yaml"));

        Files.writeString(dir.resolve("orphan.yaml"), "name: orphan\nextends: gone.yaml\n");
        assertEquals(dir.resolve("orphan.yaml") + ":2:10: extends: gone.yaml not found (looked for " + dir.resolve("gone.yaml")
                + ")", assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(dir.resolve("orphan.yaml")))
                .getMessage());

        Files.createDirectory(dir.resolve("folder"));
        Files.writeString(dir.resolve("dir.yaml"), "extends: folder\n");
        assertTrue(assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(dir.resolve("dir.yaml")))
                .getMessage().endsWith("extends: folder is a directory (looked for " + dir.resolve("folder") + ")"));
    }

    @Test
    void anErrorInAParentNamesTheParent() throws IOException {
        Files.writeString(dir.resolve("parent.yaml"), "extends: baseline.yaml\nyears: many\n");
        Files.writeString(dir.resolve("child.yaml"), "extends: parent.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(dir.resolve("child.yaml")));
        assertEquals(dir.resolve("parent.yaml") + ":2:8: years: found the text \"many\", expected a whole number from 1 to 50",
                e.getMessage());
    }

    @Test
    void pathsResolveAgainstTheFileThatNamesThem() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("deep/er"));
        Files.writeString(sub.resolve("parent.yaml"), "extends: ../../baseline.yaml\ndemography.projectionFile: proj.csv\n");
        Files.writeString(dir.resolve("child.yaml"), "extends: deep/er/parent.yaml\nfunding.municipalSupplementFile: "
                + "data/supp.csv\n");
        Scenario s = new ScenarioLoader().load(dir.resolve("child.yaml"));
        assertEquals(sub.resolve("proj.csv").toString(), s.values().get(DemographyConfig.PROJECTION));
        assertEquals(dir.resolve("data/supp.csv").toString(), s.values().get(FundingConfig.SUPPLEMENT_FILE));
        assertEquals(dir.resolve("data/municipalities.csv"), s.municipalitiesFile(), "named by baseline.yaml");
        assertEquals(new Location(dir.resolve("child.yaml"), 2, 34),
                ScenarioLoader.whereSet(dir.resolve("child.yaml"), FundingConfig.SUPPLEMENT_FILE));
        assertEquals(new Location(sub.resolve("parent.yaml"), 2, 28),
                ScenarioLoader.whereSet(dir.resolve("child.yaml"), DemographyConfig.PROJECTION));
        assertEquals(dir.resolve("baseline.yaml"), ScenarioLoader.whereSet(dir.resolve("child.yaml"),
                OnCallConfig.DISTRICT_FILE).file(), "the baseline sets every key");
        Files.writeString(dir.resolve("alone.yaml"), "years: 3\n");
        assertNull(ScenarioLoader.whereSet(dir.resolve("alone.yaml"), OnCallConfig.DISTRICT_FILE), "a default");
    }

    @Test
    void invisibleCharactersInKeysAreShown() throws IOException {
        assertEquals("2:1: unknown key 'se\\u200Bed' (did you mean 'seed'?)", error("se\u200Bed: 5"));
        assertEquals("2:1: unknown key 'a\\nb'; gpsim keys lists every key", error("\"a\\nb\": 5"));
    }

    @Test
    void aChildsPolicyForTheSameMonthOverridesItsParents() throws IOException {
        Files.writeString(dir.resolve("parent.yaml"), "extends: baseline.yaml\npolicies:\n  - from: 2028-01\n"
                + "    demand.teamRelief: 0.1\n");
        Files.writeString(dir.resolve("child.yaml"), "extends: parent.yaml\npolicies:\n  - from: 2028-01\n"
                + "    demand.teamRelief: 0.2\n");
        Scenario s = new ScenarioLoader().load(dir.resolve("child.yaml"));
        assertEquals(0.2, s.timeline().get(1).values().get(DemandConfig.TEAM_RELIEF));
    }
}
