package no.gpsim.model;

/**
 * A doctor's fixed preferences, drawn once when the doctor enters the model. Utility terms are in
 * log-income points.
 *
 * @param incomeWeight weight of ln(net income)
 * @param preferredHours preferred total weekly hours
 * @param oncallAversion disutility per weekly on-call hour
 * @param salariedPreference utility of a salaried post over self-employment
 * @param ruralAversion dislike of remote posts, per unit of remoteness (1 - centrality index / 1000)
 * @param exemptDraw uniform draw in [0, 1): exempt from on-call for other reasons when below the exempt share
 * @param female whether the doctor is a woman
 * @param foreignEducated whether the doctor was educated abroad
 */
public record DoctorTraits(double incomeWeight, double preferredHours, double oncallAversion, double salariedPreference,
                           double ruralAversion, double exemptDraw, boolean female, boolean foreignEducated) { }
