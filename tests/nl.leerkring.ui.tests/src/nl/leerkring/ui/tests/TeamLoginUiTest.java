package nl.leerkring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import nl.leerkring.core.Core;
import nl.leerkring.core.GroupStore;
import nl.leerkring.core.ProtocolSource;
import nl.leerkring.core.StoreChanges;
import nl.leerkring.core.actions.ActionService;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.LeerkringFactory;
import nl.leerkring.model.MemberRole;
import nl.leerkring.model.Session;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;
import nl.leerkring.ui.actions.MyActionsPart;

/**
 * "Mijn acties" on the team database: the login says who the user is, so there is no one to pick
 * and only that person's actions show; a login given to nobody is told what to ask the admin.
 */
class TeamLoginUiTest {

    private static final String SERVER = System.getenv("LEERKRING_TEST_PG");

    private final Display display = Display.getDefault();
    private final UiDriver ui = new UiDriver(display);
    private final IEclipseContext services = EclipseContextFactory
            .getServiceContext(FrameworkUtil.getBundle(TeamLoginUiTest.class).getBundleContext());
    private String database;

    @BeforeEach
    void teamDatabase() throws SQLException {
        Assumptions.assumeTrue(SERVER != null && !SERVER.isBlank(), "LEERKRING_TEST_PG is not set: no team database");
        database = "lk_ui_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        try (JdbcStore admin = new JdbcStore(location("postgres"))) {
            admin.open();
            admin.applyTeamRights();
            Core core = core(admin);
            Session session = core.sessions().start(core.library().find("actieleren", 1).orElseThrow(), "Noord",
                    LocalDate.now(), "Wijkteam Noord", List.of("Anna", "Bram"));
            admin.addItem(session.getId(), action("Huisbezoek plannen", "Anna"), 0, java.time.Instant.now());
            admin.addItem(session.getId(), action("School bellen", "Bram"), 1, java.time.Instant.now());
            admin.grant("anna_ui", "Anna", MemberRole.MEMBER, "Wijkteam Noord");
            admin.grant("nobody_ui", "Nog Niemand", MemberRole.MEMBER, null);
            // A login with a role but no person: what a new colleague has before the admin gives them one.
            try (Connection c = new org.postgresql.Driver().connect(location("postgres").jdbcUrl(), new Properties());
                    Statement s = c.createStatement()) {
                s.execute("UPDATE lk_person SET login_name = NULL WHERE login_name = 'nobody_ui'");
            }
        }
    }

    @AfterEach
    void drop() throws SQLException {
        if (database != null) {
            admin("DROP DATABASE " + database + " WITH (FORCE)");
        }
    }

    @Test
    void theLoginIsTheUserAndThereIsNobodyToPick() {
        try (JdbcStore anna = new JdbcStore(location("anna_ui"))) {
            PartsWindow window = window(anna);
            try {
                Combo me = ui.find(window.shell, "actions.me", Combo.class);
                assertEquals(List.of("Anna"), List.of(me.getItems()));
                assertEquals("Anna", me.getText());
                assertFalse(me.isEnabled(), "no name to pick: the login says who it is");
                assertEquals(List.of("Huisbezoek plannen"), ui.column(window.shell, "actions.table", 1).stream()
                        .map(text -> text.strip()).toList());
            } finally {
                window.close();
            }
        }
        try (JdbcStore nobody = new JdbcStore(location("nobody_ui"))) {
            PartsWindow window = window(nobody);
            try {
                assertEquals(0, ui.find(window.shell, "actions.me", Combo.class).getItemCount());
                String summary = ui.text(window.shell, "actions.summary");
                assertTrue(summary.startsWith("Je login nobody_ui op de teamdatabase is nog aan niemand gegeven"), summary);
            } finally {
                window.close();
            }
        }
    }

    private PartsWindow window(JdbcStore store) {
        IEclipseContext context = services.createChild("team login");
        Core core = core(store);
        context.set(ActionService.class, core.actions());
        context.set(GroupStore.class, store);
        context.set(StoreChanges.class, store);
        PartsWindow window = new PartsWindow(context, display, MyActionsPart.class);
        MyActionsPart part = window.get(MyActionsPart.class);
        part.refreshOwners();
        ui.until(() -> !part.reading(), 10, "Mijn acties read");
        return window;
    }

    private static Action action(String text, String owner) {
        Action action = LeerkringFactory.eINSTANCE.createAction();
        action.setId(UUID.randomUUID().toString());
        action.setKindId("actie");
        action.setStepId("stap-actie");
        action.setText(text);
        action.setOwner(owner);
        action.setStatus(ActionStatus.OPEN);
        action.setCreatedAt(java.time.Instant.now());
        return action;
    }

    private Core core(JdbcStore store) {
        return Core.on(store, services.get(ProtocolSource.class), Clock.systemDefaultZone());
    }

    private StoreLocation location(String user) {
        return new StoreLocation(null, SERVER.replaceFirst("/postgres\\?user=[^&]*", "/" + database + "?user=" + user));
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = new org.postgresql.Driver().connect(StoreLocation.team(SERVER).jdbcUrl(), new Properties());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
