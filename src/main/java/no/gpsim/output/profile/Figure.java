package no.gpsim.output.profile;

/**
 * A figure of a profile page, embedded in the page as a PNG data URI.
 *
 * @param id the figure's anchor on the page
 * @param caption one or two sentences under it
 * @param alt the text a screen reader gives instead of the image
 * @param png the image
 */
public record Figure(String id, String caption, String alt, byte[] png) { }
