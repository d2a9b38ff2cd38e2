package no.gpsim.data;

/**
 * One municipality as read from the data file: identity, centrality, BA-region, population on
 * 1 January 2026 by age group, and the GP list figures of 31 December 2025.
 *
 * @param code kommunenummer, four digits
 * @param name official name
 * @param countyCode two-digit county number
 * @param county county name
 * @param centrality SSB centrality class 1 (most central) to 6
 * @param centralityIndex SSB centrality index 0-1000
 * @param baRegionCode housing and labour-market region
 * @param baRegionName its name
 * @param residents resident population
 * @param residentsByAge residents aged 0-17, 18-66, 67-79, 80+
 * @param listsWithGp lists held by a GP
 * @param listsWithoutGp lists without a GP
 * @param patientsWithGp patients on lists held by a GP
 * @param patientsWithoutGp patients on lists without a GP
 * @param capacity sum of the list caps of the GPs
 * @param femaleGps GPs who are women
 * @param imputed true when the GP figures were imputed because the data have none
 */
public record MunicipalityData(String code, String name, String countyCode, String county, int centrality,
                               int centralityIndex, String baRegionCode, String baRegionName, long residents,
                               long[] residentsByAge, int listsWithGp, int listsWithoutGp, long patientsWithGp,
                               long patientsWithoutGp, long capacity, int femaleGps, boolean imputed) {

    public MunicipalityData {
        residentsByAge = residentsByAge.clone();
    }

    @Override
    public long[] residentsByAge() {
        return residentsByAge.clone();
    }

    /** Everyone on the municipality's lists: the model's population of the municipality. */
    public long listPopulation() {
        return patientsWithGp + patientsWithoutGp;
    }

    public int lists() {
        return listsWithGp + listsWithoutGp;
    }
}
