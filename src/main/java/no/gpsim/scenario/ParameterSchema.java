package no.gpsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario key, in the order of the documented baseline file. Sections are the dotted
 * prefixes of keys ("funding", "funding.basicGrant"); a scenario file may nest them as maps or
 * write the dotted path.
 */
public final class ParameterSchema {

    private static final List<Key<?>> KEYS;
    private static final Map<String, Key<?>> BY_PATH;

    static {
        List<Key<?>> keys = new ArrayList<>();
        keys.addAll(RunConfig.KEYS);
        keys.addAll(DemandConfig.KEYS);
        keys.addAll(BasicGrantConfig.KEYS);
        keys.addAll(FundingConfig.KEYS);
        keys.addAll(OnCallConfig.KEYS);
        keys.addAll(AlisConfig.KEYS);
        keys.addAll(EmploymentConfig.KEYS);
        keys.addAll(ListNormConfig.KEYS);
        keys.addAll(CombinedPostsConfig.KEYS);
        keys.addAll(TakeUpConfig.KEYS);
        keys.addAll(EconomyConfig.KEYS);
        keys.addAll(BehaviourConfig.KEYS);
        keys.addAll(ExitConfig.KEYS);
        keys.addAll(LabourMarketConfig.KEYS);
        keys.addAll(TrainingConfig.KEYS);
        keys.addAll(DemographyConfig.KEYS);
        keys.addAll(InitialConfig.KEYS);
        Map<String, Key<?>> byPath = new LinkedHashMap<>();
        for (Key<?> key : keys) {
            if (byPath.put(key.path(), key) != null) {
                throw new IllegalStateException("duplicate scenario key " + key.path());
            }
        }
        KEYS = Collections.unmodifiableList(keys);
        BY_PATH = Collections.unmodifiableMap(byPath);
    }

    private ParameterSchema() {
    }

    public static List<Key<?>> keys() {
        return KEYS;
    }

    /** The key with this dotted path, or null. */
    public static Key<?> key(String path) {
        return BY_PATH.get(path);
    }

    /** Whether the path is a section: a proper prefix of some key's path. */
    public static boolean isSection(String path) {
        String prefix = path + ".";
        for (String p : BY_PATH.keySet()) {
            if (p.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** All key paths and section paths: what a misspelt key can be compared with. */
    public static List<String> allPaths() {
        List<String> paths = new ArrayList<>();
        for (String p : BY_PATH.keySet()) {
            String[] parts = p.split("\\.");
            StringBuilder prefix = new StringBuilder();
            for (String part : parts) {
                if (prefix.length() > 0) {
                    prefix.append('.');
                }
                prefix.append(part);
                if (!paths.contains(prefix.toString())) {
                    paths.add(prefix.toString());
                }
            }
        }
        return paths;
    }
}
