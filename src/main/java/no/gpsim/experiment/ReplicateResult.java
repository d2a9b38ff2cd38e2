package no.gpsim.experiment;

import java.util.List;
import no.gpsim.observe.GroupMonth;
import no.gpsim.observe.MunicipalityYear;

/**
 * What one replicate produced.
 *
 * @param replicate replicate number, from 0
 * @param seed its seed (scenario seed + replicate)
 * @param months monthly values per group, step 0 first
 * @param years year-end values per municipality
 */
public record ReplicateResult(int replicate, long seed, List<GroupMonth> months, List<MunicipalityYear> years)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public ReplicateResult {
        months = List.copyOf(months);
        years = List.copyOf(years);
    }
}
