package no.gpsim.model;

import java.util.List;
import java.util.Map;
import no.gpsim.data.MunicipalityData;
import no.gpsim.scenario.Scenario;

/**
 * Everything a replicate is built from, read and validated once and shared read-only by all
 * replicates.
 *
 * @param scenario the scenario
 * @param municipalities the municipalities to simulate, in data order
 * @param months months to simulate
 * @param nationalShare the simulated municipalities' share of the national list population; national
 *     quantities (candidates per year, ALIS posts) are scaled by it when a scenario simulates part of the country
 * @param supplements municipal supplement per GP per year by kommunenummer, overriding the class values
 * @param districtOf on-call district name by kommunenummer, for an explicit mapping (empty otherwise)
 * @param projection projected population by kommunenummer, then year, then age group (empty for none)
 */
public record ModelInputs(Scenario scenario, List<MunicipalityData> municipalities, int months, double nationalShare,
                          Map<String, Double> supplements, Map<String, String> districtOf,
                          Map<String, Map<Integer, long[]>> projection) {

    public ModelInputs {
        municipalities = List.copyOf(municipalities);
        supplements = Map.copyOf(supplements);
        districtOf = Map.copyOf(districtOf);
        projection = Map.copyOf(projection);
    }
}
