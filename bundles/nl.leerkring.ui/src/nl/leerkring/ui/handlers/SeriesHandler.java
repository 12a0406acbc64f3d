package nl.leerkring.ui.handlers;

import nl.leerkring.ui.actions.SeriesPart;

/** Ctrl+Shift+R: what a group's series of sessions brought. */
public class SeriesHandler extends ShowPartHandler {

    public SeriesHandler() {
        super(SeriesPart.ID);
    }
}
