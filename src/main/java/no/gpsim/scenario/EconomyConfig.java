package no.gpsim.scenario;

import java.util.List;

/**
 * The municipal economy of the GP service (docs/MODEL.md 7.5): each municipality's yearly budget,
 * the state's transfers that raise it, and how the municipality's own levers respond to its
 * shortage and to what it can pay.
 *
 * @param enabled whether municipalities keep a budget and act on it
 * @param headroom yearly growth of a municipality's own budget over its last year's own spending
 * @param shortageTrigger share of residents without a GP at which a municipality raises its supplement
 * @param supplementStep yearly step of a municipality's own supplement per GP
 * @param maxSupplement the most a municipality pays as its own supplement per GP
 * @param generalPerResident general state transfer per resident per year, to every municipality
 * @param targetedPerResident targeted transfer per resident per year by centrality class, to small municipalities
 * @param targetedMaxPopulation the targeted transfer goes to municipalities of at most this many inhabitants
 * @param envelopePerYear the state's yearly envelope for the transfers (0: none); transfers are scaled to fit
 */
public record EconomyConfig(boolean enabled, double headroom, double shortageTrigger, double supplementStep,
                            double maxSupplement, double generalPerResident, double[] targetedPerResident,
                            int targetedMaxPopulation, double envelopePerYear) {

    public static final Key<Boolean> ENABLED = Key.bool("economy.enabled", true)
            .doc("true: each municipality has a yearly budget for its GP service and acts on it each January: it "
                    + "raises its own supplement per GP when many residents lack a GP and the budget has room, lowers "
                    + "it when over budget, and offers introduction agreements and ALIS only while within budget "
                    + "(locums and salaried posts for long vacancies meet its legal duty and do not wait for the budget)")
            .source("[lever] seed 002: \"Innrette fordelingsmekanismene slik at kommunene får et reelt handlingsrom\"; "
                    + "municipalities' own spending on the GP service keeps rising (seed 002)").build();
    public static final Key<Double> HEADROOM = Key.real("economy.headroom", 0, 2, 0.03)
            .unit("share of last year's spending").doc("each January the budget for the coming year is the last year's "
                    + "spending of the municipality's own money (after transfers) times (1 + headroom), plus the "
                    + "year's transfers")
            .source("[calib] municipal budgets are set incrementally; real growth of about 3 % a year, and "
                    + "municipalities' spending on the GP service keeps rising (seed 002); to be fitted")
            .activeWhen("economy.enabled is true", v -> v.get(ENABLED)).build();
    public static final Key<Double> TRIGGER = Key.real("economy.shortageTrigger", 0, 1, 0.02)
            .unit("share of residents").doc("a municipality raises its own supplement when at least this share of its "
                    + "residents is on a list without a GP")
            .source("[calib]")
            .activeWhen("economy.enabled is true", v -> v.get(ENABLED)).build();
    public static final Key<Double> STEP = Key.real("economy.supplementStep", 0, 1_000_000, 25_000)
            .unit("NOK per GP per year").doc("yearly step by which a municipality raises or lowers its own supplement")
            .source("[calib]")
            .activeWhen("economy.enabled is true", v -> v.get(ENABLED)).build();
    public static final Key<Double> MAX_SUPPLEMENT = Key.real("economy.maxSupplement", 0, 5_000_000, 300_000)
            .unit("NOK per GP per year").doc("the most a municipality pays as its own supplement per GP")
            .source("[calib] rural municipalities' recruitment packages of a few hundred thousand NOK a year")
            .activeWhen("economy.enabled is true", v -> v.get(ENABLED)).build();
    public static final Key<Double> GENERAL = Key.real("transfers.generalPerResident", 0, 100_000, 0)
            .unit("NOK per resident per year").doc("general state transfer to every municipality for its GP service")
            .source("[lever] seed 002: \"Sørge for at fastlegeordningen er tilstrekkelig finansiert av staten\"")
            .activeWhen("economy.enabled is true", v -> v.get(ENABLED)).build();
    public static final Key<List<Double>> TARGETED = Key.reals("transfers.targetedPerResident", 6, 0, 100_000,
                    "centrality classes 1-6", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
            .unit("NOK per resident per year").doc("targeted state transfer to municipalities with special challenges: "
                    + "those of at most targetedMaxPopulation inhabitants, by centrality class")
            .source("[lever] seed 002: \"I kommuner med spesielle utfordringer vil det være behov for ekstra "
                    + "finansiering\"")
            .activeWhen("economy.enabled is true", v -> v.get(ENABLED)).build();
    public static final Key<Long> TARGETED_MAX = Key.integer("transfers.targetedMaxPopulation", 0, 10_000_000, 10_000)
            .unit("inhabitants").doc("the targeted transfer goes to municipalities of at most this many inhabitants")
            .source("[lever]")
            .activeWhen("economy.enabled is true", v -> v.get(ENABLED)).build();
    public static final Key<Double> ENVELOPE = Key.real("transfers.envelopePerYear", 0, 1e12, 0)
            .unit("NOK per year, whole country").doc("the state's yearly envelope for the transfers; when they would "
                    + "exceed it they are scaled down in proportion (0: no envelope)")
            .source("[lever] seed 003: the action plan's 1.6 bn NOK over four years")
            .activeWhen("economy.enabled is true", v -> v.get(ENABLED)).build();

    public static final List<Key<?>> KEYS = List.of(ENABLED, HEADROOM, TRIGGER, STEP, MAX_SUPPLEMENT, GENERAL, TARGETED,
            TARGETED_MAX, ENVELOPE);

    public static EconomyConfig from(ParamValues v) {
        return new EconomyConfig(v.get(ENABLED), v.get(HEADROOM), v.get(TRIGGER), v.get(STEP), v.get(MAX_SUPPLEMENT),
                v.get(GENERAL), Arrays2.of(v.get(TARGETED)), v.getInt(TARGETED_MAX), v.get(ENVELOPE));
    }

    public EconomyConfig {
        targetedPerResident = targetedPerResident.clone();
    }

    @Override
    public double[] targetedPerResident() {
        return targetedPerResident.clone();
    }

    /** The yearly transfer to a municipality before any envelope, NOK. */
    public double transferPerYear(long population, int centrality) {
        if (!enabled) {
            return 0;
        }
        double perResident = generalPerResident
                + (population <= targetedMaxPopulation ? targetedPerResident[centrality - 1] : 0);
        return perResident * population;
    }
}
