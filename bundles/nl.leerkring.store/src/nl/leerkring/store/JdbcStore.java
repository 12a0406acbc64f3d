package nl.leerkring.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import nl.leerkring.core.GroupStore;
import nl.leerkring.core.ProtocolStore;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.StoreException;
import nl.leerkring.core.StoreAccess;
import nl.leerkring.core.StoreBackups;
import nl.leerkring.core.StoreBackups.Settings;
import nl.leerkring.core.Retention;
import nl.leerkring.core.StoreInfo;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.model.Action;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Group;
import nl.leerkring.model.GroupKind;
import nl.leerkring.model.Item;
import nl.leerkring.model.MemberRole;
import nl.leerkring.model.Person;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.StatusChange;
import nl.leerkring.model.StepTime;
import nl.leerkring.store.engine.DerbyEngine;
import nl.leerkring.store.engine.Engine;
import nl.leerkring.store.internal.ActionRows;
import nl.leerkring.store.internal.ActionWrites;
import nl.leerkring.store.internal.GroupRows;
import nl.leerkring.store.internal.ItemRows;
import nl.leerkring.store.internal.Move;
import nl.leerkring.store.internal.Messages;
import nl.leerkring.store.internal.ProtocolRows;
import nl.leerkring.store.internal.RetentionRows;
import nl.leerkring.store.internal.Migrations;
import nl.leerkring.store.internal.SessionRows;
import nl.leerkring.store.internal.SessionSummaries;
import nl.leerkring.store.internal.TeamRights;
import nl.leerkring.store.internal.Transactions;

/**
 * Sessions, actions with their lifecycles, and the team's protocol versions in a relational database:
 * the embedded Derby in the data folder, or a team's PostgreSQL server ({@link StoreLocation}). The
 * SQL lives by concern in {@link SessionRows}, {@link ItemRows}, {@link ActionRows} and {@link ProtocolRows}; what
 * differs between the engines lives in {@link Engine}. Every public method is one committed
 * transaction. The database is opened at first use, so a database that cannot be opened surfaces as
 * a {@link StoreException} the UI can show.
 * <p>
 * Longer than 400 lines because it is the facade of nine service interfaces, one DS component so
 * that they share one database: every method hands its work in a line or two to the class of its
 * concern.
 */
@Component(service = { SessionStore.class, ProtocolStore.class, ActionStore.class, StoreChanges.class,
        StoreInfo.class, StoreAccess.class, Retention.class, StoreBackups.class, GroupStore.class })
public class JdbcStore implements SessionStore, ProtocolStore, ActionStore, StoreChanges, StoreInfo, StoreAccess, Retention,
        StoreBackups, GroupStore, AutoCloseable {

    /** Writes of one transaction. */
    @FunctionalInterface
    private interface Rows {
        void run(Connection c) throws SQLException;
    }

    private static final String SESSIONS = StoreChanges.Kind.SESSIONS.name();
    private static final String ACTIONS = StoreChanges.Kind.ACTIONS.name();
    private static final String PROTOCOLS = StoreChanges.Kind.PROTOCOLS.name();
    private static final String GROUPS = StoreChanges.Kind.GROUPS.name();

    private final StoreLocation location;
    private final SessionRows sessions = new SessionRows();
    private final List<Consumer<Kind>> listeners = new CopyOnWriteArrayList<>();
    private final Opener opener;
    private final OnlineBackups backups = new OnlineBackups();
    /** The application's store backs its database up at most once a day while open, and as it closes. */
    private boolean automaticBackups;
    /** The opened database whose other clients are listened to (a restore opens another). */
    private Transactions listened;
    /** The day's backup and the retention terms' erasing, done at the first use of the application's store. */
    private boolean startChecked;
    /** The team database's login, once asked. */
    private String login;

    /**
     * The store of the running application, on the configured database. The passphrase comes from
     * LEERKRING_PASSPHRASE or from {@link #unlock}; a new database is never made unencrypted.
     */
    @Activate
    public JdbcStore() {
        this(StoreLocation.configured(), passphraseFromEnvironment(), false);
        automaticBackups = true;
    }

    /** A store on the location; a new database on this computer is made unencrypted. */
    public JdbcStore(StoreLocation location) {
        this(location, null, true);
    }

    /**
     * A store that opens with a secret (asked of the user, never stored): the team database's
     * password, or the passphrase that creates, opens or encrypts the database on this computer.
     */
    public JdbcStore(StoreLocation location, String secret) {
        this(location, secret == null ? null : secret.toCharArray(), false);
    }

    private JdbcStore(StoreLocation location, char[] secret, boolean plainAllowed) {
        this.location = location;
        this.opener = new Opener(location, secret, plainAllowed);
    }

    /** The passphrase scripts give in LEERKRING_PASSPHRASE (never as an argument). */
    public static char[] passphraseFromEnvironment() {
        String passphrase = System.getenv("LEERKRING_PASSPHRASE");
        return passphrase == null || passphrase.isEmpty() ? null : passphrase.toCharArray();
    }

    /** The embedded database in the given data folder; it is created there at first use. */
    public static JdbcStore embedded(Path dataDirectory) {
        return new JdbcStore(StoreLocation.embedded(dataDirectory));
    }

    /** The team database at the given address ({@code postgresql://host:5432/name?user=anna}). */
    public static JdbcStore team(String url) {
        return new JdbcStore(StoreLocation.team(url));
    }

    public StoreLocation location() {
        return location;
    }

    @Override
    public boolean isShared() {
        return location.isShared();
    }

    @Override
    public String name() {
        return location.name();
    }

    private Transactions tx() {
        Transactions transactions = opener.transactions();
        if (listened != transactions) {
            listened = transactions;
            transactions.engine().listen(kind -> {
                Kind changed = Kind.valueOf(kind);
                listeners.forEach(l -> l.accept(changed));
            });
        }
        if (automaticBackups && !startChecked) {
            startChecked = true;
            if (transactions.engine() instanceof DerbyEngine) {
                backups.startDaily(transactions, location, settings());
            }
            // Terms that ended since the last start: erased before anyone reads the texts.
            try {
                transactions.write(c -> RetentionRows.eraseExpired(c, LocalDate.now(), Instant.now()));
            } catch (StoreException notAllowed) {
                // On a team database only those who run the groups may erase: their next start does it.
                if (!location.isShared()) {
                    throw notAllowed;
                }
            }
        }
        return transactions;
    }

    @Override
    public State state() {
        return opener.state();
    }

    @Override
    public void prepare() {
        opener.prepare();
    }

    @Override
    public void unlock(char[] passphrase) {
        opener.unlock(passphrase);
    }

    @Override
    public void openUnencrypted() {
        opener.openUnencrypted();
    }

    @Override
    public void changePassphrase(char[] current, char[] next) {
        opener.changePassphrase(current, next);
    }

    /**
     * Opens the database now, creating its schema or upgrading it to this build's version.
     *
     * @return the schema version the database had (0: it was empty)
     */
    public synchronized int open() {
        return tx().open();
    }

    /**
     * Copies everything in this database into the target in one transaction; what the target already
     * has is left as it is. Both databases are brought to this build's schema first.
     */
    public synchronized MoveReport moveTo(JdbcStore target) {
        target.open();
        return tx().read(from -> target.tx().write(to -> {
            MoveReport report = Move.copy(from, to);
            target.tx().engine().announce(to, SESSIONS);
            return report;
        }));
    }

    /**
     * Backs the database on this computer up into a new folder below {@code folder} (online: the
     * store stays open), then lets the rotation remove what it does not keep.
     *
     * @return the new backup's folder
     */
    public synchronized Path backup(Path folder, BackupRotation rotation) {
        return Backups.backup(tx(), location, folder, rotation);
    }

    @Override
    public synchronized List<StoreBackups.Backup> backups() {
        return location.isShared() ? List.of() : Backups.listed(backupFolder());
    }

    @Override
    public synchronized Settings settings() {
        // A team database has no backups here; its settings are this computer's, unused.
        return BackupSettings.read(location.isShared() ? DataLocation.dataDirectory() : location.dataDirectory());
    }

    @Override
    public synchronized void configure(Settings settings) {
        BackupSettings.write(location.isShared() ? DataLocation.dataDirectory() : location.dataDirectory(), settings);
    }

    /** Made beside the store's other calls, which go on meanwhile (see {@link OnlineBackups}). */
    @Override
    public StoreBackups.Backup backupNow() {
        Transactions open;
        Path folder;
        synchronized (this) {
            open = tx();
            folder = backupFolder();
        }
        Path made = open.engine() instanceof DerbyEngine
                ? backups.now(open, location, folder, BackupSettings.rotation(settings()))
                : backup(folder, BackupSettings.rotation(settings()));
        return backups().stream().filter(b -> b.name().equals(made.getFileName().toString())).findFirst().orElseThrow();
    }

    @Override
    public synchronized void restore(StoreBackups.Backup backup) {
        backups.closing();
        try {
            opener.close();
            Backups.restoreChecked(backupFolder().resolve(backup.name()), location);
            check();
        } finally {
            backups.reopened();
        }
    }

    private Path backupFolder() {
        return settings().folder();
    }

    /** Derby's consistency check of every table, and every row read; throws the reason when damaged. */
    public synchronized void check() {
        tx().read(c -> {
            Backups.check(c);
            return null;
        });
    }

    /** The schema version this build of Leerkring writes. */
    public static int schemaVersion() {
        return Migrations.latestVersion();
    }

    /** The SQL that creates this database's schema (and a team database's rights), for an admin to review. */
    public String schemaScript() {
        try (Engine engine = location.engine()) {
            return Migrations.script(engine) + (location.isShared()
                    ? "-- rights (in the schema the admin works in)\n" + String.join(";\n", TeamRights.statements("public")) + ";\n"
                    : "");
        }
    }

    /** Whether this is a login name PostgreSQL takes as it is (lower case letters, digits, underscores). */
    public static boolean isLogin(String login) {
        return TeamRights.isLogin(login);
    }

    /** Creates or renews the team database's roles, grants and row-level security (its admin, after {@link #open}). */
    public synchronized void applyTeamRights() {
        tx().write(c -> {
            TeamRights.apply(c);
            return null;
        });
    }

    /**
     * Gives a login on the team database its person, its role and, with a group, its place in that
     * group; returns whether the login had to be made (it has no password yet).
     */
    public synchronized boolean grant(String login, String person, MemberRole role, String group) {
        return tx().write(c -> announced(c, TeamRights.grant(c, login, person, role, GroupRows.groupId(c, group),
                LocalDate.now())));
    }

    /** Closes the connections; the embedded database is shut down cleanly, so the next start needs no recovery. */
    @Override
    @Deactivate
    public synchronized void close() {
        backups.closing();
        if (automaticBackups && !location.isShared() && opener.isOpen()) {
            // A failure is left for the next chance.
            Backups.backupIfOlderThan(opener.transactions(), location, settings(), Duration.ZERO);
        }
        opener.close();
    }

    /**
     * Runs a write of one session after claiming it (so a change by another client since this one
     * read it is refused), and remembers the version it left, which this client's next write expects.
     *
     * @param updatedAt the time of the change, or null when the session keeps its time
     */
    private void writeSession(String sessionId, Instant updatedAt, Rows rows) {
        int version = tx().write(c -> {
            int claimed = sessions.claim(c, sessionId, updatedAt);
            rows.run(c);
            tx().engine().announce(c, SESSIONS);
            return claimed;
        });
        sessions.saw(sessionId, version);
    }

    @Override
    public synchronized void createSession(Session session) {
        createSessions(List.of(session));
    }

    @Override
    public synchronized void createSessions(List<Session> made) {
        write(c -> {
            for (Session session : made) {
                SessionRows.create(c, session);
            }
        }, SESSIONS);
        made.forEach(session -> sessions.saw(session.getId(), 0));
    }

    @Override
    public synchronized void saveProgress(String sessionId, int currentStep, SessionStatus status, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> SessionRows.saveProgress(c, sessionId, currentStep, status));
    }

    @Override
    public synchronized void saveActionReview(String sessionId, boolean review) {
        // Not a change the group makes: the session keeps its time.
        writeSession(sessionId, null, c -> SessionRows.saveActionReview(c, sessionId, review));
    }

    @Override
    public synchronized void saveCaseRounds(String sessionId, int rounds, java.util.Collection<String> forgotten,
            Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> SessionRows.saveCaseRounds(c, sessionId, rounds, forgotten));
    }

    @Override
    public synchronized void saveValueRound(String sessionId, boolean round, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> SessionRows.saveValueRound(c, sessionId, round));
    }

    @Override
    public synchronized void addItem(String sessionId, Item item, int position, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> ItemRows.add(c, sessionId, item, position));
    }

    @Override
    public synchronized void removeItem(String sessionId, String itemId, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> ItemRows.remove(c, sessionId, itemId));
    }

    @Override
    public synchronized void updateItemText(String sessionId, String itemId, String text, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> ItemRows.updateText(c, sessionId, itemId, text));
    }

    @Override
    public synchronized void markItem(String sessionId, String itemId, List<CodeMark> marks, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> ItemRows.mark(c, sessionId, itemId, marks));
    }

    @Override
    public synchronized void setChosen(String sessionId, String itemId, boolean chosen, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> ItemRows.setChosen(c, sessionId, itemId, chosen));
    }

    @Override
    public synchronized void choose(String sessionId, String stepId, String kindId, String itemId, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> ItemRows.choose(c, sessionId, stepId, kindId, itemId));
    }

    @Override
    public synchronized void moveItem(String sessionId, String itemId, int position, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> ItemRows.move(c, sessionId, itemId, position));
    }

    @Override
    public synchronized void saveStepTime(String sessionId, StepTime time, Instant updatedAt) {
        writeSession(sessionId, updatedAt, c -> SessionRows.saveStepTime(c, sessionId, time));
    }

    @Override
    public synchronized List<SessionSummary> listSessions() {
        return tx().read(SessionSummaries::list);
    }

    @Override
    public synchronized List<SessionSummary> sessionsOfGroup(String group) {
        return tx().read(c -> SessionSummaries.list(c, group));
    }

    @Override
    public synchronized List<SessionSummary> sessionsOfGroup(String group, LocalDate from, LocalDate until) {
        return tx().read(c -> SessionSummaries.list(c, group, from, until));
    }

    @Override
    public synchronized List<SessionSummary> recentSessions(int newest) {
        return tx().read(c -> SessionSummaries.recent(c, newest));
    }

    @Override
    public synchronized int countSessions() {
        return tx().read(SessionSummaries::count);
    }

    @Override
    public synchronized List<String> groupNames() {
        return tx().read(SessionSummaries::groupNames);
    }

    @Override
    public synchronized Optional<Session> loadSession(String sessionId) {
        return tx().read(c -> sessions.load(c, sessionId));
    }

    @Override
    public synchronized void saveVersion(Protocol protocol, Instant publishedAt, String publishedBy) {
        writeProtocols(c -> ProtocolRows.saveVersion(c, protocol, publishedAt, publishedBy));
    }

    @Override
    public synchronized List<Protocol> loadVersions() {
        return tx().read(ProtocolRows::versions);
    }

    @Override
    public synchronized List<Published> publications() {
        return tx().read(ProtocolRows::publications);
    }

    @Override
    public synchronized void saveDraft(Protocol draft, Instant savedAt, String savedBy) {
        writeProtocols(c -> ProtocolRows.saveDraft(c, draft, savedAt, savedBy));
    }

    @Override
    public synchronized List<Protocol> loadDrafts() {
        return tx().read(ProtocolRows::drafts);
    }

    @Override
    public synchronized void deleteDraft(String protocolId) {
        writeProtocols(c -> ProtocolRows.deleteDraft(c, protocolId));
    }

    @Override
    public synchronized void setRetired(String protocolId, boolean retired, Instant when) {
        writeProtocols(c -> ProtocolRows.setRetired(c, protocolId, retired, when));
    }

    @Override
    public synchronized Set<String> retiredProtocols() {
        return tx().read(ProtocolRows::retired);
    }


    private void writeProtocols(Rows rows) {
        write(rows, PROTOCOLS);
    }

    private void write(Rows rows, String kind) {
        tx().write(c -> {
            rows.run(c);
            tx().engine().announce(c, kind);
            return null;
        });
    }

    @Override
    public synchronized List<ActionRecord> actionsOwnedBy(String owner) {
        return tx().read(c -> ActionRows.ofOwner(c, owner));
    }

    @Override
    public synchronized Optional<ActionRecord> action(String id) {
        return tx().read(c -> ActionRows.byId(c, id));
    }

    @Override
    public synchronized List<ActionRecord> actionsOfGroup(String group) {
        return tx().read(c -> ActionRows.ofGroup(c, group, false, null, location.isShared()));
    }

    @Override
    public synchronized List<ActionRecord> historiesOfSessions(String group, Set<String> sessionIds) {
        return tx().read(c -> ActionRows.historiesOfSessions(c, group, sessionIds));
    }

    @Override
    public synchronized List<ActionRecord> openOfGroup(String group, String answeredIn) {
        return tx().read(c -> ActionRows.ofGroup(c, group, true, answeredIn, location.isShared()));
    }

    @Override
    public synchronized List<String> actionOwners() {
        return tx().read(ActionRows::owners);
    }

    @Override
    public synchronized void saveChange(Action action, List<StatusChange> changes) {
        write(c -> ActionWrites.saveChange(c, action, changes), ACTIONS);
    }

    @Override
    public synchronized void saveAnswer(Action action, List<StatusChange> changes) {
        write(c -> {
            ActionWrites.saveChange(c, action, changes);
            ActionWrites.writeValue(c, action);
        }, ACTIONS);
    }

    @Override
    public synchronized void addNote(String actionId, ProgressNote note) {
        write(c -> ActionWrites.addNote(c, actionId, note), ACTIONS);
    }

    @Override
    public synchronized void handOver(Action action, StatusChange handOver) {
        write(c -> ActionWrites.handOver(c, action, handOver), ACTIONS);
    }

    @Override
    public synchronized List<ActionRecord> actionsOfLeavers(String group) {
        return tx().read(c -> ActionRows.openOfLeavers(c, group));
    }

    @Override
    public synchronized OptionalInt months(String group) {
        return tx().read(c -> RetentionRows.months(c, group));
    }

    @Override
    public synchronized void setMonths(String group, Integer months) {
        tx().write(c -> {
            RetentionRows.setMonths(c, group, months);
            return null;
        });
    }

    @Override
    public synchronized int eraseExpired(LocalDate today) {
        return tx().write(c -> RetentionRows.eraseExpired(c, today, Instant.now()));
    }

    @Override
    public synchronized int erasePerson(String name) {
        return tx().write(c -> {
            int changed = RetentionRows.erasePerson(c, name, Instant.now());
            tx().engine().announce(c, SESSIONS);
            return changed;
        });
    }

    @Override
    public synchronized List<Group> groups() {
        return tx().read(GroupRows::groups);
    }

    @Override
    public synchronized String addGroup(String name) {
        return tx().write(c -> announced(c, GroupRows.groupId(c, name)));
    }

    @Override
    public synchronized String addMember(String groupId, String name, MemberRole role, LocalDate since) {
        return tx().write(c -> announced(c, GroupRows.addMember(c, groupId, name, role, since)));
    }

    @Override
    public synchronized void saveGroup(String groupId, String name, GroupKind kind, String organisation,
            String usualProtocolId) {
        write(c -> GroupRows.save(c, groupId, name, kind, organisation, usualProtocolId), GROUPS);
    }

    @Override
    public synchronized void setRole(String groupId, String personId, MemberRole role) {
        write(c -> GroupRows.setRole(c, groupId, personId, role), GROUPS);
    }

    @Override
    public synchronized void renamePerson(String personId, String name) {
        write(c -> GroupRows.rename(c, personId, name), GROUPS);
    }

    @Override
    public synchronized void leaveGroup(String groupId, String personId, LocalDate on) {
        write(c -> GroupRows.leave(c, groupId, personId, on), GROUPS);
    }

    @Override
    public synchronized Optional<Person> personByLogin(String login) {
        return tx().read(c -> GroupRows.byLogin(c, login));
    }

    @Override
    public synchronized Optional<Person> me() {
        String login = login();
        return login == null ? Optional.empty() : personByLogin(login);
    }

    @Override
    public synchronized String login() {
        // A connection's login never changes: asked of the server once.
        if (location.isShared() && login == null) {
            login = tx().read(GroupRows::sessionUser);
        }
        return login;
    }

    /** Tells other clients the groups changed; returns the value. */
    private <T> T announced(Connection c, T value) throws SQLException {
        tx().engine().announce(c, GROUPS);
        return value;
    }

    /**
     * Adds a listener without opening the database: a part follows the store from its making, while
     * the database may still be opening in the background. Other clients are heard from its opening on.
     */
    @Override
    public void addListener(Consumer<Kind> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<Kind> listener) {
        listeners.remove(listener);
    }
}
