package nl.leerkring.store;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.StoreAccess.State;
import nl.leerkring.core.StoreBackups;
import nl.leerkring.core.StoreException;
import nl.leerkring.store.engine.BootKey;
import nl.leerkring.store.engine.DerbyEngine;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.engine.Fault;
import nl.leerkring.store.internal.FaultLog;
import nl.leerkring.store.internal.Messages;
import nl.leerkring.store.internal.Transactions;

/**
 * Opens a store's database with what it needs: the team database's password, or the passphrase
 * that opens, creates or encrypts the database on this computer. Holds the engine once open.
 */
final class Opener {

    private final StoreLocation location;
    private final LocalDatabase local;
    /** Whether a new database on this computer may be made unencrypted (tests and tools, not the application). */
    private final boolean plainAllowed;
    private final FaultLog log;
    /** The team database's password or this computer's passphrase, once known; never written anywhere. */
    private char[] secret;
    /** Set while an unencrypted database is being encrypted with the secret. */
    private boolean encryptExisting;
    /** The user chose to keep a database from before encryption as it is. */
    private boolean plainChosen;
    /** Null until the database opened; a failure is not kept, so the next try can succeed once its cause is gone. */
    private Transactions transactions;

    Opener(StoreLocation location, char[] secret, boolean plainAllowed) {
        this.location = location;
        this.local = new LocalDatabase(location);
        this.secret = secret;
        this.plainAllowed = plainAllowed;
        // A team database's faults are logged in this computer's data folder.
        this.log = new FaultLog(location.isShared() ? DataLocation.dataDirectory() : location.dataDirectory());
    }

    synchronized Transactions transactions() {
        if (transactions == null) {
            try {
                Engine engine = location.isShared()
                        ? location.engine(secret == null ? null : new String(secret))
                        : local.engine(secret, plainAllowed || plainChosen, encryptExisting);
                transactions = new Transactions(engine, location.isShared()
                        ? location.name() : location.databaseDirectory().toString(), log, this::newestBackup);
                if (!location.isShared()) {
                    KnownDatabases.remember(location.databaseDirectory());
                }
            } catch (java.io.IOException e) {
                log.record("open", Fault.OTHER, e);
                throw new StoreException(NLS.bind(Messages.Store_OpenFailed, location.dataDirectory()), e);
            }
        }
        return transactions;
    }

    /** The newest backup in the data folder, for the message about a damaged database. */
    private Optional<LocalDateTime> newestBackup() {
        return location.isShared() ? Optional.empty()
                : Backups.listed(BackupSettings.read(location.dataDirectory()).folder()).stream().findFirst()
                        .map(StoreBackups.Backup::at);
    }

    synchronized boolean isOpen() {
        return transactions != null;
    }

    synchronized State state() {
        return location.isShared() || transactions != null ? State.OPEN : local.state(secret != null);
    }

    synchronized void prepare() {
        if (!location.isShared() && transactions == null) {
            DerbyEngine.startInBackground();
        }
    }

    synchronized void unlock(char[] passphrase) {
        if (location.isShared() || transactions != null) {
            return;
        }
        boolean fresh = !local.exists();
        boolean encrypting = !fresh && !local.encrypted();
        Path copy = encrypting ? local.copyBeforeEncrypting() : null;
        secret = passphrase.clone();
        encryptExisting = encrypting;
        try {
            transactions().open();
        } catch (RuntimeException e) {
            close();
            secret = null;
            if (encrypting || fresh) {
                try {
                    local.forgetKey();
                    if (fresh) {
                        // Half made with a key now forgotten: nothing of the user's is in it.
                        LocalDatabase.delete(location.databaseDirectory());
                    }
                } catch (java.io.IOException ignored) {
                    // When encrypting, the copy made before is still there.
                }
            }
            throw e;
        } finally {
            encryptExisting = false;
        }
        if (copy != null) {
            // Encrypted and open: the unencrypted copy would keep case text readable on disk.
            try {
                LocalDatabase.delete(copy);
            } catch (java.io.IOException e) {
                throw new StoreException(NLS.bind(Messages.Store_CopyLeft, copy), e);
            }
        }
    }

    synchronized void openUnencrypted() {
        plainChosen = true;
    }

    synchronized void changePassphrase(char[] current, char[] next) {
        if (location.isShared()) {
            return;
        }
        if (!local.encrypted()) {
            throw new StoreException(Messages.Store_NotEncrypted);
        }
        try {
            BootKey key = BootKey.read(location.dataDirectory());
            String change = key.bootPassword(current) + " , " + key.bootPassword(next);
            transactions().write(c -> {
                try (var call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('bootPassword', ?)")) {
                    call.setString(1, change);
                    call.execute();
                }
                return null;
            });
            secret = next.clone();
        } catch (java.io.IOException e) {
            log.record("passphrase", Fault.OTHER, e);
            throw new StoreException(NLS.bind(Messages.Store_OpenFailed, location.dataDirectory()), e);
        }
    }

    synchronized void close() {
        if (transactions != null) {
            transactions.engine().close();
            transactions = null;
        }
    }
}
