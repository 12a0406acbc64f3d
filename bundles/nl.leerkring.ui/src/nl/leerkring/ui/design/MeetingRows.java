package nl.leerkring.ui.design;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.leerkring.core.Protocols;
import nl.leerkring.core.edit.ProtocolCommands;
import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.Meeting;
import nl.leerkring.model.Phase;
import nl.leerkring.model.Protocol;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * A trajectory's meetings on the protocol page (actieleertraject, actieonderzoek): per meeting its
 * title, the weeks after the one before, whether a trial period comes first, and the phases it
 * runs (none ticked: all of them); then a row to add one. Each change is one EMF command.
 */
final class MeetingRows {

    private static final LeerkringPackage L = LeerkringPackage.eINSTANCE;
    /** The longest a trial period or a pause between meetings may be: a year. */
    private static final int MAX_WEEKS = 52;

    private final ListRows rows;
    private final Supplier<EditingDomain> domain;
    private final List<Runnable> updaters;

    MeetingRows(ListRows rows, Supplier<EditingDomain> domain, List<Runnable> updaters) {
        this.rows = rows;
        this.domain = domain;
        this.updaters = updaters;
    }

    /**
     * Three lines a meeting, so the form stays narrow beside the outline and the diagram: its number,
     * title and remove button; the weeks after the one before and the trial period; the phases.
     */
    void build(Composite area, Protocol protocol) {
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(area);
        int number = 1;
        for (Meeting meeting : protocol.getMeetings()) {
            String id = "editor.protocol.meeting." + number;
            new Label(area, SWT.NONE).setText(NLS.bind(Messages.Editor_MeetingNumber, number));
            rows.nameField(area, id, meeting.getTitle());
            ((org.eclipse.swt.widgets.Control) area.getChildren()[area.getChildren().length - 1])
                    .setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(150, SWT.DEFAULT).create());
            rows.removeButton(area, id + ".remove", () -> ProtocolCommands.removeMeeting(domain.get(), meeting), null);

            new Label(area, SWT.NONE);
            Spinner weeks = Widgets.id(new Spinner(area, SWT.BORDER), id + ".weeks");
            weeks.setValues(meeting.getWeeksAfter(), 0, MAX_WEEKS, 0, 1, 4);
            weeks.addListener(SWT.Selection, e -> {
                if (weeks.getSelection() != meeting.getWeeksAfter()) {
                    rows.execute(SetCommand.create(domain.get(), meeting, L.getMeeting_WeeksAfter(), weeks.getSelection()));
                }
            });
            Composite when = new Composite(area, SWT.NONE);
            GridDataFactory.fillDefaults().span(2, 1).align(SWT.FILL, SWT.CENTER).applyTo(when);
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(when);
            new Label(when, SWT.NONE).setText(Messages.Editor_MeetingWeeks);
            Button trial = Widgets.id(new Button(when, SWT.CHECK), id + ".afterTrial");
            trial.setText(Messages.Editor_MeetingAfterTrial);
            trial.addListener(SWT.Selection, e -> rows.execute(
                    SetCommand.create(domain.get(), meeting, L.getMeeting_AfterTrial(), trial.getSelection())));
            updaters.add(() -> {
                weeks.setSelection(meeting.getWeeksAfter());
                trial.setSelection(meeting.isAfterTrial());
            });

            new Label(area, SWT.NONE).setText(Messages.Editor_MeetingPhases);
            // The phases wrap when they do not fit (a small hint lets the grid give them what is there).
            Composite phases = new Composite(area, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(100, SWT.DEFAULT).applyTo(phases);
            RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
            wrapping.wrap = true;
            wrapping.marginLeft = wrapping.marginTop = wrapping.marginBottom = 0;
            phases.setLayout(wrapping);
            for (Phase phase : protocol.getPhases()) {
                rows.memberCheck(phases, id + ".phase." + phase.getId(), Protocols.text(phase.getName()), meeting,
                        L.getMeeting_Phases(), phase);
            }
            number++;
        }
        new Label(area, SWT.NONE).setText(Messages.Editor_MeetingNew);
        Text title = Widgets.css(Widgets.id(new Text(area, SWT.BORDER | SWT.SINGLE), "editor.protocol.meeting.new"), "entry");
        title.setMessage(Messages.Editor_MeetingPrompt);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(150, SWT.DEFAULT).applyTo(title);
        rows.addButton(area, "editor.protocol.meeting.add", title, () -> add(protocol, title));
    }

    private Command add(Protocol protocol, Text title) {
        Command add = ProtocolCommands.addMeeting(domain.get(), protocol, title.getText());
        title.setText("");
        return add;
    }
}
