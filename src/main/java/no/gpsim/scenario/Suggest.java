package no.gpsim.scenario;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for misspelt keys and words. */
public final class Suggest {

    private Suggest() {
    }

    /** Words longer than this are not typos of a key; comparing them would only cost time. */
    static final int MAX_WORD = 80;

    /**
     * The candidate nearest to {@code word} by edit distance (case-insensitive), or null when none
     * is close enough to be a plausible typo: at most a third of the word's length, and at least 2.
     */
    public static String nearest(String word, Collection<String> candidates) {
        if (word.length() > MAX_WORD) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, lower.length() / 3);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}
