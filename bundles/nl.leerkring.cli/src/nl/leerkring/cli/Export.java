package nl.leerkring.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import com.google.gson.stream.JsonWriter;

import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.core.ProtocolStore;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.SessionSummary;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionReason;
import nl.leerkring.model.CodeMark;
import nl.leerkring.model.Item;
import nl.leerkring.model.Participant;
import nl.leerkring.model.ProgressNote;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.model.StatusChange;
import nl.leerkring.model.StepTime;

/**
 * Everything in a database as one JSON document (the format is in the README): sessions with their
 * participants, items, actions with history and notes, and step times; the groups; the team's
 * protocol versions and drafts. Sessions come by date and id, so two databases with the same data
 * give the same file.
 */
final class Export {

    /** The format's version, for tools that read the file. */
    static final int FORMAT = 1;

    private Export() {
    }

    /** Writes the export; returns how many sessions it holds. */
    static int write(SessionStore sessions, ProtocolStore protocols, Writer out) throws IOException {
        List<SessionSummary> summaries = sessions.listSessions().stream()
                .sorted(Comparator.comparing(SessionSummary::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SessionSummary::id))
                .toList();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("format").value("leerkring-export");
            json.name("version").value(FORMAT);
            json.name("groups").beginArray();
            for (String group : new TreeSet<>(summaries.stream().map(SessionSummary::group).filter(Objects::nonNull).toList())) {
                json.value(group);
            }
            json.endArray();
            json.name("sessions").beginArray();
            for (SessionSummary summary : summaries) {
                Session session = sessions.loadSession(summary.id()).orElseThrow();
                session(json, session);
            }
            json.endArray();
            protocols(json, protocols);
            json.endObject();
        }
        return summaries.size();
    }

    private static void session(JsonWriter json, Session session) throws IOException {
        json.beginObject();
        json.name("id").value(session.getId());
        json.name("title").value(session.getTitle());
        json.name("group").value(session.getGroup());
        json.name("date").value(text(session.getDate()));
        json.name("startTime").value(text(session.getStartTime()));
        json.name("protocol").value(session.getProtocolId());
        json.name("protocolVersion").value(session.getProtocolVersion());
        json.name("status").value(session.getStatus().getName());
        json.name("currentStep").value(session.getCurrentStep());
        json.name("actionReview").value(session.isActionReview());
        json.name("valueRound").value(session.isValueRound());
        json.name("caseRounds").value(session.getCaseRounds());
        json.name("trajectory").value(session.getTrajectoryId());
        json.name("meeting").value(session.getMeeting());
        json.name("participants").beginArray();
        for (Participant participant : session.getParticipants()) {
            json.beginObject().name("name").value(participant.getName()).name("role").value(participant.getRoleId())
                    .name("present").value(participant.isPresent()).name("guest").value(participant.isGuest()).endObject();
        }
        json.endArray();
        json.name("items").beginArray();
        for (Item item : session.getItems()) {
            if (!(item instanceof Action)) {
                json.beginObject();
                itemFields(json, item);
                json.name("text").value(item.getText());
                json.endObject();
            }
        }
        json.endArray();
        json.name("actions").beginArray();
        for (Item item : session.getItems()) {
            if (item instanceof Action action) {
                action(json, action);
            }
        }
        json.endArray();
        json.name("stepTimes").beginArray();
        for (StepTime time : session.getStepTimes()) {
            json.beginObject().name("step").value(time.getStepId()).name("elapsedSeconds").value(time.getElapsedSeconds())
                    .name("timeboxSeconds").value(time.getTimeboxSeconds()).name("skipReason").value(time.getSkipReason())
                    .endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void itemFields(JsonWriter json, Item item) throws IOException {
        json.name("id").value(item.getId());
        json.name("kind").value(item.getKindId());
        json.name("step").value(item.getStepId());
        json.name("author").value(item.getAuthor());
        json.name("createdAt").value(item.getCreatedAt().toString());
        json.name("chosen").value(item.isChosen());
        json.name("subgroup").value(item.getSubgroup());
        // An item's codes from its kind's list; an action's, the value its review coded.
        json.name("codes").beginArray();
        for (CodeMark mark : item.getMarks()) {
            json.beginObject().name("code").value(mark.getCodeId()).name("valence").value(mark.getValence().getName())
                    .endObject();
        }
        json.endArray();
    }

    private static void action(JsonWriter json, Action action) throws IOException {
        json.beginObject();
        itemFields(json, action);
        json.name("description").value(action.getText());
        json.name("owner").value(action.getOwner());
        json.name("dueDate").value(text(action.getDueDate()));
        json.name("status").value(action.getStatus().getName());
        json.name("outcome").value(action.getOutcome());
        json.name("learning").value(action.getLearning());
        json.name("reason").value(action.getReason() == ActionReason.NONE ? null : action.getReason().getName());
        json.name("carryOverCount").value(action.getCarryOverCount());
        json.name("followsAction").value(action.getFollowsActionId());
        json.name("history").beginArray();
        for (StatusChange change : action.getHistory()) {
            json.beginObject().name("at").value(change.getAt().toString()).name("by").value(change.getBy())
                    .name("from").value(change.getFrom().getName()).name("to").value(change.getTo().getName())
                    .name("reason").value(change.getReason()).name("session").value(change.getSessionId()).endObject();
        }
        json.endArray();
        json.name("notes").beginArray();
        for (ProgressNote note : action.getNotes()) {
            json.beginObject().name("at").value(note.getAt().toString()).name("author").value(note.getAuthor())
                    .name("text").value(note.getText()).endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void protocols(JsonWriter json, ProtocolStore protocols) throws IOException {
        List<ProtocolStore.Published> published = protocols.publications();
        List<Protocol> versions = protocols.loadVersions();
        json.name("protocolVersions").beginArray();
        for (int i = 0; i < versions.size(); i++) {
            Protocol version = versions.get(i);
            ProtocolStore.Published when = published.get(i);
            json.beginObject().name("id").value(version.getId()).name("version").value(version.getVersion())
                    .name("publishedAt").value(when.at().toString()).name("publishedBy").value(when.by())
                    .name("document").value(document(version)).endObject();
        }
        json.endArray();
        json.name("protocolDrafts").beginArray();
        for (Protocol draft : protocols.loadDrafts()) {
            json.beginObject().name("id").value(draft.getId()).name("document").value(document(draft)).endObject();
        }
        json.endArray();
        json.name("retiredProtocols").beginArray();
        for (String retired : new TreeSet<>(protocols.retiredProtocols())) {
            json.value(retired);
        }
        json.endArray();
    }

    private static String document(Protocol protocol) {
        return new String(ProtocolExchange.toBytes(protocol), StandardCharsets.UTF_8);
    }

    private static String text(Temporal value) {
        return value == null ? null : value.toString();
    }
}
