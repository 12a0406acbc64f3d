package nl.leerkring.ui.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.leerkring.core.Attendance;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.actions.ActionRecord;
import nl.leerkring.core.actions.ActionReview;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.model.Action;
import nl.leerkring.model.Item;
import nl.leerkring.model.Session;
import nl.leerkring.ui.MessageLine;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.dialogs.ReportDialog;
import nl.leerkring.ui.internal.Messages;
import nl.leerkring.ui.run.ItemTable.Column;

/** A closed session: who was there, Verslag…, and everything recorded, the agreed actions first. */
final class DonePage {

    private final Composite page;
    private final Label title;
    /** Who was there, who was absent, who came as a guest: for the report of the session. */
    private final Label attendance;
    private final TableViewer summary;
    private final MessageLine message;
    private final ActionService actions;
    private Session session;

    DonePage(Composite parent, ActionService actions) {
        this.actions = actions;
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 12).applyTo(page);
        title = Widgets.css(Widgets.id(new Label(page, SWT.WRAP), "run.done"), "stepTitle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        attendance = Widgets.css(Widgets.id(new Label(page, SWT.WRAP), "run.attendance"), "instruction");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(attendance);
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).applyTo(buttons);
        RunPage.button(buttons, Messages.Report_Open, "run.report", this::openReport);
        message = new MessageLine(page, "run.doneMessage");
        Label caption = new Label(page, SWT.NONE);
        caption.setText(Messages.Run_Summary);
        summary = ItemTable.create(page, "run.summary", List.of(
                new Column(Messages.Column_Step, 18, item -> stepTitle(item.getStepId())),
                new Column(Messages.Column_Kind, 14, item -> kindName(item.getKindId())),
                new Column(Messages.Column_Text, 44, ItemTable::shown),
                new Column(Messages.Column_Owner, 12, item -> item instanceof Action a ? a.getOwner() : ""),
                new Column(Messages.Column_Due, 12, item -> item instanceof Action a ? ItemTable.due(a) : "")));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(summary.getControl().getParent());
    }

    Composite control() {
        return page;
    }

    void show(Session closed) {
        session = closed;
        message.error("");
        title.setText(RunTexts.done(closed));
        attendance.setText(attendance(Attendance.of(closed)));
        // What the group agreed to do comes first: that is what the closing round reads out.
        summary.setInput(closed.getItems().stream()
                .sorted(Comparator.comparing((Item item) -> !(item instanceof Action))).toList());
    }

    /**
     * Verslag…: the session's report, with the earlier actions its review answered. When those
     * cannot be read the page says so, rather than showing a report that leaves them out.
     */
    private void openReport() {
        List<ActionRecord> answered = new ArrayList<>();
        if (message.run(() -> answered.addAll(actions.answeredIn(session)))) {
            ReportDialog.of(page.getShell(), session, session.getProtocol(), answered).open();
        }
    }

    private static String attendance(Attendance attendance) {
        List<String> parts = new ArrayList<>();
        parts.add(NLS.bind(Messages.Run_Present, String.join(", ", attendance.present())));
        if (!attendance.absent().isEmpty()) {
            parts.add(NLS.bind(Messages.Run_Absent, String.join(", ", attendance.absent())));
        }
        if (!attendance.guests().isEmpty()) {
            parts.add(NLS.bind(Messages.Run_Guests, String.join(", ", attendance.guests())));
        }
        return String.join("  \u00b7  ", parts);
    }

    private String stepTitle(String stepId) {
        return ActionReview.steps(session).stream().filter(s -> s.getId().equals(stepId)).findFirst()
                .map(s -> Protocols.text(s.getTitle())).orElse(stepId);
    }

    private String kindName(String kindId) {
        return Protocols.kind(session.getProtocol(), kindId).map(k -> Protocols.text(k.getName())).orElse(kindId);
    }
}
