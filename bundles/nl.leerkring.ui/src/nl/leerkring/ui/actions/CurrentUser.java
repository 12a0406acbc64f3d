package nl.leerkring.ui.actions;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Who uses Leerkring on this computer, as they picked themselves in "Mijn acties". Kept in the
 * user's instance preferences (on this machine), not in the team's database.
 */
public final class CurrentUser {

    private static final String NODE = "nl.leerkring.ui";
    private static final String KEY = "actionOwner";

    private CurrentUser() {
    }

    /** The remembered name, or empty when nobody picked themselves yet. */
    public static String get() {
        return node().get(KEY, "");
    }

    public static void set(String name) {
        IEclipsePreferences node = node();
        node.put(KEY, name);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembered for the next start; the choice still holds for this one.
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
