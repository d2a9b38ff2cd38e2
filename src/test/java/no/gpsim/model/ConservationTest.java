package no.gpsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import no.gpsim.TestScenarios;
import no.gpsim.process.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every month, the patients on all lists are the population: nobody is lost or counted twice. */
class ConservationTest {

    @TempDir
    Path dir;

    @Test
    void patientsOnListsEqualThePopulationEveryMonth() {
        // strong population change and heavy list churn make the test bite
        Path file = TestScenarios.troms(dir, "churn", """
                demography.growthByAge: [0.05, -0.04, 0.06, 0.1]
                patients.switchRatePerYear: 0.3
                exit.baseAnnualHazard: 0.2
                """);
        ModelInputs inputs = TestScenarios.inputs(file, 4);
        GpSim sim = new GpSim(11, inputs, Processes.initial(), Processes.monthly());
        long[] checked = {0};
        sim.addObserver(state -> {
            GpSim s = (GpSim) state;
            long population = 0;
            long onLists = 0;
            for (Municipality m : s.municipalities()) {
                population += m.population();
                for (PatientList list : m.lists()) {
                    onLists += list.size();
                    assertTrue(list.size() >= 0 && list.cap() >= 0);
                }
            }
            assertEquals(population, onLists, "month " + s.month());
            checked[0]++;
        });
        sim.start();
        long start = 0;
        for (Municipality m : sim.municipalities()) {
            start += m.population();
        }
        sim.runToEnd();
        long end = 0;
        for (Municipality m : sim.municipalities()) {
            end += m.population();
        }
        assertEquals(48, checked[0]);
        assertTrue(end != start, "the population changed, so conservation was tested under change");
    }
}
