package no.gpsim.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.gpsim.scenario.OnCallConfig;
import no.gpsim.scenario.Parameters;
import no.gpsim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The model: Norway's municipalities, their GP lists, GPs, candidates and on-call districts,
 * stepped one month at a time by MASON's schedule.
 *
 * <p>{@link #start()} builds the initial state from the data and schedules the monthly processes
 * given to the constructor, in their order, each with its own ordering within the month (the
 * list itself is assembled in {@code no.gpsim.process.Processes}). Observers are added with
 * {@link #addObserver}; they run last and must not change the state. All randomness comes from
 * {@link #random}, split into named {@link Streams}.
 */
public final class GpSim extends SimState {

    private final ModelInputs inputs;
    private final Steppable initial;
    private final List<Steppable> processes;
    private final List<Municipality> municipalities = new ArrayList<>();
    private final List<OnCallDistrict> districts = new ArrayList<>();
    private final List<Gp> gps = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Tally tally = new Tally();
    private final List<Steppable> observers = new ArrayList<>();
    private final List<Municipality> municipalitiesView = Collections.unmodifiableList(municipalities);
    private final List<OnCallDistrict> districtsView = Collections.unmodifiableList(districts);
    private final List<Gp> gpsView = Collections.unmodifiableList(gps);
    private final List<Candidate> candidatesView = Collections.unmodifiableList(candidates);
    private Streams streams;
    private Parameters parameters;
    private double[] ageWeights;
    private double[] initialAgeMix;
    private int nextGpId;
    private int nextListId;
    private int monthsDone;
    /** The start month and the month being simulated, kept rather than parsed on every call. */
    private YearMonth startMonth;
    private YearMonth month;
    private OnCallConfig.District districtMode;
    private double referenceValue;
    private double referenceValueNow;
    private Parameters valuedParameters;
    private TrainingPipeline pipeline;
    private final List<PatientList> scratchLists = new ArrayList<>();

    /**
     * @param seed the replicate's seed
     * @param inputs scenario and data
     * @param initial completes the initial state once it is drawn (hours, incomes, preferences
     *     revealed by the data, the labour market's anchor); run by {@link #start()}
     * @param processes the monthly processes in the order they run within a month
     */
    public GpSim(long seed, ModelInputs inputs, Steppable initial, List<? extends Steppable> processes) {
        super(seed);
        this.inputs = inputs;
        this.initial = initial;
        this.processes = List.copyOf(processes);
    }

    /** Builds the initial state (step 0) and schedules the monthly processes. */
    @Override
    public void start() {
        super.start();
        municipalities.clear();
        districts.clear();
        gps.clear();
        candidates.clear();
        monthsDone = 0;
        startMonth = inputs.scenario().start();
        month = startMonth;
        pipeline = new TrainingPipeline(inputs.months());
        streams = new Streams(random);
        parameters = inputs.scenario().timeline().get(0).parameters();
        new InitialState(this).build();
        for (Municipality m : municipalities) {
            m.recordInitial();
        }
        initialAgeMix = AgeWeights.nationalMix(municipalities);
        setRegime(inputs.scenario().timeline().get(0));
        initial.step(this);
        int ordering = 0;
        for (Steppable process : processes) {
            schedule.scheduleRepeating(1.0, ordering++, process, 1.0);
        }
        for (Steppable observer : observers) {
            schedule.scheduleRepeating(1.0, ordering++, observer, 1.0);
        }
    }

    /** Adds an observer that runs after all processes each month. Call before {@link #start()}. */
    public void addObserver(Steppable observer) {
        observers.add(observer);
    }

    /** Runs all scheduled months. */
    public void runToEnd() {
        for (int m = 0; m < inputs.months(); m++) {
            schedule.step(this);
        }
    }

    public ModelInputs inputs() {
        return inputs;
    }

    /** Parameters in force this month. */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * The value of the labour market's reference posts at the start under the default levers: the
     * anchor against which the inflow of candidates responds.
     */
    public double referenceValue() {
        return referenceValue;
    }

    public void setReferenceValue(double value) {
        this.referenceValue = value;
    }

    /**
     * A list to reuse for a moment's work on lists (placing patients), cleared by its user: this
     * simulation runs on one thread, so one serves.
     */
    public List<PatientList> scratchLists() {
        return scratchLists;
    }

    /** The extra doctors on their way to the candidate pool (training levers). */
    public TrainingPipeline pipeline() {
        return pipeline;
    }

    /** The value of the reference posts when last valued (each January and when a policy takes effect). */
    public double referenceValueNow() {
        return referenceValueNow;
    }

    /** The parameters under which {@link #referenceValueNow()} was worked out. */
    public Parameters valuedParameters() {
        return valuedParameters;
    }

    public void setReferenceValueNow(double value, Parameters under) {
        this.referenceValueNow = value;
        this.valuedParameters = under;
    }

    /** Patient-adjusted basic grant weight per age group, normalised to a national mean of 1. */
    public double[] ageWeights() {
        return ageWeights;
    }

    public Streams streams() {
        return streams;
    }

    public List<Municipality> municipalities() {
        return municipalitiesView;
    }

    public List<OnCallDistrict> districts() {
        return districtsView;
    }

    /** GPs holding a list, in the order they took it. */
    public List<Gp> gps() {
        return gpsView;
    }

    /** Candidates still looking for a post. */
    public List<Candidate> candidates() {
        return candidatesView;
    }

    public Tally tally() {
        return tally;
    }

    /** Months completed; 0 is the initial state. */
    public int monthsDone() {
        return monthsDone;
    }

    /** The month being simulated (during a step) or just simulated (after it). */
    public YearMonth month() {
        return month;
    }

    /** The first simulated month (step 1); step 0 is the last day of the month before. */
    public YearMonth startMonth() {
        return startMonth;
    }

    /** Years since the start, at the middle of the month being simulated. */
    public double yearsElapsed() {
        return (Math.max(0, monthsDone - 1) + 0.5) / 12.0;
    }

    // --- changes, used by the processes and the initial state ---

    /** Puts a policy regime in force. */
    public void setRegime(Scenario.Regime regime) {
        this.parameters = regime.parameters();
        this.ageWeights = AgeWeights.of(parameters, initialAgeMix);
    }

    public void beginMonth() {
        monthsDone++;
        month = startMonth.plusMonths(monthsDone - 1);
    }

    void addMunicipality(Municipality m) {
        municipalities.add(m);
    }

    void replaceDistricts(List<OnCallDistrict> newDistricts, OnCallConfig.District mode) {
        districts.clear();
        districts.addAll(newDistricts);
        districtMode = mode;
    }

    /** The district setting the current districts were built with. */
    public OnCallConfig.District districtMode() {
        return districtMode;
    }

    public int newGpId() {
        return nextGpId++;
    }

    /** Opens a list in a municipality; it starts vacant and empty. */
    public PatientList openList(Municipality m, int cap, boolean salariedPost) {
        PatientList list = new PatientList(nextListId++, m, cap, salariedPost);
        m.addList(list);
        return list;
    }

    public void addGp(Gp gp) {
        gps.add(gp);
    }

    /**
     * Visits every GP in order and then removes those who left their posts during the visit
     * (they hold no list), keeping the others in the order they took their lists: one pass however
     * many left. The visitor must not add GPs.
     */
    public void visitGps(java.util.function.Consumer<Gp> visitor) {
        int n = gps.size();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Gp gp = gps.get(i);
            visitor.accept(gp);
            if (gp.list() != null) {
                gps.set(kept++, gp);
            }
        }
        if (gps.size() != n) {
            throw new java.util.ConcurrentModificationException("GPs added while visiting them");
        }
        if (kept < n) {
            gps.subList(kept, n).clear();
        }
    }

    public void addCandidate(Candidate c) {
        candidates.add(c);
    }

    /** Replaces the pool of waiting candidates (after a month's matching). */
    public void setCandidates(List<Candidate> waiting) {
        candidates.clear();
        candidates.addAll(waiting);
    }
}
