package no.gpsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import no.gpsim.TestScenarios;
import no.gpsim.data.MunicipalityData;
import no.gpsim.model.ModelInputs;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import no.gpsim.output.RunOutputs;
import no.gpsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history run starts on 31 December 2019 (the key {@code start}): its step 0 is the 2019 data,
 * its months and years are 2020 on, and its policies must fall inside its own horizon.
 */
class HistoryStartTest {

    @TempDir
    Path dir;

    private Path history(String yaml) throws IOException {
        Path file = dir.resolve("h.yaml");
        Files.writeString(file, "extends: " + Path.of("scenarios/history-2019.yaml").toAbsolutePath()
                + "\nname: h\ndata.county: '55'\n" + yaml);
        return file;
    }

    @Test
    void stepZeroIsTheEndOf2019AndTheYearsFollowFrom2020() throws IOException {
        ModelInputs inputs = TestScenarios.inputs(history(""), 2);
        assertEquals(YearMonth.of(2020, 1), inputs.scenario().start());
        assertEquals("2019-12-31", RunOutputs.date(inputs.scenario().start(), 0));
        ReplicateResult r = Replicates.runOne(inputs, inputs.scenario().run().seed(), 0);
        long lists = 0;
        long vacant = 0;
        for (MunicipalityData m : inputs.municipalities()) {
            lists += m.listsWithGp() + m.listsWithoutGp();
            vacant += m.listsWithoutGp();
        }
        GroupMonth start = r.months().stream().filter(g -> g.step() == 0 && g.groupType().equals("national"))
                .findFirst().orElseThrow();
        assertEquals(lists, start.get(Metric.LISTS), "step 0 holds the 2019 data's lists");
        assertEquals(vacant, start.get(Metric.LISTS_VACANT));
        Map<Integer, double[]> years = YearlyValues.of(r.months(), inputs.scenario().start())
                .get(new YearlyValues.Group("national", "all"));
        assertTrue(years.containsKey(2019) && years.containsKey(2020) && years.containsKey(2021)
                && !years.containsKey(2022), "years 2019 (the data) to 2021: " + years.keySet());
    }

    @Test
    void policiesMustFallInsideTheHistoryHorizon() throws IOException {
        Path late = history("years: 2\npolicies:\n  - from: 2026-01\n    funding.eConsultationFee: 300\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.load(late));
        assertTrue(e.getMessage().contains("2020-01 to 2021-12"), e.getMessage());
    }
}
