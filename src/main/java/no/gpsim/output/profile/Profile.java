package no.gpsim.output.profile;

import java.util.List;

/**
 * Everything one profile page shows, gathered before it is written.
 *
 * @param place what the profile is about
 * @param run the run directory's statistics, municipalities and data file
 * @param trajectory the place's outcomes per scenario and year
 * @param classes the end-year means of every municipality, for the comparison with the class
 * @param placeFigures figures beside the key figures (where the place is)
 * @param trajectoryFigures one chart per outcome over the years
 * @param classFigures figures of the comparison with the class
 */
record Profile(Place place, RunContext run, Trajectory trajectory, ClassComparison classes, List<Figure> placeFigures,
               List<Figure> trajectoryFigures, List<Figure> classFigures) {

    Profile {
        placeFigures = List.copyOf(placeFigures);
        trajectoryFigures = List.copyOf(trajectoryFigures);
        classFigures = List.copyOf(classFigures);
    }

    /** Every figure of the page, in page order. */
    List<Figure> figures() {
        List<Figure> all = new java.util.ArrayList<>(placeFigures);
        all.addAll(trajectoryFigures);
        all.addAll(classFigures);
        return all;
    }
}
