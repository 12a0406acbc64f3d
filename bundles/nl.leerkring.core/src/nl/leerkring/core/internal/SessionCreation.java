package nl.leerkring.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.core.validation.ProtocolValidator;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;

/**
 * How a session comes to be: checked against its protocol, with its participants, whether it
 * begins with the review of the group's open actions, and for a trajectory method all its meetings
 * at once.
 */
final class SessionCreation {

    private final SessionStore store;
    private final ActionStore actions;
    private final Clock clock;

    SessionCreation(SessionStore store, ActionStore actions, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.clock = clock;
    }

    /** Every meeting of a trajectory method, planned for the group (see {@link SessionService#planTrajectory}). */
    List<Session> planTrajectory(Protocol protocol, String title, String group, LocalDate first,
            java.time.LocalTime time, Attendance attendance) {
        if (protocol.getMeetings().isEmpty()) {
            throw Inputs.rejected(Messages.Rejected_NoMeetings, Protocols.text(protocol.getName()));
        }
        if (group == null || group.isBlank()) {
            throw new InputRejectedException(Messages.Rejected_TrajectoryNeedsGroup);
        }
        String name = Inputs.required(title, Inputs.MAX_TITLE, Messages.Rejected_EmptyTitle);
        String trajectory = UUID.randomUUID().toString();
        LocalDate date = first == null ? LocalDate.now(clock) : first;
        List<Session> planned = new java.util.ArrayList<>();
        for (int n = 1; n <= protocol.getMeetings().size(); n++) {
            nl.leerkring.model.Meeting meeting = protocol.getMeetings().get(n - 1);
            date = date.plusWeeks(n == 1 ? 0 : meeting.getWeeksAfter());
            planned.add(made(protocol, NLS.bind(Messages.Trajectory_MeetingTitle, new Object[] { name, n,
                    Protocols.text(meeting.getTitle()) }), date, time, group, attendance, SessionStatus.PLANNED, trajectory, n));
        }
        // All meetings or none: a trajectory cut short by a failure would be planned again in full.
        store.createSessions(planned);
        planned.forEach(session -> session.setProtocol(protocol));
        return planned;
    }

    /** A session checked and stored: started now, or planned for its date. */
    Session create(Protocol protocol, String title, LocalDate date, java.time.LocalTime time, String group,
            Attendance attendance, SessionStatus status) {
        Session session = made(protocol, title, date, time, group, attendance, status, null, 0);
        store.createSession(session);
        session.setProtocol(protocol);
        return session;
    }

    /** A session checked and made, not stored yet. */
    private Session made(Protocol protocol, String title, LocalDate date, java.time.LocalTime time, String group,
            Attendance attendance, SessionStatus status, String trajectoryId, int meeting) {
        Objects.requireNonNull(protocol, "protocol");
        String cleanTitle = Inputs.required(title, Inputs.MAX_TITLE, Messages.Rejected_EmptyTitle);
        Diagnostic problems = ProtocolValidator.validate(protocol);
        if (problems.getSeverity() >= Diagnostic.ERROR) {
            // Every problem at once, so whoever fixes the protocol need not come back for the next one.
            throw Inputs.rejected(Messages.Rejected_InvalidProtocol, Protocols.text(protocol.getName()),
                    ProtocolValidator.messages(problems, Diagnostic.ERROR).stream().map(m -> "\u2013 " + m)
                            .collect(Collectors.joining("\n")));
        }
        Session session = LeerkringFactory.eINSTANCE.createSession();
        session.setId(UUID.randomUUID().toString());
        session.setProtocolId(protocol.getId());
        session.setProtocolVersion(protocol.getVersion());
        session.setTitle(cleanTitle);
        String cleanGroup = group == null ? "" : group.strip();
        session.setGroup(cleanGroup.isEmpty() ? null : Inputs.checkLength(cleanGroup, Inputs.MAX_NAME));
        session.setDate(date == null ? LocalDate.now(clock) : date);
        session.setStartTime(time == null && status == SessionStatus.RUNNING
                ? java.time.LocalTime.now(clock).withSecond(0).withNano(0) : time);
        session.setStatus(status);
        session.setCurrentStep(0);
        session.setUpdatedAt(clock.instant());
        session.getParticipants().addAll(Participants.of(protocol, attendance));
        session.setActionReview(needsReview(protocol, session));
        session.setTrajectoryId(trajectoryId);
        session.setMeeting(meeting);
        return session;
    }

    /** A protocol with a follow-up review begins a group's session with the actions its earlier sessions left open. */
    boolean needsReview(Protocol protocol, Session session) {
        return protocol.isFollowUpReview() && session.getGroup() != null
                && ActionReview.hasOpen(session, actions.openOfGroup(session.getGroup(), null));
    }
}
