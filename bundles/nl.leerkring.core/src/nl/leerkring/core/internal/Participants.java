package nl.leerkring.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.Protocols;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Role;

/** A new session's participants from its attendance: the present with their roles, then the absent. */
final class Participants {

    private Participants() {
    }

    static List<Participant> of(Protocol protocol, Attendance attendance) {
        List<Participant> participants = new ArrayList<>();
        for (String line : attendance.present()) {
            Participant participant = participant(protocol, line);
            if (participant != null) {
                participant.setGuest(attendance.guests().contains(participant.getName()));
                participants.add(participant);
            }
        }
        for (String name : attendance.absent()) {
            Participant absent = participant(protocol, Attendance.nameOf(name));
            if (absent != null) {
                absent.setPresent(false);
                participants.add(absent);
            }
        }
        return participants;
    }

    /** "Anna (inbrenger)": a name, and a role of the protocol by its name or id; null for an empty line. */
    private static Participant participant(Protocol protocol, String line) {
        String name = Attendance.nameOf(line);
        if (name.isEmpty()) {
            return null;
        }
        Participant participant = LeerkringFactory.eINSTANCE.createParticipant();
        String roleName = Attendance.roleOf(line);
        if (roleName != null) {
            Role role = protocol.getRoles().stream()
                    .filter(r -> r.getId().equalsIgnoreCase(roleName) || roleName.equalsIgnoreCase(r.getName().getNl())
                            || roleName.equalsIgnoreCase(r.getName().getEn()))
                    .findFirst()
                    .orElseThrow(() -> new InputRejectedException(NLS.bind(Messages.Rejected_UnknownRole, new Object[] {
                            roleName, name, protocol.getRoles().stream().map(r -> Protocols.text(r.getName()))
                                    .collect(Collectors.joining(", ")) })));
            participant.setRoleId(role.getId());
        }
        if (name.length() > Inputs.MAX_NAME) {
            throw new InputRejectedException(NLS.bind(Messages.Rejected_TooLong, name.length(), Inputs.MAX_NAME));
        }
        participant.setName(name);
        return participant;
    }
}
