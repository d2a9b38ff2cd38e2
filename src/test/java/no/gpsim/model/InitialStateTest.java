package no.gpsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.gpsim.TestScenarios;
import no.gpsim.data.MunicipalityData;
import no.gpsim.observe.Collector;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import no.gpsim.process.InvariantCheck;
import no.gpsim.process.Processes;
import org.junit.jupiter.api.Test;

/** Step 0 is the data: every municipality's lists, patients, caps and female GPs as in SSB's 2025 figures. */
class InitialStateTest {

    @Test
    void stepZeroEqualsTheData() {
        ModelInputs inputs = TestScenarios.inputs(TestScenarios.BASELINE, 1);
        GpSim sim = new GpSim(7, inputs, Processes.initial(), Processes.monthly());
        sim.start();
        InvariantCheck.check(sim);

        long imputedHeld = 0;
        long imputedVacant = 0;
        long imputedWithout = 0;
        for (Municipality m : sim.municipalities()) {
            MunicipalityData d = m.data();
            int held = 0;
            int vacant = 0;
            long patientsHeld = 0;
            long patientsVacant = 0;
            long caps = 0;
            int female = 0;
            for (PatientList list : m.lists()) {
                if (list.isVacant()) {
                    vacant++;
                    patientsVacant += list.size();
                } else {
                    held++;
                    patientsHeld += list.size();
                    caps += list.cap();
                    female += list.holder().traits().female() ? 1 : 0;
                }
            }
            assertEquals(d.listsWithGp(), held, d.code());
            assertEquals(d.listsWithoutGp(), vacant, d.code());
            assertEquals(d.patientsWithGp(), patientsHeld, d.code());
            assertEquals(d.patientsWithoutGp(), patientsVacant, d.code());
            assertEquals(Math.max(d.capacity(), held), caps, d.code());
            assertEquals(d.femaleGps(), female, d.code());
            if (d.imputed()) {
                imputedHeld += held;
                imputedVacant += vacant;
                imputedWithout += patientsVacant;
            }
        }
        Collector collector = new Collector();
        collector.observe(sim);
        GroupMonth national = collector.months().get(0);
        assertEquals(0, national.step());
        assertEquals(5747 + imputedHeld, national.get(Metric.GPS));
        assertEquals(197 + imputedVacant, national.get(Metric.LISTS_VACANT));
        assertEquals(117_899 + imputedWithout, national.get(Metric.PATIENTS_WITHOUT_GP));
        assertEquals(0, national.get(Metric.RECRUITS));
        System.out.printf("imputed: %d held lists, %d vacant lists, %d patients without a GP%n", imputedHeld,
                imputedVacant, imputedWithout);
    }

    @Test
    void initialAgesAndTrainingFollowTheScenario() {
        ModelInputs inputs = TestScenarios.inputs(TestScenarios.BASELINE, 1);
        GpSim sim = new GpSim(7, inputs, Processes.initial(), Processes.monthly());
        sim.start();
        double age = 0;
        int old = 0;
        int specialists = 0;
        for (Gp gp : sim.gps()) {
            age += gp.age();
            old += gp.age() >= 60 ? 1 : 0;
            specialists += gp.isSpecialist() ? 1 : 0;
        }
        int n = sim.gps().size();
        assertEquals(48, age / n, 1.0, "mean age");
        assertEquals(0.19, old / (double) n, 0.02, "share aged 60+");
        assertEquals(0.63, specialists / (double) n, 0.02, "share of specialists");
    }

}
