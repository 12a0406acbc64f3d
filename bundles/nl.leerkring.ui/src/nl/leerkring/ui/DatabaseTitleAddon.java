package nl.leerkring.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.osgi.util.NLS;

import jakarta.annotation.PostConstruct;
import nl.leerkring.core.StoreInfo;
import nl.leerkring.ui.internal.Messages;

/**
 * Says in the title bar which database is open, so nobody types case material into the team
 * database believing it stays on this computer, or the other way round.
 */
public class DatabaseTitleAddon {

    @PostConstruct
    void init(MApplication application, StoreInfo store) {
        String title = store.isShared() ? NLS.bind(Messages.Window_TitleTeam, store.name())
                : TryDemo.isDemo() ? Messages.Window_TitleDemo : Messages.Window_TitleLocal;
        for (MWindow window : application.getChildren()) {
            window.setLabel(title);
        }
    }
}
