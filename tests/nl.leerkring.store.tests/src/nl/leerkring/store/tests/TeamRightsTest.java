package nl.leerkring.store.tests;

import static nl.leerkring.store.tests.GroupsContract.inGroup;
import static nl.leerkring.store.tests.StoreContract.T0;
import static nl.leerkring.store.tests.StoreContract.action;
import static nl.leerkring.store.tests.StoreContract.change;
import static nl.leerkring.store.tests.StoreContract.item;
import static nl.leerkring.store.tests.StoreContract.protocol;
import static nl.leerkring.store.tests.StoreContract.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import nl.leerkring.core.StoreException;
import nl.leerkring.model.Action;
import nl.leerkring.model.ActionStatus;
import nl.leerkring.model.MemberRole;
import nl.leerkring.model.Session;
import nl.leerkring.store.JdbcStore;
import nl.leerkring.store.StoreLocation;

/**
 * The team database's rights, enforced by PostgreSQL: with three logins (a member, a facilitator and
 * a lead) on the real server, the database itself refuses a member's update of someone else's
 * action and a facilitator's new method version, and lets a lead publish. Checked with plain JDBC
 * as each login, and through the store for the message the user sees.
 */
class TeamRightsTest {

    private String database;
    private JdbcStore admin;
    private String bramsAction;
    private String annasAction;

    @BeforeEach
    void teamDatabaseWithThreeLogins() throws SQLException {
        Assumptions.assumeTrue(PostgresStoreTest.SERVER != null && !PostgresStoreTest.SERVER.isBlank(),
                "LEERKRING_TEST_PG is not set: no PostgreSQL server to test the rights on");
        database = "lk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PostgresStoreTest.admin("CREATE DATABASE " + database);
        admin = new JdbcStore(location("postgres"));
        admin.open();
        admin.applyTeamRights();
        admin.applyTeamRights(); // again: changes nothing, fails nothing

        Session session = inGroup(session("s-1", "Noord", T0), "Wijkteam Noord");
        admin.createSession(session);
        Action bram = action("a-bram", "Huisbezoek plannen", "Bram", null);
        Action anna = action("a-anna", "School bellen", "Anna", null);
        admin.addItem("s-1", bram, 0, T0.plusSeconds(5));
        admin.addItem("s-1", anna, 1, T0.plusSeconds(6));
        bramsAction = bram.getId();
        annasAction = anna.getId();

        admin.grant("anna_rt", "Anna", MemberRole.MEMBER, "Wijkteam Noord");
        admin.grant("fay_rt", "Fay de Wit", MemberRole.FACILITATOR, "Wijkteam Noord");
        admin.grant("lena_rt", "Lena Smit", MemberRole.LEAD, null);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (admin != null) {
            admin.close();
        }
        if (database != null) {
            PostgresStoreTest.admin("DROP DATABASE " + database + " WITH (FORCE)");
        }
    }

    @Test
    void theDatabaseRefusesAMembersUpdateOfAnotherPersonsAction() throws SQLException {
        try (Connection anna = connect("anna_rt")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> update(anna, "UPDATE lk_action SET status = 'DONE' WHERE item_id = ?", bramsAction));
            assertEquals("42501", refused.getSQLState());
            assertEquals(1, update(anna, "UPDATE lk_action SET status = 'DONE' WHERE item_id = ?", annasAction),
                    "her own action she may close");
            SQLException owner = assertThrows(SQLException.class,
                    () -> update(anna, "UPDATE lk_action SET owner_id = NULL WHERE item_id = ?", annasAction));
            assertEquals("42501", owner.getSQLState(), "who owns it is not hers to change");
            SQLException item = assertThrows(SQLException.class,
                    () -> update(anna, "UPDATE lk_item SET body = 'x' WHERE id = ?", annasAction));
            assertEquals("42501", item.getSQLState(), "what the session recorded is not hers to change");
        }
    }

    @Test
    void aFacilitatorCannotPublishAMethodAndALeadCan() throws SQLException {
        String publish = "INSERT INTO lk_protocol (protocol_id, version, body, published_at) VALUES (?, 1, 'x', CURRENT_TIMESTAMP)";
        try (Connection fay = connect("fay_rt")) {
            SQLException refused = assertThrows(SQLException.class, () -> update(fay, publish, "noord"));
            assertEquals("42501", refused.getSQLState());
            assertEquals(1, update(fay, "UPDATE lk_action SET status = 'IN_PROGRESS' WHERE item_id = ?", bramsAction),
                    "the facilitator of the group may update its actions");
        }
        try (Connection lena = connect("lena_rt")) {
            assertEquals(1, update(lena, publish, "noord"));
        }
    }

    @Test
    void theStoreSaysWhatTheRightsAllow() {
        try (JdbcStore anna = new JdbcStore(location("anna_rt")); JdbcStore fay = new JdbcStore(location("fay_rt"));
                JdbcStore lena = new JdbcStore(location("lena_rt"))) {
            assertEquals("Anna", anna.personByLogin("anna_rt").orElseThrow().getDisplayName());
            Session seen = anna.loadSession("s-1").orElseThrow();
            Action brams = (Action) seen.getItems().get(0);
            StoreException refused = assertThrows(StoreException.class,
                    () -> anna.saveChange(brams, List.of(change(brams, ActionStatus.DONE, "Anna"))));
            assertEquals("Alleen de actie-eigenaar (of de begeleider van de groep) kan deze actie bijwerken;"
                    + " er is niets veranderd.", refused.getMessage());
            Action hers = (Action) seen.getItems().get(1);
            anna.saveChange(hers, List.of(change(hers, ActionStatus.IN_PROGRESS, "Anna")));

            StoreException notHers = assertThrows(StoreException.class,
                    () -> anna.addItem("s-1", item("i-anna", "idee", "Eigen idee", "Anna"), 2, T0.plusSeconds(9)));
            assertTrue(notHers.getMessage().startsWith("Alleen een begeleider van deze groep"), notHers.getMessage());
            fay.addItem("s-1", item("i-fay", "idee", "Netwerkberaad", "Fay de Wit"), 2, T0.plusSeconds(9));

            StoreException notFays = assertThrows(StoreException.class,
                    () -> fay.saveVersion(protocol("noord", 1, "Noord"), T0, "Fay de Wit"));
            assertTrue(notFays.getMessage().startsWith("Alleen een leidinggevende kan werkvormen publiceren"),
                    notFays.getMessage());
            lena.saveVersion(protocol("noord", 1, "Noord"), T0, "Lena Smit");
            assertEquals(1, anna.publications().size(), "everyone reads what the lead published");
        }
    }

    @Test
    void aLoginGetsItsPersonInItsGroup() {
        var noord = admin.groups().stream().filter(g -> g.getName().equals("Wijkteam Noord")).findFirst().orElseThrow();
        assertEquals(MemberRole.FACILITATOR, GroupsContract.member(noord, "Fay de Wit").getRole());
        assertEquals("anna_rt", GroupsContract.member(noord, "Anna").getPerson().getLogin(),
                "the Anna of the group's sessions got the login");
        admin.grant("anna_rt", "Anna de Boer", MemberRole.MEMBER, "Wijkteam Noord");
        assertEquals("Anna de Boer", admin.loadSession("s-1").orElseThrow().getParticipants().get(0).getName(),
                "her full name reaches her sessions");
    }

    private StoreLocation location(String user) {
        return new StoreLocation(null, PostgresStoreTest.SERVER.replaceFirst("/postgres\\?user=[^&]*",
                "/" + database + "?user=" + user));
    }

    private Connection connect(String user) throws SQLException {
        Connection c = new Driver().connect(location(user).jdbcUrl(), new Properties());
        c.setAutoCommit(true);
        return c;
    }

    private static int update(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, value);
            return statement.executeUpdate();
        }
    }
}
