package nl.leerkring.ui.design;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.Protocols;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.preview.Preview;
import nl.leerkring.model.Protocol;
import nl.leerkring.model.Session;
import nl.leerkring.ui.ActiveSession;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;
import nl.leerkring.ui.run.SessionRunPart;

/**
 * Runs a draft protocol in a throw-away session: the real run part, with a session engine whose store
 * is in memory only. Nothing reaches the team's database; closing the window ends the preview.
 */
public final class PreviewWindow {

    private final Shell shell;
    private final SessionRunPart run;

    /**
     * @throws nl.leerkring.core.InputRejectedException when the draft cannot run (it has errors)
     */
    public PreviewWindow(Shell parent, IEclipseContext context, Protocol draft) {
        java.time.Clock clock = context.get(java.time.Clock.class);
        Preview preview = Preview.create(context.get(ProtocolLibrary.class), clock);
        Session session = preview.sessions().start(draft, NLS.bind(Messages.Preview_Title, Protocols.text(draft.getName())),
                LocalDate.now(clock), null, List.of());
        shell = Widgets.id(new Shell(parent, SWT.SHELL_TRIM), "preview");
        shell.setText(NLS.bind(Messages.Preview_Title, Protocols.text(draft.getName())));
        shell.setLayout(new FillLayout());
        IEclipseContext local = context.createChild("preview");
        local.set(SessionService.class, preview.sessions());
        local.set(ActionService.class, preview.actions());
        ActiveSession active = new ActiveSession();
        local.set(ActiveSession.class, active);
        local.set(Composite.class, new Composite(shell, SWT.NONE));
        run = ContextInjectionFactory.make(SessionRunPart.class, local);
        active.set(session);
        shell.addListener(SWT.Dispose, e -> local.dispose());
        shell.setSize(Math.min(1200, parent.getSize().x), Math.min(860, parent.getSize().y));
        shell.open();
    }

    public Shell shell() {
        return shell;
    }

    public SessionRunPart run() {
        return run;
    }
}
