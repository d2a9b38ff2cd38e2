package no.gpsim.data;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Fills in the GP figures of municipalities the data have none for (docs/MODEL.md 5): from the
 * median of their centrality class, over the municipalities of that class with data.
 */
public final class Imputation {

    private Imputation() {
    }

    /** Turns rows into municipalities, imputing the missing GP figures. */
    public static List<MunicipalityData> complete(List<MunicipalityReader.Row> rows) {
        List<MunicipalityData> out = new ArrayList<>(rows.size());
        for (MunicipalityReader.Row row : rows) {
            MunicipalityReader.GpFigures gp = row.gp();
            boolean imputed = gp == null;
            if (imputed) {
                gp = impute(row, rows);
            }
            out.add(new MunicipalityData(row.code(), row.name(), row.countyCode(), row.county(), row.centrality(),
                    row.centralityIndex(), row.baRegionCode(), row.baRegionName(), row.population(), row.byAge(),
                    gp.listsWithGp(), gp.listsWithoutGp(), gp.patientsWithGp(), gp.patientsWithoutGp(), gp.capacity(),
                    gp.femaleGps(), imputed));
        }
        return out;
    }

    /** Peers must have GPs with patients, so that list lengths and ratios are positive and finite. */
    private static boolean hasFigures(MunicipalityReader.Row r) {
        return r.gp() != null && r.gp().listsWithGp() > 0 && r.gp().patientsWithGp() > 0;
    }

    /**
     * The class medians of list length, share of lists vacant, share of patients on vacant lists,
     * capacity per patient and share of women, applied to the municipality's own population.
     */
    static MunicipalityReader.GpFigures impute(MunicipalityReader.Row row, List<MunicipalityReader.Row> rows) {
        List<MunicipalityReader.Row> peers = new ArrayList<>();
        for (MunicipalityReader.Row r : rows) {
            if (hasFigures(r) && r.centrality() == row.centrality()) {
                peers.add(r);
            }
        }
        if (peers.isEmpty()) {
            for (MunicipalityReader.Row r : rows) {
                if (hasFigures(r)) {
                    peers.add(r);
                }
            }
        }
        if (peers.isEmpty()) {
            // MunicipalityReader refuses a file without any such municipality
            throw new IllegalArgumentException("cannot impute GP figures for " + row.code()
                    + ": no municipality has GP figures");
        }
        double[] listLength = new double[peers.size()];
        double[] vacantListShare = new double[peers.size()];
        double[] vacantPatientShare = new double[peers.size()];
        double[] capacityRatio = new double[peers.size()];
        double[] femaleShare = new double[peers.size()];
        for (int i = 0; i < peers.size(); i++) {
            MunicipalityReader.GpFigures g = peers.get(i).gp();
            listLength[i] = g.patientsWithGp() / (double) g.listsWithGp();
            vacantListShare[i] = g.listsWithoutGp() / (double) (g.listsWithGp() + g.listsWithoutGp());
            vacantPatientShare[i] = g.patientsWithoutGp() / (double) Math.max(1, g.patientsWithGp() + g.patientsWithoutGp());
            capacityRatio[i] = g.patientsWithGp() == 0 ? 1 : g.capacity() / (double) g.patientsWithGp();
            femaleShare[i] = g.femaleGps() / (double) g.listsWithGp();
        }
        Median median = new Median();
        long population = row.population();
        int lists = (int) Math.max(1, Math.round(population / median.evaluate(listLength)));
        int without = (int) Math.round(lists * median.evaluate(vacantListShare));
        if (without >= lists) {
            without = lists - 1;
        }
        int with = lists - without;
        long pWithout = without == 0 ? 0 : Math.round(population * median.evaluate(vacantPatientShare));
        if (without > 0 && pWithout == 0) {
            pWithout = Math.round(population / (double) lists);
        }
        long pWith = population - pWithout;
        long capacity = Math.round(pWith * median.evaluate(capacityRatio));
        int female = (int) Math.min(with, Math.round(with * median.evaluate(femaleShare)));
        return new MunicipalityReader.GpFigures(with, without, pWith, pWithout, capacity, female);
    }
}
