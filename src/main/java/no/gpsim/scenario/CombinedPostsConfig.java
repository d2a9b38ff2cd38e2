package no.gpsim.scenario;

import java.util.List;

/**
 * Combined posts (docs/MODEL.md 7.5): salaried municipal posts that join a short GP list with
 * nursing-home, health-station or research work, whose holders share the on-call rota.
 *
 * @param postsPer10k combined posts each municipality keeps per 10,000 residents
 * @param minCentrality municipalities of this centrality class and less central ones keep them
 * @param listShare the post's list cap as a share of employment.newListSize
 * @param otherHoursPerWeek weekly hours of the other work
 * @param utilityBonus attraction of the post's variety to a candidate, in log-income points
 */
public record CombinedPostsConfig(double postsPer10k, int minCentrality, double listShare, double otherHoursPerWeek,
                                  double utilityBonus) {

    public static final Key<Double> PER_10K = Key.real("combinedPosts.postsPer10k", 0, 50, 0)
            .unit("posts per 10,000 residents").doc("combined posts each municipality of centrality minCentrality or "
                    + "less central keeps (rounded up or down at random, fixed per municipality); opened each January "
                    + "as salaried posts and advertised like any other")
            .source("[lever] seed 002: \"flere kombinerte legestillinger og derved flere å fordele vaktbelastningen "
                    + "på\"; seed 004: \"kombinasjoner av stillinger som f. eks forskerstilling og fastlegestilling, "
                    + "sykehjemslege og fastlegestilling\"").build();
    public static final Key<Long> MIN_CENTRALITY = Key.integer("combinedPosts.minCentrality", 1, 6, 4)
            .unit("centrality class").doc("municipalities of this centrality class and less central ones keep combined posts")
            .source("[lever]")
            .activeWhen("combinedPosts.postsPer10k is above 0", v -> v.get(PER_10K) > 0).build();
    public static final Key<Double> LIST_SHARE = Key.real("combinedPosts.listShare", 0.1, 1, 0.5)
            .unit("share of employment.newListSize").doc("the combined post's list cap, as a share of a new list")
            .source("[lever]")
            .activeWhen("combinedPosts.postsPer10k is above 0", v -> v.get(PER_10K) > 0).build();
    public static final Key<Double> OTHER_HOURS = Key.real("combinedPosts.otherHoursPerWeek", 0, 40, 18)
            .unit("hours per week").doc("the post's nursing-home, health-station or research work; it counts in the "
                    + "holder's hours, and the municipality no longer buys those hours elsewhere (at "
                    + "funding.municipalHourlyPay)")
            .source("[lever] about half a post")
            .activeWhen("combinedPosts.postsPer10k is above 0", v -> v.get(PER_10K) > 0).build();
    public static final Key<Double> BONUS = Key.real("combinedPosts.utilityBonus", 0, 2, 0.1)
            .unit("log-income points").doc("attraction of a combined post's variety (and, for research posts, an "
                    + "academic career) to a candidate")
            .source("[calib] young doctors value varied work and professional community (EY and Vista 2019)")
            .activeWhen("combinedPosts.postsPer10k is above 0", v -> v.get(PER_10K) > 0).build();

    public static final List<Key<?>> KEYS = List.of(PER_10K, MIN_CENTRALITY, LIST_SHARE, OTHER_HOURS, BONUS);

    public static CombinedPostsConfig from(ParamValues v) {
        return new CombinedPostsConfig(v.get(PER_10K), v.getInt(MIN_CENTRALITY), v.get(LIST_SHARE), v.get(OTHER_HOURS),
                v.get(BONUS));
    }

    /**
     * Combined posts a municipality keeps: population x postsPer10k / 10,000, rounded up with the
     * probability of its fraction by a draw fixed per municipality; none below minCentrality.
     */
    public int target(long population, int centrality, double fixedUniform) {
        if (postsPer10k <= 0 || centrality < minCentrality) {
            return 0;
        }
        double exact = population * postsPer10k / 10_000;
        int whole = (int) Math.floor(exact);
        return whole + (fixedUniform < exact - whole ? 1 : 0);
    }
}
