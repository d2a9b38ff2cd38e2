package no.gpsim.output.profile;

import java.util.List;

/**
 * What a profile is about: one municipality, or the member municipalities of an on-call district
 * or a BA region, which are summed per replicate (see {@link Measure}).
 *
 * @param kind municipality, district or region
 * @param query what to give the option to make the same profile again (a code, or a district's name)
 * @param title the heading, with name and code ("Røst (1856)", "BA region Bodø (106)")
 * @param fileStem the page's file name without ".html" ("1856-rost", "region-106-bodo")
 * @param members the municipalities, in data order
 * @param centrality the centrality class compared with: the municipality's, or for several that of
 *     the most populous member (the class that leads an on-call district in the model)
 * @param definition one sentence saying which municipalities are in it and why, for the page
 */
public record Place(Kind kind, String query, String title, String fileStem, List<Places.Entry> members, int centrality,
                   String definition) {

    /** What kind of place a profile covers. */
    public enum Kind {
        MUNICIPALITY("--municipality"), DISTRICT("--district"), REGION("--region");

        private final String option;

        Kind(String option) {
            this.option = option;
        }

        /** The command-line option that asks for it. */
        public String option() {
            return option;
        }
    }

    public Place {
        members = List.copyOf(members);
    }

    /** Whether the profile covers a single municipality. */
    public boolean single() {
        return members.size() == 1 && kind == Kind.MUNICIPALITY;
    }

    /** A profile of one municipality. */
    static Place of(Places.Entry m) {
        return new Place(Kind.MUNICIPALITY, m.code(), m.name() + " (" + m.code() + ")", m.code() + "-" + Places.slug(m.name()),
                List.of(m), m.centrality(), m.name() + ", kommunenummer " + m.code() + ", " + m.county() + ".");
    }

    /** The most populous of several municipalities (the first of equals), as the model picks a district's leader. */
    static Places.Entry largest(List<Places.Entry> members) {
        Places.Entry largest = members.get(0);
        for (Places.Entry m : members) {
            if (m.residents() > largest.residents()) {
                largest = m;
            }
        }
        return largest;
    }
}
