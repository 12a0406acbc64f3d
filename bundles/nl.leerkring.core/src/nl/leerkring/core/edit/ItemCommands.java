package nl.leerkring.core.edit;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.leerkring.core.ItemEntry;
import nl.leerkring.core.SessionService;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;

/**
 * The undoable changes to a session's items, as EMF commands. Each goes through the session service,
 * so every execute, undo and redo is checked and committed to the store like any other change.
 */
public final class ItemCommands {

    private ItemCommands() {
    }

    public static Command add(SessionService service, Session session, String kindId, String text, String author) {
        return add(service, session, ItemEntry.of(kindId, text, author));
    }

    public static Command add(SessionService service, Session session, ItemEntry entry) {
        return new Added(service, session, () -> service.addItem(session, entry));
    }

    /** Tags the item with other codes; undo gives it back the ones it had. */
    public static Command mark(SessionService service, Session session, Item item, List<CodeMark> marks) {
        return new Marked(service, session, item, marks);
    }

    public static Command addAction(SessionService service, Session session, String kindId, String description,
            String owner, LocalDate due) {
        return new Added(service, session, () -> service.addAction(session, kindId, description, owner, due));
    }

    public static Command remove(SessionService service, Session session, Item item) {
        return new Removed(service, session, item);
    }

    public static Command edit(SessionService service, Session session, Item item, String text) {
        return new Edited(service, session, item, text);
    }

    /** Moves the item one place up (-1) or down (+1) among its kind; undo moves it back. */
    public static Command move(SessionService service, Session session, Item item, int direction) {
        return new Moved(service, session, item, direction);
    }

    /** Marks the item as chosen (or not); undo gives the mark back to the one that had it. */
    public static Command choose(SessionService service, Session session, Item item, boolean chosen) {
        return new Chosen(service, session, item, chosen);
    }

    /** Base: a command that can always be tried; the service decides and says why not. */
    private abstract static class ItemCommand extends AbstractCommand {
        final SessionService service;
        final Session session;

        ItemCommand(SessionService service, Session session) {
            this.service = service;
            this.session = session;
        }

        @Override
        protected boolean prepare() {
            return true;
        }
    }

    private static final class Added extends ItemCommand {
        private final Supplier<Item> adding;
        private Item item;
        private int position;

        Added(SessionService service, Session session, Supplier<Item> adding) {
            super(service, session);
            this.adding = adding;
        }

        @Override
        public void execute() {
            item = adding.get();
            position = session.getItems().indexOf(item);
        }

        @Override
        public void undo() {
            service.removeItem(session, item);
        }

        @Override
        public void redo() {
            service.restoreItem(session, item, position);
        }
    }

    private static final class Removed extends ItemCommand {
        private final Item item;
        private int position;

        Removed(SessionService service, Session session, Item item) {
            super(service, session);
            this.item = item;
        }

        @Override
        public void execute() {
            position = session.getItems().indexOf(item);
            service.removeItem(session, item);
        }

        @Override
        public void undo() {
            service.restoreItem(session, item, position);
        }

        @Override
        public void redo() {
            execute();
        }
    }

    private static final class Marked extends ItemCommand {
        private final Item item;
        private final List<CodeMark> marks;
        private List<CodeMark> before;

        Marked(SessionService service, Session session, Item item, List<CodeMark> marks) {
            super(service, session);
            this.item = item;
            this.marks = List.copyOf(EcoreUtil.copyAll(marks));
        }

        @Override
        public void execute() {
            before = List.copyOf(EcoreUtil.copyAll(item.getMarks()));
            service.markItem(session, item, marks);
        }

        @Override
        public void undo() {
            service.markItem(session, item, before);
        }

        @Override
        public void redo() {
            service.markItem(session, item, marks);
        }
    }

    private static final class Edited extends ItemCommand {
        private final Item item;
        private final String text;
        private String before;

        Edited(SessionService service, Session session, Item item, String text) {
            super(service, session);
            this.item = item;
            this.text = text;
        }

        @Override
        public void execute() {
            before = item.getText();
            service.editItem(session, item, text);
        }

        @Override
        public void undo() {
            service.editItem(session, item, before);
        }

        @Override
        public void redo() {
            service.editItem(session, item, text);
        }
    }

    private static final class Chosen extends ItemCommand {
        private final Item item;
        private final boolean chosen;
        private boolean was;
        private List<Item> before;

        Chosen(SessionService service, Session session, Item item, boolean chosen) {
            super(service, session);
            this.item = item;
            this.chosen = chosen;
        }

        @Override
        public void execute() {
            was = item.isChosen();
            before = session.getItems().stream().filter(i -> i != item && i.isChosen()
                    && i.getStepId().equals(item.getStepId()) && i.getKindId().equals(item.getKindId())).toList();
            service.choose(session, item, chosen);
        }

        @Override
        public void undo() {
            // Where one may be chosen the mark moved: it goes back to the one that had it.
            Item lost = before.stream().filter(i -> !i.isChosen()).findFirst().orElse(null);
            if (lost != null) {
                service.choose(session, lost, true);
            } else {
                service.choose(session, item, was);
            }
        }

        @Override
        public void redo() {
            service.choose(session, item, chosen);
        }
    }

    private static final class Moved extends ItemCommand {
        private final Item item;
        private final int direction;
        private boolean moved;

        Moved(SessionService service, Session session, Item item, int direction) {
            super(service, session);
            this.item = item;
            this.direction = direction;
        }

        @Override
        public void execute() {
            moved = service.move(session, item, direction);
        }

        @Override
        public void undo() {
            if (moved) {
                service.move(session, item, -direction);
            }
        }

        @Override
        public void redo() {
            execute();
        }
    }
}
