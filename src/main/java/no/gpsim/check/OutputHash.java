package no.gpsim.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import no.gpsim.experiment.ReplicateResult;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.Metric;
import no.gpsim.observe.MunicipalityYear;
import no.gpsim.output.Cells;

/**
 * SHA-256 of every value a run outputs, formatted as in the CSV files: for each replicate, each
 * group-month row (as in national.csv and groups.csv) and each municipality-year row (as in
 * municipalities.csv), one line of {@code replicate,step|year,group or municipality,values...}.
 * The scenario's name and the seeds are left out, so a renamed copy of a scenario hashes the same;
 * any value that moves by one printed digit anywhere changes the hash.
 */
public final class OutputHash {

    private OutputHash() {
    }

    public static String of(List<ReplicateResult> results) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder line = new StringBuilder();
        for (ReplicateResult r : results) {
            for (GroupMonth g : r.months()) {
                line.setLength(0);
                line.append(r.replicate()).append(",m").append(g.step()).append(',').append(g.groupType()).append(',')
                        .append(g.group());
                append(line, g.values());
                digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
            }
            for (MunicipalityYear y : r.years()) {
                line.setLength(0);
                line.append(r.replicate()).append(",y").append(y.year()).append(',').append(y.municipality());
                append(line, y.values());
                digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void append(StringBuilder line, double[] values) {
        for (Metric m : Metric.values()) {
            line.append(',').append(Cells.value(m.kind(), values[m.ordinal()]));
        }
        line.append('\n');
    }
}
