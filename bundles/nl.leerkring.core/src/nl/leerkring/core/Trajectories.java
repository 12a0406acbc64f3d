package nl.leerkring.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.internal.Messages;
import nl.leerkring.model.Meeting;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.SessionStatus;
import nl.leerkring.model.Step;

/**
 * Where a group is in its trajectory (an actieleertraject of four meetings, a trial period and an
 * evaluation, seed 002): how many meetings it held, which comes next, and whether the trial period
 * runs now.
 */
public final class Trajectories {

    private Trajectories() {
    }

    /**
     * The group's latest trajectory.
     *
     * @param next the first meeting still planned, or null when all were held
     * @param trialUntil the date the trial period ends (the evaluation), when it runs today; else null
     */
    public record Progress(String name, int held, int total, SessionSummary next, LocalDate trialUntil) {

        /** One line for the lead: "Traject ‘…’: 2 van de 5 bijeenkomsten gehouden. Volgende: … op …". */
        public String line() {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
            if (next == null) {
                return NLS.bind(Messages.Trajectory_Done, name, total);
            }
            return NLS.bind(Messages.Trajectory_Progress, new Object[] { name, held, total })
                    + (trialUntil != null ? NLS.bind(Messages.Trajectory_Trial, date.format(trialUntil))
                            : NLS.bind(Messages.Trajectory_Next, next.title(),
                                    next.date() == null ? "" : date.format(next.date())));
        }
    }

    /**
     * The protocol's steps a session runs: in a meeting of a trajectory, those of the phases the
     * meeting names (the planning in the first, trying out and evaluating in the next); otherwise all.
     */
    public static List<Step> steps(Session session, Protocol protocol) {
        if (session.getMeeting() < 1 || session.getMeeting() > protocol.getMeetings().size()) {
            return Protocols.steps(protocol);
        }
        List<Phase> phases = protocol.getMeetings().get(session.getMeeting() - 1).getPhases();
        if (phases.isEmpty()) {
            return Protocols.steps(protocol);
        }
        return protocol.getPhases().stream().filter(phases::contains).flatMap(phase -> phase.getSteps().stream()).toList();
    }

    /** The group's latest trajectory among its sessions (the one with the latest meeting), if it has one. */
    public static Optional<Progress> of(List<SessionSummary> groupSessions, ProtocolLibrary library, LocalDate today) {
        Optional<SessionSummary> latest = groupSessions.stream().filter(s -> s.trajectoryId() != null && s.date() != null)
                .max(Comparator.comparing(SessionSummary::date));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<SessionSummary> meetings = groupSessions.stream()
                .filter(s -> Objects.equals(s.trajectoryId(), latest.get().trajectoryId()))
                .sorted(Comparator.comparingInt(SessionSummary::meeting)).toList();
        Protocol protocol = library.find(latest.get().protocolId(), latest.get().protocolVersion()).orElse(null);
        if (protocol == null || protocol.getMeetings().isEmpty()) {
            return Optional.empty();
        }
        int held = (int) meetings.stream().filter(s -> s.status() != SessionStatus.PLANNED).count();
        SessionSummary next = meetings.stream().filter(s -> s.status() == SessionStatus.PLANNED).findFirst().orElse(null);
        LocalDate trialUntil = null;
        if (next != null && next.meeting() >= 1 && next.meeting() <= protocol.getMeetings().size()) {
            Meeting upcoming = protocol.getMeetings().get(next.meeting() - 1);
            boolean previousHeld = meetings.stream().anyMatch(s -> s.meeting() == next.meeting() - 1
                    && s.status() != SessionStatus.PLANNED && s.date() != null && !s.date().isAfter(today));
            if (upcoming.isAfterTrial() && previousHeld && next.date() != null && !today.isAfter(next.date())) {
                trialUntil = next.date();
            }
        }
        return Optional.of(new Progress(Protocols.text(protocol.getName()), held, protocol.getMeetings().size(), next,
                trialUntil));
    }
}
