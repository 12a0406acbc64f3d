package nl.leerkring.core.tests;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Looks up the real Declarative Services components of the test runtime. */
final class Services {

    private static final long TIMEOUT_MILLIS = 10_000;

    private Services() {
    }

    static <S> S get(Class<S> type) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Services.class).getBundleContext(),
                type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(TIMEOUT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("no " + type.getName() + " service");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
