package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.model.Group;
import nl.leerkring.model.GroupKind;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.MemberRole;
import nl.leerkring.model.Membership;
import nl.leerkring.model.Participant;
import nl.leerkring.model.Session;
import nl.leerkring.store.JdbcStore;

/**
 * Groups and people in the store: a session's group and participants and an action's owner are
 * linked as they are recorded, the same name in two groups is two people, a new name reaches every
 * linked record, and who leaves keeps their history.
 */
abstract class GroupsContract extends StoreContract {

    @Test
    void sessionsAndActionsAreLinkedToTheirGroupAndItsPeople() {
        JdbcStore store = open();
        store.createSession(inGroup(session("s-1", "Eerste", T0), "Wijkteam Noord"));
        store.createSession(inGroup(session("s-2", "Tweede", T0.plusSeconds(60)), "Wijkteam Noord"));
        store.createSession(inGroup(session("s-3", "Elders", T0.plusSeconds(120)), "Intervisie Jeugd"));
        store.addItem("s-1", action("a-1", "Huisbezoek plannen", "Bram", null), 0, T0.plusSeconds(5));
        store.addItem("s-1", action("a-2", "School bellen", "Carla", null), 1, T0.plusSeconds(6));

        List<Group> groups = store.groups();
        assertEquals(List.of("Intervisie Jeugd", "Wijkteam Noord"), groups.stream().map(Group::getName).toList());
        Group noord = groups.get(1);
        assertEquals(List.of("Anna", "Bram", "Carla"), names(noord), "an owner new to the group becomes a member");
        assertTrue(noord.getMemberships().stream().allMatch(m -> m.getRole() == MemberRole.MEMBER
                && LocalDate.of(2026, 11, 24).equals(m.getJoined()) && m.getLeft() == null));

        Session first = store.loadSession("s-1").orElseThrow();
        Session second = store.loadSession("s-2").orElseThrow();
        Session elsewhere = store.loadSession("s-3").orElseThrow();
        assertEquals(personIds(first), personIds(second), "the same people in the same group");
        assertNotEquals(personIds(first).get(0), personIds(elsewhere).get(0), "Anna of another group is someone else");
        assertEquals(member(noord, "Bram").getPerson().getId(), firstAction(first).getOwnerId());
        assertTrue(first.getParticipants().stream().allMatch(Participant::isPresent));
    }

    @Test
    void aNewNameReachesEveryLinkedRecordAndWhoLeavesKeepsTheirHistory() {
        JdbcStore store = open();
        store.createSession(inGroup(session("s-1", "Eerste", T0), "Wijkteam Noord"));
        store.addItem("s-1", action("a-1", "Huisbezoek plannen", "Bram", null), 0, T0.plusSeconds(5));
        Group noord = store.groups().get(0);
        String bram = member(noord, "Bram").getPerson().getId();

        store.renamePerson(bram, "Bram de Vries");
        Session renamed = store.loadSession("s-1").orElseThrow();
        assertEquals("Bram de Vries", renamed.getParticipants().get(1).getName());
        assertEquals("Bram de Vries", firstAction(renamed).getOwner());
        assertEquals(1, store.actionsOwnedBy("Bram de Vries").size());

        store.leaveGroup(noord.getId(), bram, LocalDate.of(2026, 12, 1));
        Membership left = member(store.groups().get(0), "Bram de Vries");
        assertEquals(LocalDate.of(2026, 12, 1), left.getLeft());
        assertEquals(bram, store.loadSession("s-1").orElseThrow().getParticipants().get(1).getPersonId(),
                "the session still has him");

        String back = store.addMember(noord.getId(), "Bram de Vries", MemberRole.FACILITATOR, LocalDate.of(2027, 1, 5));
        assertEquals(bram, back, "the same person comes back");
        Membership returned = member(store.groups().get(0), "Bram de Vries");
        assertNull(returned.getLeft());
        assertEquals(MemberRole.FACILITATOR, returned.getRole());
    }

    @Test
    void aGroupIsRenamedWithItsSessionsAndSaysWhatItIs() {
        JdbcStore store = open();
        store.createSession(inGroup(session("s-1", "Eerste", T0), "Wijkteam Noord"));
        store.setMonths("Wijkteam Noord", 12);
        Group noord = store.groups().get(0);
        store.saveGroup(noord.getId(), "Wijkteam Noord-Oost", GroupKind.TEAM, "Gemeente Utrecht", "actieleren");
        store.setRole(noord.getId(), member(noord, "Anna").getPerson().getId(), MemberRole.FACILITATOR);

        Group saved = store.groups().get(0);
        assertEquals("Wijkteam Noord-Oost", saved.getName());
        assertEquals(GroupKind.TEAM, saved.getKind());
        assertEquals("Gemeente Utrecht", saved.getOrganisation());
        assertEquals("actieleren", saved.getUsualProtocolId());
        assertEquals(MemberRole.FACILITATOR, member(saved, "Anna").getRole());
        assertEquals("Wijkteam Noord-Oost", store.loadSession("s-1").orElseThrow().getGroup(), "its sessions follow");
        assertEquals(12, store.months("Wijkteam Noord-Oost").getAsInt(), "and its retention term");
    }

    @Test
    void aGuestIsSomeoneButNotAMember() {
        JdbcStore store = open();
        Session session = inGroup(session("s-1", "Met gast", T0), "Wijkteam Noord");
        Participant guest = LeerkringFactory.eINSTANCE.createParticipant();
        guest.setName("Dina van de GGD");
        guest.setGuest(true);
        session.getParticipants().add(guest);
        session.getParticipants().get(1).setPresent(false);
        store.createSession(session);

        assertEquals(List.of("Anna", "Bram"), names(store.groups().get(0)));
        Session loaded = store.loadSession("s-1").orElseThrow();
        assertTrue(loaded.getParticipants().get(2).isGuest());
        assertNotNull(loaded.getParticipants().get(2).getPersonId());
        assertEquals(List.of(true, false, true), loaded.getParticipants().stream().map(Participant::isPresent).toList());
    }

    static Session inGroup(Session session, String group) {
        session.setGroup(group);
        return session;
    }

    static List<String> names(Group group) {
        return group.getMemberships().stream().map(m -> m.getPerson().getDisplayName()).toList();
    }

    static Membership member(Group group, String name) {
        return group.getMemberships().stream().filter(m -> m.getPerson().getDisplayName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<String> personIds(Session session) {
        return session.getParticipants().stream().map(Participant::getPersonId).toList();
    }
}
