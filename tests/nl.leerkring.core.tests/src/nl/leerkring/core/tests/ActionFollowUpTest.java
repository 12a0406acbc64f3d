package nl.leerkring.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leerkring.core.timer.MovableClock;
import nl.leerkring.core.InputRejectedException;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.actions.ActionUpdate;
import nl.leerkring.core.internal.ActionServiceImpl;
import nl.leerkring.core.internal.SessionServiceImpl;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.Capture;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.Step;
import nl.leerkring.store.JdbcStore;

/**
 * The follow-up loop over three actieleren sessions of one group, three weeks apart, against a real
 * Derby database: owners update their actions between sessions, each next session begins with a
 * review that lists exactly the open actions, and the review cannot be passed with one unanswered.
 */
class ActionFollowUpTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String GROUP = "Wijkteam Oost";
    private static final List<String> PEOPLE = List.of("Anna (inbrenger)", "Bram (deelnemer)", "Chris (deelnemer)");

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-02T09:00:00Z"), AMSTERDAM);
    private JdbcStore store;
    private SessionService sessions;
    private ActionService actions;
    private Protocol actieleren;

    @BeforeEach
    void setUp() {
        ProtocolLibrary library = Services.get(ProtocolLibrary.class);
        actieleren = library.find("actieleren", 1).orElseThrow();
        store = JdbcStore.embedded(data);
        sessions = new SessionServiceImpl(store, store, library, clock);
        actions = new ActionServiceImpl(store, store, sessions, clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void threeSessionsOfOneGroupFollowTheirActionsUp() {
        // Session 1: the group's first, so no review; three actions.
        Session first = sessions.start(actieleren, "Oost 1", today(), GROUP, PEOPLE);
        assertFalse(first.isActionReview());
        assertEquals(sessions.steps(first), nl.leerkring.core.Protocols.steps(actieleren));
        toActionStep(first);
        Action visit = sessions.addAction(first, "actie", "Huisbezoek met school voorbereiden", "Anna", today().plusDays(7));
        Action consult = sessions.addAction(first, "actie", "Gedragswetenschapper raadplegen", "Bram", null);
        Action training = sessions.addAction(first, "actie", "Training meldcode volgen", "Chris", today().plusDays(14));
        finish(first);

        // Between sessions the owners update their own actions.
        clock.advance(Duration.ofDays(8));
        ActionRecord annas = only(actions.ownedBy("Anna"));
        assertTrue(actions.lifecycle().isOverdue(annas.action()), "due a day ago");
        assertEquals(new ActionService.Reminder(1, 0), actions.reminder("Anna"));
        annas = actions.changeStatus(annas, ActionStatus.IN_PROGRESS, ActionUpdate.by("Anna"));
        annas = actions.addNote(annas, "School gebeld, afspraak staat", "Anna");
        annas = actions.changeStatus(annas, ActionStatus.DONE,
                ActionUpdate.by("Anna").outcome("Ouders en school aan tafel", "Eerst de school bellen werkt"));
        actions.changeStatus(only(actions.ownedBy("Chris")), ActionStatus.NOT_CARRIED_OUT,
                ActionUpdate.by("Chris").reason(ActionReason.NO_TIME, "griepgolf"));

        // Session 2 begins with the review of all three.
        clock.advance(Duration.ofDays(13));
        Session second = sessions.start(actieleren, "Oost 2", today(), GROUP, PEOPLE);
        assertTrue(second.isActionReview());
        assertTrue(ActionReview.isReview(sessions.currentStep(second)));
        assertEquals(sessions.steps(first).size() + 1, sessions.steps(second).size());
        assertEquals(Set.of(visit.getId(), consult.getId(), training.getId()), ids(actions.reviewList(second)));
        InputRejectedException refused = assertThrows(InputRejectedException.class, () -> sessions.next(second));
        assertTrue(refused.getMessage().contains("Gedragswetenschapper raadplegen"), refused.getMessage());

        Map<String, ActionRecord> listed = byId(actions.reviewList(second));
        actions.reviewDone(second, listed.get(visit.getId()), null, null);
        actions.reviewDefer(second, listed.get(consult.getId()));
        refused = assertThrows(InputRejectedException.class, () -> sessions.next(second));
        assertTrue(refused.getMessage().contains("Training meldcode volgen"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Gedragswetenschapper"), "a deferral is an answer");
        actions.reviewContinue(second, listed.get(training.getId()), today().plusDays(14));
        assertEquals(List.of(), actions.unanswered(second));
        sessions.next(second);
        assertFalse(ActionReview.isReview(sessions.currentStep(second)));
        toActionStep(second);
        Action followUp = sessions.addAction(second, "actie", "Casus inbrengen bij Veilig Thuis", "Bram", today().plusDays(10));
        finish(second);

        // Session 3 lists exactly what is still open: not the closed one, the new one and the two carried along.
        clock.advance(Duration.ofDays(21));
        Session third = sessions.start(actieleren, "Oost 3", today(), GROUP, PEOPLE);
        assertEquals(Set.of(consult.getId(), training.getId(), followUp.getId()), ids(actions.reviewList(third)));
        listed = byId(actions.reviewList(third));
        assertEquals(1, listed.get(training.getId()).action().getCarryOverCount());
        actions.reviewDrop(third, listed.get(consult.getId()), ActionReason.SITUATION_CHANGED, "gezin verhuisd");
        actions.reviewDone(third, listed.get(training.getId()), "Meldcode nu paraat", "Vaker samen oefenen");
        actions.reviewDone(third, listed.get(followUp.getId()), "Advies gekregen", "Eerder bellen");
        assertEquals(3, actions.reviewList(third).size(), "answered actions stay on this review");
        sessions.next(third);

        // Everything is on record after a restart.
        store.close();
        store = JdbcStore.embedded(data);
        actions = new ActionServiceImpl(store, store, sessions, clock);
        Map<String, ActionRecord> all = byId(store.actionsOfGroup(GROUP));
        Action closedVisit = all.get(visit.getId()).action();
        assertEquals(ActionStatus.CLOSED, closedVisit.getStatus());
        assertEquals("Eerst de school bellen werkt", closedVisit.getLearning());
        assertEquals(List.of("OPEN>IN_PROGRESS", "IN_PROGRESS>DONE", "DONE>CLOSED"), steps(closedVisit));
        assertEquals(second.getId(), closedVisit.getHistory().get(2).getSessionId());
        assertEquals("School gebeld, afspraak staat", closedVisit.getNotes().get(0).getText());
        assertEquals(List.of("OPEN>OPEN", "OPEN>CANCELLED"), steps(all.get(consult.getId()).action()));
        assertEquals(List.of("OPEN>NOT_CARRIED_OUT", "NOT_CARRIED_OUT>CARRIED_OVER", "CARRIED_OVER>DONE", "DONE>CLOSED"),
                steps(all.get(training.getId()).action()));

        // The series: per session what was made, completed and learned.
        List<ActionService.SeriesEntry> series = actions.series(GROUP, first.getDate(), today());
        assertEquals(List.of("Oost 1", "Oost 2", "Oost 3"), series.stream().map(ActionService.SeriesEntry::title).toList());
        assertEquals(3, series.get(0).made().size());
        assertEquals(Set.of(visit.getId()), ids(series.get(1).completed()));
        assertEquals(Set.of(training.getId(), followUp.getId()), ids(series.get(2).completed()));
        assertEquals(Set.of("Vaker samen oefenen", "Eerder bellen"),
                series.get(2).completed().stream().map(r -> r.action().getLearning()).collect(Collectors.toSet()));

        // The series over a period: only its sessions, with what their reviews completed whenever it was made.
        LocalDate secondDay = series.get(1).date();
        List<ActionService.SeriesEntry> lately = actions.series(GROUP, secondDay, series.get(2).date());
        assertEquals(List.of("Oost 2", "Oost 3"), lately.stream().map(ActionService.SeriesEntry::title).toList());
        for (int n = 0; n < lately.size(); n++) {
            assertEquals(ids(series.get(n + 1).made()), ids(lately.get(n).made()));
            assertEquals(ids(series.get(n + 1).completed()), ids(lately.get(n).completed()));
        }
        assertEquals(List.of("OPEN>IN_PROGRESS", "IN_PROGRESS>DONE", "DONE>CLOSED"),
                steps(lately.get(0).completed().get(0).action()), "made before the period, read with its whole history");
        assertTrue(actions.series(GROUP, secondDay.plusDays(1), secondDay.plusDays(2)).isEmpty());

        // A session's report lists what its review answered: not what the session made, nor other reviews' answers.
        assertEquals(Set.of(), ids(actions.answeredIn(first)));
        assertEquals(Set.of(visit.getId(), consult.getId(), training.getId()), ids(actions.answeredIn(second)));
        assertEquals(Set.of(consult.getId(), training.getId(), followUp.getId()), ids(actions.answeredIn(third)));
        assertEquals(List.of("OPEN>IN_PROGRESS", "IN_PROGRESS>DONE", "DONE>CLOSED"),
                steps(byId(actions.answeredIn(second)).get(visit.getId()).action()), "with its whole history");

        // A fourth session has nothing left to review.
        clock.advance(Duration.ofDays(21));
        assertFalse(sessions.start(actieleren, "Oost 4", today(), GROUP, PEOPLE).isActionReview());
    }

    @Test
    void anAdjustedActionHandsOverToAFollowOnAction() {
        Session first = sessions.start(actieleren, "Zuidwest 1", today(), "Team Zuidwest", PEOPLE);
        toActionStep(first);
        Action plan = sessions.addAction(first, "actie", "Plan van aanpak met het gezin maken", "Anna", null);
        finish(first);

        clock.advance(Duration.ofDays(14));
        Session second = sessions.start(actieleren, "Zuidwest 2", today(), "Team Zuidwest", PEOPLE);
        ActionRecord listed = only(actions.reviewList(second));
        InputRejectedException refused = assertThrows(InputRejectedException.class,
                () -> actions.reviewAdjust(second, listed, "Half gelukt", "Kleiner beginnen", " ", null));
        assertTrue(refused.getMessage().contains("vervolgactie"), refused.getMessage());
        assertTrue(second.getItems().isEmpty(), "nothing recorded after a refusal");
        assertEquals(ActionStatus.OPEN, store.actionsOfGroup("Team Zuidwest").get(0).action().getStatus());

        actions.reviewAdjust(second, listed, "Half gelukt", "Kleiner beginnen", "Eerst één doel met het gezin kiezen",
                today().plusDays(14));
        Action followOn = (Action) second.getItems().get(0);
        assertEquals(plan.getId(), followOn.getFollowsActionId());
        assertEquals("Anna", followOn.getOwner());
        assertEquals(ActionReview.STEP_ID, followOn.getStepId());
        Map<String, ActionRecord> stored = byId(store.actionsOfGroup("Team Zuidwest"));
        assertEquals(ActionStatus.ADJUSTED, stored.get(plan.getId()).action().getStatus());
        assertEquals("Vervolgactie: Eerst één doel met het gezin kiezen",
                stored.get(plan.getId()).action().getHistory().get(1).getReason());
        assertEquals(plan.getId(), stored.get(followOn.getId()).action().getFollowsActionId());
        sessions.next(second); // the adjustment answered the review

        clock.advance(Duration.ofDays(14));
        Session third = sessions.start(actieleren, "Zuidwest 3", today(), "Team Zuidwest", PEOPLE);
        assertEquals(Set.of(followOn.getId()), ids(actions.reviewList(third)), "the follow-on, not the adjusted one");
        assertEquals(Set.of(plan.getId()), ids(actions.series("Team Zuidwest", today().minusDays(28), today()).get(1).completed()));
    }

    @Test
    void otherGroupsAndProtocolsWithoutFollowUpHaveNoReview() {
        Session first = sessions.start(actieleren, "Noord 1", today(), "Wijkteam Noord", PEOPLE);
        toActionStep(first);
        sessions.addAction(first, "actie", "Ouders uitnodigen", "Anna", null);
        finish(first);
        assertFalse(sessions.start(actieleren, "Zuid 1", today(), "Wijkteam Zuid", PEOPLE).isActionReview());
        Protocol interview = Services.get(ProtocolLibrary.class).find("waarderend-interview", 1).orElseThrow();
        assertFalse(interview.isFollowUpReview());
        assertFalse(sessions.start(interview, "Noord 2", today(), "Wijkteam Noord", List.of()).isActionReview());
        assertTrue(sessions.start(actieleren, "Noord 3", today(), "Wijkteam Noord", PEOPLE).isActionReview());
    }

    @Test
    void onlyTheGroupsReviewClosesAndAStaleCopyChangesNothing() {
        Session first = sessions.start(actieleren, "Noordoost 1", today(), "Team Noordoost", PEOPLE);
        toActionStep(first);
        sessions.addAction(first, "actie", "Ouders uitnodigen", "Anna", null);
        ActionRecord mine = only(actions.ownedBy("Anna").stream().filter(r -> r.group().equals("Team Noordoost")).toList());
        ActionRecord done = actions.changeStatus(mine, ActionStatus.DONE, ActionUpdate.by("Anna").outcome("Gedaan", null));
        InputRejectedException refused = assertThrows(InputRejectedException.class,
                () -> actions.changeStatus(done, ActionStatus.CLOSED, ActionUpdate.by("Anna")));
        assertTrue(refused.getMessage().contains("terugblik"), refused.getMessage());

        // The owner's view still holds the old copy (open) while the action is done: its change is refused.
        nl.leerkring.core.StoreException stale = assertThrows(nl.leerkring.core.StoreException.class,
                () -> actions.changeStatus(mine, ActionStatus.NOT_CARRIED_OUT,
                        ActionUpdate.by("Anna").reason(ActionReason.NO_TIME, null)));
        assertTrue(stale.getMessage().contains("elders"), stale.getMessage());
        assertEquals(ActionStatus.DONE, store.actionsOfGroup("Team Noordoost").get(0).action().getStatus());
        assertEquals(1, store.actionsOfGroup("Team Noordoost").get(0).action().getHistory().size());
    }

    /** LeerKRACHT's bordsessie is fifteen minutes in all: the review of last week's actions fits inside them. */
    @Test
    void theBordsessieWithItsReviewTakesAtMostFifteenMinutes() {
        Protocol bord = Services.get(ProtocolLibrary.class).find("bordsessie", 1).orElseThrow();
        // An action the group agreed earlier is still open.
        Session earlier = sessions.start(actieleren, "Oost 1", today(), GROUP, PEOPLE);
        toActionStep(earlier);
        sessions.addAction(earlier, "actie", "Dossiers van de week bijwerken", "Bram", today().plusDays(5));
        finish(earlier);
        clock.advance(Duration.ofDays(7));

        List<String> team = List.of("Anna (begeleider)", "Bram (deelnemer)", "Chris (deelnemer)");

        Session thisWeek = sessions.start(bord, "Bord week 2", today(), GROUP, team);
        List<Step> steps = sessions.steps(thisWeek);
        assertTrue(ActionReview.isReview(steps.get(0)), "it starts with last week's actions");
        int minutes = steps.stream().mapToInt(Step::getTimeboxMinutes).sum();
        assertTrue(minutes <= 15, () -> minutes + " minutes with the review");
        assertEquals(bord.getDurationMinutes(), minutes, "the review inside the method's own time");
        assertEquals(15, sessions.steps(sessions.start(actieleren, "Oost 2", today(), GROUP, PEOPLE)).get(0)
                .getTimeboxMinutes(), "a method that does not say so reviews in a quarter of an hour, on top");
    }

    @Test
    void anActionOwnerTakesPartInTheSession() {
        Session session = sessions.start(actieleren, "West 1", today(), "Wijkteam West", PEOPLE);
        toActionStep(session);
        InputRejectedException refused = assertThrows(InputRejectedException.class,
                () -> sessions.addAction(session, "actie", "Iets doen", "Dirk", null));
        assertTrue(refused.getMessage().contains("Anna, Bram, Chris"), refused.getMessage());
    }

    @Test
    void aReviewOnlyAnswersActionsItLists() {
        Session first = sessions.start(actieleren, "Midden 1", today(), "Team Midden", PEOPLE);
        toActionStep(first);
        sessions.addAction(first, "actie", "Ouders uitnodigen", "Anna", null);
        finish(first);
        Session other = sessions.start(actieleren, "Elders 1", today(), "Team Elders", PEOPLE);
        ActionRecord record = only(actions.ownedBy("Anna").stream().filter(r -> r.group().equals("Team Midden")).toList());
        InputRejectedException refused = assertThrows(InputRejectedException.class,
                () -> actions.reviewDone(other, record, "Gedaan", null));
        assertTrue(refused.getMessage().contains("terugblik"), refused.getMessage());
        assertEquals(ActionStatus.OPEN, store.actionsOwnedBy("Anna").get(0).action().getStatus());
    }

    /** Fills every step up to the one that collects actions, as the facilitator would. */
    @Test
    void anActionOfSomeoneWhoLeftIsHandedOverWithItsReasonInTheHistory() {
        Session first = sessions.start(actieleren, "Oost 1", today(), GROUP, PEOPLE);
        toActionStep(first);
        Action consult = sessions.addAction(first, "actie", "Gedragswetenschapper raadplegen", "Bram", null);
        Action dropped = sessions.addAction(first, "actie", "Folder maken", "Bram", null);
        finish(first);
        actions.changeStatus(only(actions.ownedBy("Bram").stream().filter(r -> r.action().getId().equals(dropped.getId()))
                .toList()), ActionStatus.CANCELLED, ActionUpdate.by("Bram").reason(ActionReason.SITUATION_CHANGED, "gezin verhuisd"));
        var oost = store.groups().stream().filter(g -> g.getName().equals(GROUP)).findFirst().orElseThrow();
        String bram = oost.getMemberships().stream().filter(m -> m.getPerson().getDisplayName().equals("Bram"))
                .findFirst().orElseThrow().getPerson().getId();
        assertEquals(List.of(), actions.ofLeavers(GROUP), "nobody left yet");

        store.leaveGroup(oost.getId(), bram, today());
        ActionRecord orphan = only(actions.ofLeavers(GROUP));
        assertEquals(consult.getId(), orphan.action().getId(), "only the open one: a cancelled action needs no new owner");

        assertThrows(InputRejectedException.class, () -> actions.handOver(orphan, "Chris", " ", "Lead"),
                "a hand-over needs a reason");
        assertThrows(InputRejectedException.class, () -> actions.handOver(orphan, "Bram", "Vertrokken", "Lead"),
                "and another owner");
        ActionRecord handed = actions.handOver(orphan, "Chris", "Bram is naar een ander team", "Lead");
        assertEquals("Chris", handed.action().getOwner());
        assertEquals(ActionStatus.OPEN, handed.action().getStatus(), "the status stays");
        assertEquals(List.of(), actions.ofLeavers(GROUP));

        ActionRecord stored = only(actions.ownedBy("Chris").stream()
                .filter(r -> r.action().getId().equals(consult.getId())).toList());
        var last = stored.action().getHistory().get(stored.action().getHistory().size() - 1);
        assertEquals("Overgedragen van Bram aan Chris: Bram is naar een ander team", last.getReason());
        assertEquals("Lead", last.getBy());
        assertEquals(handed.action().getOwnerId(), stored.action().getOwnerId());
        assertThrows(nl.leerkring.core.StoreConflictException.class,
                () -> actions.handOver(orphan, "Anna", "Toch Anna", "Lead"), "a stale copy does not hand over twice");
    }

    private void toActionStep(Session session) {
        while (true) {
            Step step = sessions.currentStep(session);
            if (step.getCaptures().stream().anyMatch(c -> c.getKind().isAction())) {
                return;
            }
            for (Capture capture : step.getCaptures()) {
                for (int n = 0; n < Math.max(1, capture.getMin()); n++) {
                    sessions.addItem(session, capture.getKind().getId(), capture.getKind().getId() + " " + n, null);
                }
            }
            sessions.next(session);
        }
    }

    private void finish(Session session) {
        while (sessions.hasNext(session)) {
            sessions.next(session);
        }
        sessions.close(session);
    }

    private static ActionRecord only(List<ActionRecord> records) {
        assertEquals(1, records.size(), records.toString());
        return records.get(0);
    }

    private static Set<String> ids(List<ActionRecord> records) {
        return records.stream().map(r -> r.action().getId()).collect(Collectors.toSet());
    }

    private static Map<String, ActionRecord> byId(List<ActionRecord> records) {
        return records.stream().collect(Collectors.toMap(r -> r.action().getId(), r -> r));
    }

    private static List<String> steps(Action action) {
        return action.getHistory().stream().map(c -> c.getFrom().getName() + ">" + c.getTo().getName()).toList();
    }
}
