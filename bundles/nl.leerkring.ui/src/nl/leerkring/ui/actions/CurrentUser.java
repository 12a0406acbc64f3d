package nl.leerkring.ui.actions;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import nl.leerkring.core.GroupStore;
import nl.leerkring.model.Person;

/**
 * Who uses Leerkring. On a team database: the person the database's login was given to
 * ({@code db grant}), with nothing to pick. On this computer: the name picked in "Mijn acties",
 * kept in the user's instance preferences (on this machine), not in the database.
 */
public final class CurrentUser {

    /** The team database's login, and the name of the person it was given to (empty: nobody yet). */
    public record TeamLogin(String login, Optional<String> name) {
    }

    /** The login when the team database says who the user is; empty on this computer. */
    public static Optional<TeamLogin> teamLogin(GroupStore groups) {
        String login = groups.login();
        return login == null ? Optional.empty()
                : Optional.of(new TeamLogin(login, groups.me().map(Person::getDisplayName)));
    }

    /** The user's name: the team login's person, or the name picked on this computer; empty when unknown. */
    public static String name(GroupStore groups) {
        return teamLogin(groups).map(team -> team.name().orElse("")).orElseGet(CurrentUser::get);
    }

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
