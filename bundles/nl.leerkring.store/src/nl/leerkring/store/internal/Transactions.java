package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.AccessRefusedException;
import nl.leerkring.core.StoreException;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.engine.Fault;

/**
 * Runs the store's work on an engine, one transaction at a time: all of a write is committed or none
 * of it. The schema is brought up to date before the first transaction. Failures become a
 * {@link StoreException} whose message says what happened and what to do, in the user's language,
 * and never carries the engine's own text (it may quote case material); what the engine said goes to
 * the {@link FaultLog} without it.
 */
public final class Transactions {

    /** Work in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT);

    private final Engine engine;
    /** The data folder or the team database's name, for messages. */
    private final String where;
    private final FaultLog log;
    /** When the newest backup was made, for the message that asks to put it back. */
    private final Supplier<Optional<LocalDateTime>> newestBackup;
    private boolean migrated;
    /** The schema version the database had when it was opened. */
    private int foundVersion;

    public Transactions(Engine engine, String where, FaultLog log, Supplier<Optional<LocalDateTime>> newestBackup) {
        this.engine = engine;
        this.where = where;
        this.log = log;
        this.newestBackup = newestBackup;
    }

    public FaultLog log() {
        return log;
    }

    public Engine engine() {
        return engine;
    }

    /** Opens the database (creating or upgrading its schema); returns the version it had before. */
    public synchronized int open() {
        engine.release(borrow(), false);
        return foundVersion;
    }

    /** Runs the work and commits it. */
    public synchronized <T> T write(Work<T> work) {
        return run(work, "write", Messages.Store_WriteFailed);
    }

    /** Runs work that only reads. */
    public synchronized <T> T read(Work<T> work) {
        return run(work, "read", Messages.Store_ReadFailed);
    }

    private <T> T run(Work<T> work, String what, String otherwise) {
        Connection connection = borrow();
        boolean broken = false;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            broken = rollback(connection, e);
            throw failure(what, e, otherwise);
        } catch (RuntimeException e) {
            broken = rollback(connection, null);
            throw e;
        } finally {
            engine.release(connection, broken);
        }
    }

    /** A connection, with the schema migrated on the first one. */
    private Connection borrow() {
        Connection connection;
        try {
            connection = engine.borrow();
        } catch (SQLException e) {
            throw failure("open", e, NLS.bind(Messages.Store_OpenFailed, where));
        }
        if (!migrated) {
            boolean broken = true;
            try {
                foundVersion = Schema.migrate(connection, engine);
                migrated = true;
                broken = false;
            } catch (SQLException e) {
                throw failure("open", e, NLS.bind(Messages.Store_OpenFailed, where));
            } catch (Schema.Refused e) {
                throw new StoreException(e.tooNew()
                        ? NLS.bind(Messages.Store_TooNew, new Object[] { where, e.version(), Migrations.latestVersion() })
                        : NLS.bind(Messages.Store_SchemaAltered, where, e.version()), e);
            } finally {
                if (broken) {
                    engine.release(connection, true);
                }
            }
        }
        return connection;
    }

    /** Rolls back; tells whether the connection is past use. */
    private static boolean rollback(Connection connection, SQLException cause) {
        try {
            connection.rollback();
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** The message for a failure, by what the engine says it means; the details are logged. */
    private StoreException failure(String what, SQLException e, String otherwise) {
        Fault fault = engine.classify(e);
        log.record(what, fault, e);
        String message = switch (fault) {
            case IN_USE -> NLS.bind(Messages.Store_InUse, where);
            case BUSY -> Messages.Store_Busy;
            case CONNECTION_LOST -> NLS.bind(Messages.Store_ConnectionLost, where);
            case DISK_FULL -> Messages.Store_DiskFull;
            case LOGIN_REFUSED -> NLS.bind(Messages.Store_LoginRefused, where);
            case WRONG_PASSPHRASE -> Messages.Store_WrongPassphrase;
            case DAMAGED -> newestBackup.get()
                    .map(at -> NLS.bind(Messages.Store_DamagedSinceBackup, where, WHEN.format(at)))
                    .orElseGet(() -> NLS.bind(Messages.Store_Damaged, where));
            case NOT_ALLOWED -> notAllowed(e);
            case DUPLICATE, OTHER -> otherwise;
        };
        return fault == Fault.LOGIN_REFUSED || fault == Fault.WRONG_PASSPHRASE ? new AccessRefusedException(message, e)
                : new StoreException(message, e);
    }

    /**
     * What the team database's rights allow, by the table the server names (its message names the
     * table and never a value, so reading the name from it reveals nothing of the case).
     */
    private static String notAllowed(SQLException e) {
        java.util.regex.Matcher table = java.util.regex.Pattern.compile("lk_[a-z_]+")
                .matcher(e.getMessage() == null ? "" : e.getMessage());
        String name = table.find() ? table.group() : "";
        if (name.startsWith("lk_action")) {
            return Messages.Store_NotAllowed_Action;
        }
        if (name.startsWith("lk_protocol")) {
            return Messages.Store_NotAllowed_Protocol;
        }
        if (name.equals("lk_session") || name.startsWith("lk_item") || name.equals("lk_participant")
                || name.equals("lk_step_time")) {
            return Messages.Store_NotAllowed_Session;
        }
        if (name.equals("lk_group") || name.equals("lk_membership") || name.equals("lk_person")
                || name.equals("lk_retention") || name.equals("lk_erasure")) {
            return Messages.Store_NotAllowed_Group;
        }
        return Messages.Store_NotAllowed;
    }
}
