package nl.leerkring.ui.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.leerkring.ui.Background;
import nl.leerkring.ui.TryDemo;
import nl.leerkring.ui.Widgets;
import nl.leerkring.ui.internal.Messages;

/**
 * What the session area shows while no session is chosen: what Leerkring does, in three lines,
 * and where to begin — a session from the list, or a new one.
 */
final class WelcomePage {

    private final Composite page;
    private final Label said;

    /** @param newSession starts a new session as Ctrl+N does; null where there is no command service */
    WelcomePage(Composite parent, Runnable newSession) {
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(32, 28).spacing(8, 14).applyTo(page);
        Label title = Widgets.css(Widgets.id(new Label(page, SWT.WRAP), "run.welcome"), "prompt");
        title.setText(Messages.Welcome_Title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Label lines = Widgets.css(Widgets.id(new Label(page, SWT.WRAP), "run.welcome.lines"), "instruction");
        lines.setText(Messages.Welcome_Lines);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(lines);
        Label choose = Widgets.id(new Label(page, SWT.WRAP), "run.empty");
        choose.setText(Messages.Run_NoSession);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(choose);
        Composite buttons = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(buttons);
        if (newSession != null) {
            Button start = Widgets.css(Widgets.id(new Button(buttons, SWT.PUSH), "run.welcome.new"), "primary");
            // The sessions part's button has the mnemonic; twice in one window it would only move the focus.
            start.setText(org.eclipse.jface.action.LegacyActionTools.removeMnemonics(Messages.Sessions_New));
            start.addListener(SWT.Selection, e -> newSession.run());
        }
        // Not in the example window itself.
        if (!TryDemo.isDemo()) {
            Button demo = Widgets.id(new Button(buttons, SWT.PUSH), "run.welcome.demo");
            demo.setText(Messages.Welcome_Demo);
            demo.addListener(SWT.Selection, e -> tryDemo());
        }
        said = Widgets.id(new Label(page, SWT.WRAP), "run.welcome.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(said);
    }

    /**
     * "Probeer met voorbeeldgegevens": the sample data, made once beside the user's data folder,
     * open in a second Leerkring window; this one stays as it is.
     */
    void tryDemo() {
        String data = System.getProperty("leerkring.data");
        ProcessHandle.Info self = ProcessHandle.current().info();
        Path folder = data == null ? null : TryDemo.folder(Path.of(data));
        Optional<TryDemo.Commands> commands = folder == null ? Optional.empty()
                : TryDemo.commands(self.command().orElse(null), List.of(self.arguments().orElse(new String[0])), folder);
        if (commands.isEmpty()) {
            say(Messages.Welcome_DemoByHand);
            return;
        }
        say(Messages.Welcome_DemoOpening);
        Background.load(page, () -> TryDemo.run(commands.get(), folder),
                opened -> say(opened ? NLS.bind(Messages.Welcome_DemoOpened, folder) : Messages.Welcome_DemoByHand), this::say);
    }

    /** A line under the buttons: what happens with the sample, or why it did not open. */
    void say(String text) {
        if (!said.isDisposed()) {
            said.setText(text);
            page.layout(true, true);
        }
    }

    Composite control() {
        return page;
    }
}
