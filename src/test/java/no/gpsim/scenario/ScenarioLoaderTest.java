package no.gpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import no.gpsim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

    @TempDir
    Path dir;

    @Test
    void baselineLoadsWithTheSchemaDefaults() {
        Scenario s = TestScenarios.load(TestScenarios.BASELINE);
        assertEquals("baseline", s.name());
        assertEquals(1, s.timeline().size());
        ParamValues defaults = ParamValues.defaults();
        for (Key<?> key : ParameterSchema.keys()) {
            if (key.dated()) {
                assertEquals(defaults.get(key), s.values().get(key),
                        "baseline.yaml must state the schema defaults (regenerate it with gpsim keys): " + key.path());
            }
        }
        assertEquals(Path.of("scenarios/data/municipalities.csv").toAbsolutePath(), s.municipalitiesFile());
    }

    @Test
    void baselineDocumentsEveryKey() throws Exception {
        YamlNode.Mapping root = new YamlReader().read(TestScenarios.BASELINE);
        Set<String> written = new HashSet<>();
        collect("", root, written);
        for (Key<?> key : ParameterSchema.keys()) {
            assertTrue(written.contains(key.path()), "baseline.yaml does not document " + key.path());
        }
        String text = Files.readString(TestScenarios.BASELINE);
        assertTrue(text.contains(ScenarioTemplate.render()), "baseline.yaml is out of date: regenerate it from gpsim keys");
    }

    private static void collect(String prefix, YamlNode.Mapping map, Set<String> out) {
        map.entries().forEach((k, e) -> {
            String path = prefix.isEmpty() ? k : prefix + "." + k;
            if (e.value() instanceof YamlNode.Mapping m && ParameterSchema.key(path) == null) {
                collect(path, m, out);
            } else {
                out.add(path);
            }
        });
    }

    @Test
    void childOverridesParentAndPoliciesFormATimeline() {
        Path file = TestScenarios.derived(dir, "grant", """
                onCall:
                  lis1Sufficient: true
                policies:
                  - from: 2028-01
                    funding.basicGrant.adjustedRate: 1000
                  - from: 2030-07
                    funding:
                      basicGrant:
                        adjustedRate: 1100
                """);
        Scenario s = TestScenarios.load(file);
        assertEquals("grant", s.name());
        assertTrue(s.baseParameters().onCall().lis1Sufficient());
        assertEquals(3, s.timeline().size());
        assertEquals(YearMonth.of(2028, 1), s.timeline().get(1).from());
        assertEquals(841.80, s.timeline().get(0).parameters().funding().basicGrant().adjustedRate());
        assertEquals(1000, s.timeline().get(1).parameters().funding().basicGrant().adjustedRate());
        assertEquals(1100, s.timeline().get(2).parameters().funding().basicGrant().adjustedRate());
        assertTrue(s.timeline().get(2).parameters().onCall().lis1Sufficient(), "a policy keeps the other keys");
    }

    @Test
    void unknownKeySuggestsTheNearest() {
        Path file = TestScenarios.derived(dir, "typo", "onCall:\n  exemptionAg: 62\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.load(file));
        assertTrue(e.getMessage().contains("typo.yaml:4:3"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'onCall.exemptionAge'"), e.getMessage());
    }

    @Test
    void outOfRangeAndWrongTypesNameKeyAndRange() {
        Path range = TestScenarios.derived(dir, "range", "onCall.exemptionAge: 200\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.load(range));
        assertTrue(e.getMessage().contains("onCall.exemptionAge: 200 is out of range, expected a number from 40 to 80"),
                e.getMessage());
        Path type = TestScenarios.derived(dir, "type", "funding:\n  feePerConsultation: lots\n");
        e = assertThrows(ScenarioException.class, () -> TestScenarios.load(type));
        assertTrue(e.getMessage().contains("type.yaml:4:23: funding.feePerConsultation: found the text \"lots\""),
                e.getMessage());
    }

    @Test
    void breakpointRatesOnAnotherModelAreAContradiction() {
        Path file = TestScenarios.derived(dir, "contra", "funding.basicGrant.rateBelow: 700\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.load(file));
        assertTrue(e.getMessage().contains("never used; it applies only when funding.basicGrant.model is breakpoint"),
                e.getMessage());
        Path later = TestScenarios.derived(dir, "later", """
                funding.basicGrant.rateBelow: 700
                policies:
                  - from: 2027-01
                    funding.basicGrant.model: breakpoint
                """);
        assertEquals(2, TestScenarios.load(later).timeline().size(), "a rate used from a later policy is fine");
    }

    @Test
    void policiesOutsideTheHorizonAndFixedKeysAreRefused() {
        Path late = TestScenarios.derived(dir, "late", "policies:\n  - from: 2036-01\n    demand.teamRelief: 0.1\n");
        assertTrue(assertThrows(ScenarioException.class, () -> TestScenarios.load(late)).getMessage()
                .contains("outside the horizon"));
        Path fixed = TestScenarios.derived(dir, "fixed", "policies:\n  - from: 2027-01\n    seed: 4\n");
        assertTrue(assertThrows(ScenarioException.class, () -> TestScenarios.load(fixed)).getMessage()
                .contains("seed: cannot be changed by a policy"));
    }

    @Test
    void extendsCyclesAreRefused() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\n");
        Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.load(dir.resolve("a.yaml")));
        assertTrue(e.getMessage().contains("cycle a.yaml -> b.yaml -> a.yaml"), e.getMessage());
    }

    @Test
    void pathsResolveAgainstTheFileThatNamesThem() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("parent.yaml"), "extends: " + TestScenarios.BASELINE + "\nonCall.districtFile: map.csv\n");
        Files.writeString(dir.resolve("child.yaml"), "extends: sub/parent.yaml\nonCall.district: file\n");
        Scenario s = TestScenarios.load(dir.resolve("child.yaml"));
        assertEquals(sub.resolve("map.csv").toString(), s.values().get(OnCallConfig.DISTRICT_FILE));
    }
}
