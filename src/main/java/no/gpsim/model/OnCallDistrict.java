package no.gpsim.model;

import java.util.List;

/**
 * Municipalities sharing one out-of-hours rota (legevaktdistrikt), with the hours the workload
 * process works out for it each month.
 */
public final class OnCallDistrict {

    private final String id;
    private final List<Municipality> members;
    private final int leadCentrality;
    private final Municipality lead;

    private double gpHours;
    private double qualifiedHours;
    private double unqualifiedHours;
    private double dedicatedHours;
    private double packageHours;
    private long population;
    private int eligibleQualified;
    private int eligibleUnqualified;

    /** @param leadCentrality centrality class of the district's largest municipality */
    public OnCallDistrict(String id, List<Municipality> members, int leadCentrality) {
        this.id = id;
        this.members = List.copyOf(members);
        this.leadCentrality = leadCentrality;
        this.lead = Districts.largest(this.members);
        for (Municipality m : members) {
            m.setDistrict(this);
            population += m.population();
        }
    }

    public String id() {
        return id;
    }

    public List<Municipality> members() {
        return members;
    }

    public int leadCentrality() {
        return leadCentrality;
    }

    /**
     * Whether the district applied for the grants that need an application this year: its largest
     * municipality, which hosts the on-call service, applies for it.
     */
    public boolean grantsTakenUp() {
        return lead.grantsTakenUp();
    }

    /** Residents of the member municipalities, kept up to date as they change ({@link Municipality#changePopulation}). */
    public long population() {
        return population;
    }

    /** A member's population changed by {@code delta}. */
    void changePopulation(long delta) {
        population += delta;
    }

    /** Weekly rota hours to be worked by list-holding GPs. */
    public double gpHours() {
        return gpHours;
    }

    /** Weekly hours of one qualified eligible GP, own duty plus back-up. */
    public double qualifiedHours() {
        return qualifiedHours;
    }

    /** Weekly hours of one eligible GP not yet qualified to work alone. */
    public double unqualifiedHours() {
        return unqualifiedHours;
    }

    /** Weekly hours worked by staff who hold no list, paid by the municipalities. */
    public double dedicatedHours() {
        return dedicatedHours;
    }

    /** Weekly hours worked by state-funded doctors of the district package. */
    public double packageHours() {
        return packageHours;
    }

    /** Eligible GPs qualified to work alone, at the last workload step. */
    public int eligibleQualified() {
        return eligibleQualified;
    }

    /** Eligible GPs who need a back-up, at the last workload step. */
    public int eligibleUnqualified() {
        return eligibleUnqualified;
    }

    public void setEligible(int qualified, int unqualified) {
        this.eligibleQualified = qualified;
        this.eligibleUnqualified = unqualified;
    }

    public void setHours(double gpHours, double qualifiedHours, double unqualifiedHours, double dedicatedHours,
                         double packageHours) {
        this.gpHours = gpHours;
        this.qualifiedHours = qualifiedHours;
        this.unqualifiedHours = unqualifiedHours;
        this.dedicatedHours = dedicatedHours;
        this.packageHours = packageHours;
    }
}
