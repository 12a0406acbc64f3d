package nl.leerkring.ui.handlers;

import nl.leerkring.ui.design.ProtocolEditorPart;

/** Ctrl+Shift+E: the protocol designer. */
public class EditorHandler extends ShowPartHandler {

    public EditorHandler() {
        super(ProtocolEditorPart.ID);
    }
}
