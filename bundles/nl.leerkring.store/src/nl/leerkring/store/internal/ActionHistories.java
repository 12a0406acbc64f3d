package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.StatusChange;

/**
 * The SQL that reads what happened to actions: their history (lk_action_change) and progress notes
 * (lk_action_note), for actions {@link ActionRows} found, asked for by their ids ({@link InLists}).
 */
final class ActionHistories {

    /*
     * The history and notes queries have no ORDER BY: the rows are put in order here, by their number
     * within the action. Sorting a group's hundreds of changes in Derby cost a fifth of the query.
     */
    static final String CHANGE_COLUMNS = "SELECT c.action_id, c.changed_at, c.changed_by, c.from_status,"
            + " c.to_status, c.reason, c.session_id, c.seq";
    static final String NOTE_COLUMNS = "SELECT n.action_id, n.noted_at, n.author, n.body, n.seq";

    private ActionHistories() {
    }

    /**
     * Adds history and, if asked, notes to the actions, asked for by their ids (the primary key's
     * first column) in batches: as quick as the actions are few, whichever filter found them.
     */
    static void read(Connection connection, Map<String, Action> actions, boolean notes) throws SQLException {
        for (List<String> batch : InLists.batches(new ArrayList<>(actions.keySet()))) {
            String marks = InLists.marks(batch.size());
            try (PreparedStatement query = connection.prepareStatement(CHANGE_COLUMNS
                    + " FROM lk_action_change c WHERE c.action_id IN (" + marks + ")")) {
                InLists.bind(query, batch);
                readChanges(query, actions);
            }
            if (notes) {
                try (PreparedStatement query = connection.prepareStatement(NOTE_COLUMNS
                        + " FROM lk_action_note n WHERE n.action_id IN (" + marks + ")")) {
                    InLists.bind(query, batch);
                    readNotes(query, actions);
                }
            }
        }
    }

    /** A change or note read for an action, with its number within the action. */
    private record Numbered<T>(Action action, int seq, T entry) {
    }

    /** Makes one entry (a change, a note) from the columns of the current row. */
    @FunctionalInterface
    private interface Entry<T> {
        T of(ResultSet rs) throws SQLException;
    }

    /** Adds the changes the query selects (in {@link #CHANGE_COLUMNS}) to the histories of their actions. */
    static void readChanges(PreparedStatement query, Map<String, Action> actions) throws SQLException {
        read(query, actions, 8, rs -> {
            StatusChange change = LeerkringFactory.eINSTANCE.createStatusChange();
            change.setAt(rs.getTimestamp(2).toInstant());
            change.setBy(rs.getString(3));
            change.setFrom(ActionStatus.get(rs.getString(4)));
            change.setTo(ActionStatus.get(rs.getString(5)));
            change.setReason(rs.getString(6));
            change.setSessionId(rs.getString(7));
            return change;
        }, (action, change) -> action.getHistory().add(change));
    }

    /** Adds the notes the query selects (in {@link #NOTE_COLUMNS}) to their actions. */
    static void readNotes(PreparedStatement query, Map<String, Action> actions) throws SQLException {
        read(query, actions, 5, rs -> {
            ProgressNote note = LeerkringFactory.eINSTANCE.createProgressNote();
            note.setAt(rs.getTimestamp(2).toInstant());
            note.setAuthor(rs.getString(3));
            note.setText(rs.getString(4));
            return note;
        }, (action, note) -> action.getNotes().add(note));
    }

    /**
     * Reads the entries of the actions asked for (the action's id in the first column, its number in
     * {@code seqColumn}) and adds them by number: each action's then come in their own order,
     * whatever order the rows came in.
     */
    private static <T> void read(PreparedStatement query, Map<String, Action> actions, int seqColumn, Entry<T> entry,
            BiConsumer<Action, T> add) throws SQLException {
        List<Numbered<T>> read = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Action action = actions.get(rs.getString(1));
                if (action != null) {
                    read.add(new Numbered<>(action, rs.getInt(seqColumn), entry.of(rs)));
                }
            }
        }
        read.sort(Comparator.comparingInt(Numbered::seq));
        read.forEach(n -> add.accept(n.action(), n.entry()));
    }
}
