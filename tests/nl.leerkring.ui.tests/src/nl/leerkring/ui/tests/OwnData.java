package nl.leerkring.ui.tests;

import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.framework.FrameworkUtil;

import nl.leerkring.core.Core;
import nl.leerkring.core.GroupStore;
import nl.leerkring.core.ProtocolLibrary;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.ProtocolStore;
import nl.leerkring.core.Retention;
import nl.leerkring.core.SessionService;
import nl.leerkring.core.SessionStore;
import nl.leerkring.core.StoreAccess;
import nl.leerkring.core.StoreBackups;
import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.StoreInfo;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.core.actions.ActionStore;
import nl.leerkring.store.JdbcStore;

/**
 * The real services on a data folder of the test's own: a Derby database in it, the engine's
 * services on that database, the clock the test chooses, and from the platform what it gives
 * besides (the built-in methods, the theme manager). No UI test depends on what another wrote.
 */
final class OwnData implements AutoCloseable {

    final JdbcStore store;
    final Core core;
    /** What the parts are made from: a child of the platform's services with this data's in front. */
    final IEclipseContext context;

    OwnData(Path folder) {
        this(folder, Clock.systemDefaultZone());
    }

    OwnData(Path folder, Clock clock) {
        this(JdbcStore.embedded(folder), clock);
    }

    /** The services on a store the test opened itself (encrypted, damaged …); closed with this. */
    OwnData(JdbcStore store, Clock clock) {
        this.store = store;
        IEclipseContext platform = EclipseContextFactory
                .getServiceContext(FrameworkUtil.getBundle(OwnData.class).getBundleContext());
        core = Core.on(store, platform.get(ProtocolSource.class), clock);
        context = platform.createChild("own data");
        context.set(Clock.class, clock);
        context.set(ProtocolLibrary.class, core.library());
        context.set(SessionService.class, core.sessions());
        context.set(ActionService.class, core.actions());
        context.set(SessionStore.class, store);
        context.set(ProtocolStore.class, store);
        context.set(ActionStore.class, store);
        context.set(StoreChanges.class, store);
        context.set(StoreInfo.class, store);
        context.set(StoreAccess.class, store);
        context.set(Retention.class, store);
        context.set(StoreBackups.class, store);
        context.set(GroupStore.class, store);
    }

    @Override
    public void close() {
        context.dispose();
        store.close();
    }
}
