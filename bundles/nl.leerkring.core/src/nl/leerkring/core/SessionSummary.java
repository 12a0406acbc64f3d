package nl.leerkring.core;

import java.time.Instant;
import java.time.LocalDate;

import nl.leerkring.model.SessionStatus;

/**
 * One row of the session list: enough to choose a session without loading its items.
 *
 * @param present the group's members who were there
 * @param members the group's members taking part or absent (guests not counted)
 * @param trajectoryId the trajectory run the session is a meeting of, or null
 * @param meeting which meeting of its trajectory it is, from 1; 0 outside a trajectory
 */
public record SessionSummary(String id, LocalDate date, String protocolId, int protocolVersion, String title,
        SessionStatus status, int currentStep, Instant updatedAt, String group, java.time.LocalTime startTime,
        int present, int members, String trajectoryId, int meeting) {

    /** A session that was started and not yet closed: the one to resume. */
    public boolean isUnfinished() {
        return status == SessionStatus.RUNNING || status == SessionStatus.PAUSED;
    }
}
