package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import no.gpsim.TestScenarios;
import no.gpsim.data.DataException;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional input files a scenario can name act in the model. */
class InputFilesTest {

    @TempDir
    Path dir;

    private static double national(ReplicateResult r, int step, Metric m) {
        for (GroupMonth g : r.months()) {
            if (g.step() == step && g.groupType().equals("national")) {
                return g.get(m);
            }
        }
        throw new AssertionError("no step " + step);
    }

    private ReplicateResult run(String name, String yaml) {
        ModelInputs inputs = TestScenarios.inputs(TestScenarios.troms(dir, name, yaml), 2);
        return Replicates.runOne(inputs, 5, 0);
    }

    @Test
    void supplementFileRaisesMunicipalCostWhereItApplies() throws Exception {
        Files.writeString(dir.resolve("supp.csv"), "kommunenummer,nok_per_gp_per_year\n5501,250000\n");
        ReplicateResult base = run("base", "");
        ReplicateResult supp = run("supp", "funding.municipalSupplementFile: supp.csv");
        assertTrue(national(supp, 1, Metric.MUNICIPAL_COST_NOK) > national(base, 1, Metric.MUNICIPAL_COST_NOK));
    }

    @Test
    void districtFileRegroupsTheRota() throws Exception {
        Files.writeString(dir.resolve("map.csv"), "kommunenummer,district\n5501,north\n5503,north\n5510,north\n");
        ReplicateResult base = run("base", "");
        ReplicateResult mapped = run("mapped", "onCall.district: file\nonCall.districtFile: map.csv");
        assertNotEquals(national(base, 1, Metric.MEAN_ONCALL_HOURS), national(mapped, 1, Metric.MEAN_ONCALL_HOURS));
    }

    @Test
    void projectionFileSetsTheJanuaryPopulationReachedInMonthlySteps() throws Exception {
        // Tromsø (5501) reaches 110 % of its 2026 population by January 2027, in twelve monthly steps
        ModelInputs inputs = TestScenarios.inputs(TestScenarios.troms(dir, "plain", ""), 2);
        long tromso = inputs.municipalities().stream().filter(m -> m.code().equals("5501")).findFirst().orElseThrow()
                .residents();
        long[] byAge = inputs.municipalities().stream().filter(m -> m.code().equals("5501")).findFirst().orElseThrow()
                .residentsByAge();
        Files.writeString(dir.resolve("proj.csv"), String.format("kommunenummer,year,pop_0_17,pop_18_66,pop_67_79,pop_80plus%n"
                + "5501,2027,%d,%d,%d,%d%n", byAge[0] * 11 / 10, byAge[1] * 11 / 10, byAge[2] * 11 / 10, byAge[3] * 11 / 10));
        ReplicateResult base = run("base", "");
        ReplicateResult projected = run("proj", "demography.projectionFile: proj.csv");
        double grown = national(projected, 12, Metric.POPULATION) - national(base, 12, Metric.POPULATION);
        assertTrue(grown > 0.08 * tromso, "Tromsø grew by " + grown);
        double halfway = national(projected, 6, Metric.POPULATION) - national(base, 6, Metric.POPULATION);
        assertTrue(halfway > 0.03 * tromso && halfway < 0.07 * tromso, "no January jump: half a year grew " + halfway);
        assertEquals(national(base, 0, Metric.POPULATION), national(projected, 0, Metric.POPULATION));
    }

    @Test
    void badInputFilesAreReportedWithTheirLine() throws Exception {
        Files.writeString(dir.resolve("supp.csv"), "kommunenummer,nok_per_gp_per_year\n5501,lots\n");
        DataException e = assertThrows(DataException.class,
                () -> TestScenarios.inputs(TestScenarios.troms(dir, "bad", "funding.municipalSupplementFile: supp.csv"), 1));
        assertTrue(e.getMessage().contains("supp.csv:2: nok_per_gp_per_year 'lots' is not a number"), e.getMessage());
    }
}
