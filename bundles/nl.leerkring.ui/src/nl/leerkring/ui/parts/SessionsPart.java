package nl.leerkring.ui.parts;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.core.GroupStore;
import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.StoreException;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.ui.Accessibility;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.Background;
import nl.leerkring.ui.LatestRead;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.StoreFollower;
import nl.leerkring.ui.Tables;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.dialogs.NewSessionDialog;
import nl.leerkring.ui.internal.Messages;

/**
 * The list of sessions, newest activity first, and the way to start a new one. On start it
 * reopens the session that was left unfinished, so a restart continues where the group stopped.
 */
public class SessionsPart {

    private static final String DEFAULT_PROTOCOL = "actieleren";
    /** Sessions listed at first and added per "older sessions": a screenful or two, not ten years. */
    static final int PAGE = 100;

    /** The event posted each time the list is filled, with the number of sessions. */
    public static final String LISTED = "nl/leerkring/ui/sessions/listed";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

    @Inject
    private SessionService sessions;

    /** Tells who listens (the startup probe of the bench) that the list is filled. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private org.eclipse.e4.core.services.events.IEventBroker events;

    @Inject
    private ProtocolLibrary protocols;

    @Inject
    private ActionService actions;

    @Inject
    private ActiveSession activeSession;

    @Inject
    private StoreChanges changes;

    @Inject
    private GroupStore groups;

    /** "Today" for a new session: the application's clock service, or a test's. */
    @Inject
    private java.time.Clock clock;

    private final Consumer<Session> follower = this::activeSessionChanged;

    private TableViewer viewer;
    /** Reads of the list asked for and shown: the newest read wins. */
    private LatestRead reads;
    /** Under the list when older sessions are left out: shows a page more. */
    private Link older;
    /** How many of the most recently changed sessions the list shows (besides those still to run). */
    private int newest = PAGE;
    private MessageLine message;
    /** A new session is being asked for (its groups read, or its dialog open): Ctrl+N again waits for it. */
    private boolean asking;
    private Composite parent;
    private Session active;

    /** Keeps the list current while the run part changes the active session (step, status, items). */
    private final Adapter sessionWatcher = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            // The list shows status and order of activity: a new step or status is worth a reread, a new item is not.
            Object feature = notification.getFeature();
            boolean listed = feature == LeerkringPackage.Literals.SESSION__STATUS
                    || feature == LeerkringPackage.Literals.SESSION__CURRENT_STEP;
            if (listed && !notification.isTouch() && viewer != null && !viewer.getControl().isDisposed()) {
                refresh();
            }
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        this.parent = parent;
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        if (nl.leerkring.ui.TryDemo.isDemo()) {
            Label banner = Widgets.css(Widgets.id(new Label(parent, SWT.WRAP | SWT.CENTER), "sessions.demo"), "demoBanner");
            banner.setText(Messages.Sessions_DemoBanner);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
        }
        Button newSession = Widgets.id(new Button(parent, SWT.PUSH), "sessions.new");
        newSession.setText(Messages.Sessions_New);
        Widgets.css(newSession, "primary");
        newSession.addListener(SWT.Selection, e -> newSession());
        GridDataFactory.fillDefaults().applyTo(newSession);

        viewer = Tables.create(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL, "sessions.table");
        reads = new LatestRead(viewer.getControl());
        Accessibility.name(viewer.getTable(), () -> Messages.A11y_Sessions);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl().getParent());
        // Three columns that stay readable in a narrow list; the method, group, time and the group's
        // next planned session are in the tooltip and in the session area.
        Tables.column(viewer, Messages.Sessions_Column_Date, 25, SessionSummary.class,
                s -> s.date() == null ? "" : SHORT_DATE.format(s.date()), this::details);
        Tables.column(viewer, Messages.Sessions_Column_Session, 45, SessionSummary.class, SessionSummary::title, this::details);
        Tables.column(viewer, Messages.Sessions_Column_Status, 30, SessionSummary.class, s -> statusText(s.status()),
                this::details);
        viewer.addSelectionChangedListener(e -> {
            SessionSummary chosen = (SessionSummary) viewer.getStructuredSelection().getFirstElement();
            if (chosen != null && (active == null || !chosen.id().equals(active.getId()))) {
                open(chosen.id());
            }
        });

        older = Widgets.id(new Link(parent, SWT.NONE), "sessions.older");
        older.addListener(SWT.Selection, e -> {
            newest += PAGE;
            refresh();
        });
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(older);
        older.setVisible(false);

        message = new MessageLine(parent, "sessions.message");

        activeSession.addListener(follower);
        // Sessions that other clients of a team database plan, start or close show up here too.
        StoreFollower.follow(changes, viewer.getControl(), Set.of(StoreChanges.Kind.SESSIONS), this::refresh);
        activeSessionChanged(activeSession.get());
        Accessibility.nameAll(parent);
    }

    /** What the list leaves out: the title in full, date and time, method, group, the group's next session. */
    private String details(SessionSummary summary) {
        String when = summary.date() == null ? "" : DATE.format(summary.date()) + (summary.startTime() == null ? "" : " " + summary.startTime());
        String what = String.join(" \u00b7 ", java.util.stream.Stream.of(when, protocolName(summary), summary.group())
                .filter(part -> part != null && !part.isBlank()).toList());
        String next = nextPlanned(summary);
        return NLS.bind(Messages.Sessions_Tip, summary.title(), what) + (next.isEmpty() ? "" : "\n" + NLS.bind(Messages.Sessions_TipNext, next));
    }

    /** The group's next planned session: a series shows where it goes next. */
    private String nextPlanned(SessionSummary summary) {
        @SuppressWarnings("unchecked")
        List<SessionSummary> all = (List<SessionSummary>) viewer.getInput();
        return summary.group() == null || all == null ? ""
                : all.stream().filter(s -> s.status() == SessionStatus.PLANNED && summary.group().equals(s.group()))
                        .map(SessionSummary::date).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder())
                        .map(DATE::format).orElse("");
    }

    private String protocolName(SessionSummary summary) {
        return protocols.find(summary.protocolId(), summary.protocolVersion())
                .map(p -> Protocols.text(p.getName())).orElse(summary.protocolId());
    }

    static String statusText(SessionStatus status) {
        return switch (status) {
        case PLANNED -> Messages.Status_PLANNED;
        case RUNNING -> Messages.Status_RUNNING;
        case PAUSED -> Messages.Status_PAUSED;
        case DONE -> Messages.Status_DONE;
        };
    }

    /** Whether the list is being read (in the background) and not shown yet. */
    public boolean reading() {
        return reads.reading();
    }

    /** Reads the list in the background: at startup the database may still be opening. */
    private void refresh() {
        if (viewer.getInput() == null) {
            message.hint(Messages.Sessions_Loading);
        }
        int pageSize = newest;
        reads.read(() -> sessions.recentSessions(pageSize), this::show, refused -> {
            message.error(refused);
            relayout();
        });
    }

    private void show(SessionService.Listing listing) {
        boolean first = viewer.getInput() == null;
        List<SessionSummary> all = listing.sessions();
        viewer.setInput(all);
        older.setText(NLS.bind(Messages.Sessions_Older, all.size(), listing.total()));
        older.setVisible(listing.more());
        ((GridData) older.getLayoutData()).exclude = !listing.more();
        message.hint(all.isEmpty() ? Messages.Sessions_Empty : "");
        if (active != null) {
            all.stream().filter(s -> s.id().equals(active.getId())).findFirst()
                    .ifPresent(s -> viewer.setSelection(new StructuredSelection(s), true));
        }
        relayout();
        if (first) {
            resumeUnfinished();
        }
        if (events != null) {
            events.post(LISTED, viewer.getTable().getItemCount());
        }
    }

    /** Now and again after the CSS engine has styled new widgets. */
    private void relayout() {
        parent.layout(true, true);
        parent.getDisplay().asyncExec(() -> {
            if (!parent.isDisposed()) {
                parent.layout(true, true);
            }
        });
    }

    private void resumeUnfinished() {
        @SuppressWarnings("unchecked")
        List<SessionSummary> all = (List<SessionSummary>) viewer.getInput();
        if (all != null) {
            all.stream().filter(SessionSummary::isUnfinished).findFirst().ifPresent(s -> open(s.id()));
        }
    }

    /** Shows the session in the run part. */
    public void open(String sessionId) {
        try {
            activeSession.set(sessions.open(sessionId));
        } catch (InputRejectedException | StoreException e) {
            message.error(e.getMessage());
            relayout();
        }
    }

    /**
     * Asks for the method, title, date and participants, starts the session and shows it. The groups
     * the dialog offers are read first, off the UI thread: they are found among all sessions.
     */
    public void newSession() {
        if (asking) {
            return;
        }
        asking = true;
        Background.load(viewer.getControl(), sessions::groups, this::newSession, refused -> {
            asking = false;
            message.error(refused);
            relayout();
        });
    }

    private void newSession(List<String> groups) {
        try {
            List<Protocol> offered = protocols.protocols();
            NewSessionDialog dialog = new NewSessionDialog(viewer.getControl().getShell(), clock, offered,
                    usualProtocol(offered), groups, sessions::lastParticipants, group -> actions.openOfGroup(group).size(),
                    this::members, this::startOrPlan);
            // A dialog closed from outside (not by a button) reports OK without a session.
            if (dialog.open() == NewSessionDialog.OK && dialog.startedSession() != null) {
                if (dialog.planned()) {
                    refresh();
                } else {
                    activeSession.set(dialog.startedSession());
                }
            }
        } finally {
            asking = false;
        }
    }

    /**
     * Starts or plans what the dialog asked for. A trajectory method plans all its meetings at once;
     * starting one begins its first meeting now.
     */
    private Session startOrPlan(NewSessionDialog.Request request) {
        List<Session> made = !request.protocol().getMeetings().isEmpty()
                ? sessions.planTrajectory(request.protocol(), request.title(), request.group(), request.date(),
                        request.time(), request.attendance())
                : List.of(request.planOnly()
                        ? sessions.plan(request.protocol(), request.title(), request.date(), request.time(),
                                request.group(), request.attendance())
                        : sessions.start(request.protocol(), request.title(), request.date(), request.group(),
                                request.attendance()));
        if (request.valueRound()) {
            made.forEach(session -> sessions.valueRound(session, true));
        }
        Session first = made.get(0);
        return request.planOnly() || first.getStatus() != SessionStatus.PLANNED ? first : sessions.open(first.getId());
    }

    /** The group's current members by name; none for a group that is new. */
    private List<String> members(String group) {
        return groups.groups().stream().filter(g -> g.getName().equals(group)).flatMap(g -> g.getMemberships().stream())
                .filter(m -> m.getLeft() == null).map(m -> m.getPerson().getDisplayName()).toList();
    }

    /** The method of the most recent session, else actieleren, the method Leerkring is built around. */
    private Protocol usualProtocol(List<Protocol> offered) {
        @SuppressWarnings("unchecked")
        List<SessionSummary> recent = (List<SessionSummary>) viewer.getInput();
        String usual = recent == null || recent.isEmpty() ? DEFAULT_PROTOCOL : recent.get(0).protocolId();
        return offered.stream().filter(p -> p.getId().equals(usual)).findFirst().orElse(null);
    }

    private void activeSessionChanged(Session session) {
        if (active != null) {
            active.eAdapters().remove(sessionWatcher);
        }
        active = session;
        if (active != null) {
            active.eAdapters().add(sessionWatcher);
        }
        refresh();
    }

    @PreDestroy
    void dispose() {
        activeSession.removeListener(follower);
        if (active != null) {
            active.eAdapters().remove(sessionWatcher);
        }
    }
}
