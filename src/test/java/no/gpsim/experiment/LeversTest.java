package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.gpsim.scenario.Scenario;
import no.gpsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeversTest {

    private static Scenario load(String name) {
        return new ScenarioLoader().load(Path.of("scenarios", name + ".yaml"));
    }

    @Test
    void aScenarioHasNoLeversAgainstItself() {
        assertTrue(Levers.between(load("baseline"), load("baseline")).isEmpty());
    }

    @Test
    void datedPoliciesAreListedWithTheBaseValueInForceThen() {
        List<Levers.Lever> levers = Levers.between(load("baseline"), load("basic-grant-50"));
        assertEquals(List.of(
                new Levers.Lever(YearMonth.of(2027, 1), "funding.basicGrant.adjustedRate", "841.8", "1200"),
                new Levers.Lever(YearMonth.of(2028, 1), "funding.basicGrant.adjustedRate", "841.8", "1500"),
                new Levers.Lever(YearMonth.of(2029, 1), "funding.basicGrant.adjustedRate", "841.8", "1830")), levers);
    }

    /** The breakpoint rates equal the baseline's unused defaults, yet they are what the scenario switches on. */
    @Test
    void keysThatStartToActAreLeversEvenWithTheBasesValue() {
        List<Levers.Lever> levers = Levers.between(load("baseline"), load("breakpoint-1000"));
        assertTrue(levers.contains(new Levers.Lever(YearMonth.of(2027, 1), "funding.basicGrant.rateBelow",
                Levers.NOT_USED, "856")), levers::toString);
        assertTrue(levers.contains(new Levers.Lever(YearMonth.of(2027, 1), "funding.basicGrant.adjustedRate", "841.8",
                Levers.NOT_USED)), levers::toString);
        assertTrue(levers.stream().allMatch(l -> l.from().equals(YearMonth.of(2027, 1))));
    }

    @Test
    void aLeverThatStopsDifferingIsShownEnding(@TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("grant-for-a-year.yaml");
        java.nio.file.Files.writeString(file, "extends: '" + Path.of("scenarios", "baseline.yaml").toAbsolutePath() + "'\n"
                + "policies:\n  - from: 2027-01\n    funding.recruitmentGrant.amount: 300000\n"
                + "  - from: 2028-01\n    funding.recruitmentGrant.amount: 0\n");
        List<Levers.Lever> levers = Levers.between(load("baseline"), new ScenarioLoader().load(file));
        assertEquals(List.of(
                new Levers.Lever(YearMonth.of(2027, 1), "funding.recruitmentGrant.amount", "0", "300000"),
                new Levers.Lever(YearMonth.of(2027, 1), "funding.recruitmentGrant.minCentrality", Levers.NOT_USED, "1"),
                new Levers.Lever(YearMonth.of(2028, 1), "funding.recruitmentGrant.amount", "0", "0"),
                new Levers.Lever(YearMonth.of(2028, 1), "funding.recruitmentGrant.minCentrality", Levers.NOT_USED,
                        Levers.NOT_USED)), levers);
    }
}
