package nl.leerkring.reports;

/** A report ready for any format: a session's verslag or a group's picture over a period. */
public sealed interface Report permits SessionReport, GroupReport {

    String title();
}
