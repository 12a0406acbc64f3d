package nl.leerkring.ui;

/** A part with its own undo history; Ctrl+Z and Ctrl+Y act on the active one. */
public interface Undoable {

    boolean canUndo();

    void undo();

    boolean canRedo();

    void redo();
}
