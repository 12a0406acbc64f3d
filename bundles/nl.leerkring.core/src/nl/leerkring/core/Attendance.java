package nl.leerkring.core;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.leerkring.model.Participant;
import nl.leerkring.model.Session;

/**
 * Who is at a session: the present as participant lines ("Anna (inbrenger)", a name with the role
 * the method gives them), the group's members who are absent, and the names of the present who are
 * guests rather than members.
 */
public record Attendance(List<String> present, List<String> absent, Set<String> guests) {

    private static final Pattern WITH_ROLE = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

    /** Everyone in the lines is there; nobody is absent and nobody is a guest. */
    public static Attendance of(List<String> lines) {
        return new Attendance(lines, List.of(), Set.of());
    }

    /** Who was at the session, by name: the members present, the absent, the guests. */
    public static Attendance of(Session session) {
        List<Participant> all = session.getParticipants();
        return new Attendance(all.stream().filter(p -> p.isPresent() && !p.isGuest()).map(Participant::getName).toList(),
                all.stream().filter(p -> !p.isPresent()).map(Participant::getName).toList(),
                all.stream().filter(p -> p.isPresent() && p.isGuest()).map(Participant::getName)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    /** The participants who are there (guests too): whose turn it can be in a round. */
    public static List<Participant> present(Session session) {
        return session.getParticipants().stream().filter(Participant::isPresent).toList();
    }

    /** The name in a participant line, without the role; empty for an empty line. */
    public static String nameOf(String line) {
        String clean = line == null ? "" : line.strip();
        Matcher withRole = WITH_ROLE.matcher(clean);
        return withRole.matches() ? withRole.group(1).strip() : clean;
    }

    /** The role in a participant line, or null. */
    public static String roleOf(String line) {
        Matcher withRole = WITH_ROLE.matcher(line == null ? "" : line.strip());
        return withRole.matches() ? withRole.group(2).strip() : null;
    }
}
