package no.gpsim.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.gpsim.data.MunicipalityData;

/**
 * A municipality (kommune): its lists, its population (everyone on its lists, by age group), its
 * on-call district and its running totals.
 *
 * <p>The population and the held lists' patients are kept up to date as they change (by
 * {@link #changePopulation} and by the municipality's {@link PatientList}s), so reading them
 * costs nothing however many lists there are.
 */
public final class Municipality {

    private final int index;
    private final MunicipalityData data;
    /** The lists in the order they were opened, the first {@link #listCount} entries; the monthly passes index it directly. */
    private PatientList[] lists = new PatientList[8];
    private int listCount;
    private final ListsView listsView = new ListsView();

    /** The read-only live view of the lists; its iterators fail fast when a list is opened or closed meanwhile. */
    private final class ListsView extends AbstractList<PatientList> {
        @Override
        public PatientList get(int k) {
            Objects.checkIndex(k, listCount);
            return lists[k];
        }

        @Override
        public int size() {
            return listCount;
        }

        void changed() {
            modCount++;
        }
    }
    private final long[] population = new long[AgeGroups.COUNT];
    private long totalPopulation;
    private int heldLists;
    private long heldPatients;
    private final Tally tally = new Tally();
    private OnCallDistrict district;
    private double supplementOverride = Double.NaN;
    private int alisSlots;
    private boolean grantsTakenUp = true;
    private double budget = Double.NaN;
    private double ownSupplement;
    private boolean withinBudget = true;
    private double netCostAtReview;
    private double grossCostAtReview;
    private double budgetRoom;
    private int initialLists;
    private double initialMeanList;

    public Municipality(int index, MunicipalityData data) {
        this.index = index;
        this.data = data;
    }

    public int index() {
        return index;
    }

    public MunicipalityData data() {
        return data;
    }

    public String code() {
        return data.code();
    }

    public int centrality() {
        return data.centrality();
    }

    /** 1 - centrality index / 1000: 0 for the most central municipality. */
    public double remoteness() {
        return 1 - data.centralityIndex() / 1000.0;
    }

    /** The lists, a read-only live view in the order they were opened. */
    public List<PatientList> lists() {
        return listsView;
    }

    /** Number of lists (held and vacant). */
    public int listCount() {
        return listCount;
    }

    /** The {@code k}-th list, {@code 0 <= k < listCount()}: for the monthly passes, without the view's indirection. */
    public PatientList list(int k) {
        return lists[k];
    }

    public long population(int ageGroup) {
        return population[ageGroup];
    }

    public long population() {
        return totalPopulation;
    }

    public Tally tally() {
        return tally;
    }

    public OnCallDistrict district() {
        return district;
    }

    /** Municipal supplement per GP per year from a per-municipality file, or NaN to use the class value. */
    public double supplementOverride() {
        return supplementOverride;
    }

    /** ALIS posts this municipality may still offer this year. */
    public int alisSlots() {
        return alisSlots;
    }

    /** Patients on held lists, and the number of held lists. */
    public long heldPatients() {
        return heldPatients;
    }

    public int heldLists() {
        return heldLists;
    }

    /** Mean list length of the held lists (as SSB computes it), 0 when none is held. */
    public double meanListLength() {
        return heldLists == 0 ? 0 : heldPatients / (double) heldLists;
    }

    /** Lists at the start of the run (held and vacant). */
    public int initialLists() {
        return initialLists;
    }

    /** Mean held list at the start of the run. */
    public double initialMeanList() {
        return initialMeanList;
    }

    /** Records the lists and mean list of the initial state. */
    void recordInitial() {
        initialLists = listCount;
        initialMeanList = meanListLength();
    }

    void setDistrict(OnCallDistrict district) {
        this.district = district;
    }

    public void setSupplementOverride(double nokPerYear) {
        this.supplementOverride = nokPerYear;
    }

    /** The municipality's own supplement per GP per year, set by its budget (NOK). */
    public double ownSupplement() {
        return ownSupplement;
    }

    public void setOwnSupplement(double ownSupplement) {
        this.ownSupplement = ownSupplement;
    }

    /**
     * Whether the municipality was within its GP-service budget at its last yearly review: only
     * then does it offer introduction agreements and ALIS (always true without the municipal
     * economy).
     */
    public boolean withinBudget() {
        return withinBudget;
    }

    /** The budget's room at the last review: budget less the year's spending, NOK (0 before the first). */
    public double budgetRoom() {
        return budgetRoom;
    }

    /** The GP-service budget for the year from the last review, NOK (NaN before the first). */
    public double budget() {
        return budget;
    }

    /**
     * Records a yearly review of the budget.
     *
     * @param budget the budget for the coming year
     * @param room the budget less the last year's spending
     * @param withinBudget whether the last year's spending stayed within its budget
     * @param netCost the running total of net cost now (after transfers)
     * @param grossCost the running total of gross spending now (net cost plus transfers received)
     */
    public void review(double budget, double room, boolean withinBudget, double netCost, double grossCost) {
        this.budget = budget;
        this.budgetRoom = room;
        this.withinBudget = withinBudget;
        this.netCostAtReview = netCost;
        this.grossCostAtReview = grossCost;
    }

    /** The running total of net cost at the last review. */
    public double netCostAtReview() {
        return netCostAtReview;
    }

    /** The running total of gross spending at the last review. */
    public double grossCostAtReview() {
        return grossCostAtReview;
    }

    /** Whether the municipality applied this year for the grants that need an application. */
    public boolean grantsTakenUp() {
        return grantsTakenUp;
    }

    public void setGrantsTakenUp(boolean grantsTakenUp) {
        this.grantsTakenUp = grantsTakenUp;
    }

    public void setAlisSlots(int slots) {
        this.alisSlots = slots;
    }

    public void useAlisSlot() {
        if (alisSlots <= 0) {
            throw new IllegalStateException("no ALIS slot left in " + code());
        }
        alisSlots--;
    }

    public void changePopulation(int ageGroup, long delta) {
        population[ageGroup] += delta;
        totalPopulation += delta;
        if (district != null) {
            district.changePopulation(delta);
        }
    }

    /** A list of the municipality gained or lost a holder with {@code patients} on it (kept by {@link PatientList}). */
    void changeHeld(int lists, long patients) {
        heldLists += lists;
        heldPatients += patients;
    }

    public void addList(PatientList list) {
        if (listCount == lists.length) {
            lists = Arrays.copyOf(lists, 2 * listCount);
        }
        lists[listCount++] = list;
        listsView.changed();
    }

    public void removeList(PatientList list) {
        if (!list.isVacant() || list.size() != 0) {
            throw new IllegalStateException("only an empty vacant list can be closed");
        }
        for (int k = 0; k < listCount; k++) {
            if (lists[k] == list) {
                System.arraycopy(lists, k + 1, lists, k, listCount - k - 1);
                lists[--listCount] = null;
                listsView.changed();
                return;
            }
        }
    }
}
