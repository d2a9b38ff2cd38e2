package no.gpsim.output.profile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.gpsim.BadInputException;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds municipalities and BA regions by code or name, as a user types them on the command line.
 *
 * <p>A municipality is found by its kommunenummer (leading zeros may be left out: {@code 301} is
 * {@code 0301}) or by its name, case-insensitively. A name matches the whole official name, any
 * of its forms separated by " - " (so "Oslo" finds "Oslo - Oslove" and "Kautokeino" finds
 * "Guovdageaidnu - Kautokeino"), the name without its county in brackets ("Herøy" matches both
 * Herøy (Møre og Romsdal) and Herøy (Nordland), and is therefore ambiguous), and any of these
 * written without Norwegian and Sami letters ("Tromso" for "Tromsø"). A name that matches no
 * municipality or more than one is a {@link BadInputException} of one line listing the close
 * matches. BA regions are found the same way by their code or name.
 */
public final class Places {

    /** Most close matches listed in an error. */
    private static final int SHOWN = 6;

    /**
     * A municipality of the run.
     *
     * @param baRegionCode housing and labour-market region, or null when the run's data file is not at hand
     * @param baRegionName its name, or null likewise
     * @param residents residents in the data, or 0 when the data file is not at hand
     */
    public record Entry(String code, String name, String county, int centrality, String baRegionCode,
                        String baRegionName, long residents) {

        /** "1856 Røst": how a municipality is named in messages and tables. */
        public String label() {
            return code + " " + name;
        }
    }

    private final List<Entry> entries;

    /** @param entries the run's municipalities in data order */
    public Places(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The municipalities, in data order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The municipality with this code. */
    public Entry byCode(String code) {
        for (Entry e : entries) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The municipality a user means by a code or name.
     *
     * @param option the option the query came from, for the message ("--municipality")
     */
    public Entry municipality(String query, String option) {
        String q = query.strip();
        if (q.isEmpty()) {
            throw new BadInputException(option + ": empty; give a kommunenummer such as 1856 or a name such as Røst");
        }
        if (q.matches("[0-9]{1,4}")) {
            String code = "0".repeat(4 - q.length()) + q;
            Entry e = byCode(code);
            if (e == null) {
                throw new BadInputException(option + ": no municipality with kommunenummer " + code + " in this run ("
                        + entries.size() + " municipalities, " + entries.get(0).code() + " to "
                        + entries.get(entries.size() - 1).code() + ")");
            }
            return e;
        }
        Map<String, Entry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.name(), e));
        List<String> names = match(q, byName.keySet());
        if (names.size() == 1) {
            return byName.get(names.get(0));
        }
        List<String> shown = new ArrayList<>();
        (names.isEmpty() ? close(q, byName.keySet()) : names).forEach(n -> shown.add(byName.get(n).label()));
        throw new BadInputException(problem(option, "municipality", "municipalities", q, names.size(), shown,
                "give its kommunenummer or its name as in municipalities_summary.csv"));
    }

    /**
     * The members of the BA region a user means by its code or name, in data order.
     *
     * @throws BadInputException also when the regions are not known (the run's data file is not at hand)
     */
    public List<Entry> region(String query, String option) {
        String q = query.strip();
        Map<String, List<Entry>> byCode = new LinkedHashMap<>();
        Map<String, String> codeOfName = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.baRegionCode() == null) {
                throw new BadInputException(option + ": the BA regions come from the run's data file, which is not at hand");
            }
            byCode.computeIfAbsent(e.baRegionCode(), k -> new ArrayList<>()).add(e);
            codeOfName.putIfAbsent(e.baRegionName(), e.baRegionCode());
        }
        if (byCode.containsKey(q)) {
            return List.copyOf(byCode.get(q));
        }
        if (q.matches("[0-9]+")) {
            throw new BadInputException(option + ": no BA region with code " + q + " in this run");
        }
        List<String> names = match(q, codeOfName.keySet());
        if (names.size() == 1) {
            return List.copyOf(byCode.get(codeOfName.get(names.get(0))));
        }
        List<String> shown = new ArrayList<>();
        (names.isEmpty() ? close(q, codeOfName.keySet()) : names).forEach(n -> shown.add(codeOfName.get(n) + " " + n));
        throw new BadInputException(problem(option, "BA region", "BA regions", q, names.size(), shown,
                "give its code or its name as in the data file's ba_region_code and ba_region_name"));
    }

    private static String problem(String option, String what, String plural, String query, int matches,
                                  List<String> shown, String advice) {
        String quoted = "'" + BadInputException.quote(query, 40) + "'";
        if (matches > 1) {
            return option + ": " + quoted + " matches " + matches + " " + plural + " (" + String.join(", ", shown)
                    + "); " + advice;
        }
        return option + ": no " + what + " " + quoted + " in this run"
                + (shown.isEmpty() ? "; " + advice : "; close matches: " + String.join(", ", shown));
    }

    /**
     * The names a query matches: the whole name first (one match wins), then any of its forms,
     * then the forms without special letters.
     */
    static List<String> match(String query, Set<String> names) {
        String q = normal(query);
        for (String n : names) {
            if (normal(n).equals(q)) {
                return List.of(n);
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (String n : names) {
            if (forms(n).contains(q)) {
                found.add(n);
            }
        }
        if (found.isEmpty()) {
            String f = fold(q);
            for (String n : names) {
                for (String form : forms(n)) {
                    if (fold(form).equals(f)) {
                        found.add(n);
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Names that start with or contain the query, or are a typo away from one of its forms, nearest first. */
    static List<String> close(String query, Set<String> names) {
        String q = fold(normal(query));
        int limit = Math.max(1, q.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        Map<String, Integer> score = new LinkedHashMap<>();
        for (String n : names) {
            int best = Integer.MAX_VALUE;
            for (String form : forms(n)) {
                String f = fold(form);
                int d = distance.apply(q, f);
                if (f.startsWith(q) && q.length() >= 3) {
                    d = 0;
                } else if (f.contains(q) && q.length() >= 3) {
                    d = 1;
                }
                if (d >= 0 && d < best) {
                    best = d;
                }
            }
            if (best != Integer.MAX_VALUE) {
                score.put(n, best);
            }
        }
        List<String> out = new ArrayList<>(score.keySet());
        out.sort(Comparator.comparingInt(score::get));
        return out.subList(0, Math.min(SHOWN, out.size()));
    }

    /** A name's forms: whole, each part between " - ", and each without a bracketed county. */
    static Set<String> forms(String name) {
        Set<String> out = new LinkedHashSet<>();
        String whole = normal(name);
        List<String> parts = new ArrayList<>(List.of(whole));
        for (String p : whole.split(" - ")) {
            parts.add(p.strip());
        }
        for (String p : parts) {
            out.add(p);
            String bare = p.replaceAll("\\s*\\([^)]*\\)\\s*", " ").strip();
            if (!bare.isEmpty()) {
                out.add(bare);
            }
        }
        return out;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Lower case without accents and with Norwegian and Sami letters written in plain Latin ones. */
    static String fold(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'đ' -> out.append('d');
                case 'ŋ' -> out.append('n');
                case 'ŧ' -> out.append('t');
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A file-name part: folded, with every run of other characters a single hyphen ("Røst" is "rost"). */
    public static String slug(String s) {
        String out = fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? "place" : out;
    }
}
