package no.gpsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.gpsim.scenario.OnCallConfig;

/** Groups municipalities into on-call districts by the scenario's district setting. */
public final class Districts {

    private Districts() {
    }

    /** Rebuilds the districts from the parameters in force (at the start, and when a policy changes the setting). */
    public static void rebuild(GpSim sim) {
        OnCallConfig.District mode = sim.parameters().onCall().district();
        List<OnCallDistrict> districts = new ArrayList<>();
        for (Map.Entry<String, List<Municipality>> e : groups(sim, mode).entrySet()) {
            districts.add(new OnCallDistrict(e.getKey(), e.getValue(), largest(e.getValue()).centrality()));
        }
        sim.replaceDistricts(districts, mode);
    }

    /** The municipalities of each district under a district setting, by district id, in the municipalities' order. */
    public static Map<String, List<Municipality>> groups(GpSim sim, OnCallConfig.District mode) {
        Map<String, List<Municipality>> groups = new LinkedHashMap<>();
        for (Municipality m : sim.municipalities()) {
            String id = switch (mode) {
                case BA_REGION -> "ba-" + m.data().baRegionCode();
                case MUNICIPALITY -> "m-" + m.code();
                case FILE -> sim.inputs().districtOf().getOrDefault(m.code(), "m-" + m.code());
            };
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
        }
        return groups;
    }

    /** The most populous of a district's municipalities (the first of equals), whose centrality leads the district. */
    public static Municipality largest(List<Municipality> members) {
        Municipality largest = members.get(0);
        for (Municipality m : members) {
            if (m.population() > largest.population()) {
                largest = m;
            }
        }
        return largest;
    }
}
