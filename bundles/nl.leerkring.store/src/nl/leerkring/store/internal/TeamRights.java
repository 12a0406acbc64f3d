package nl.leerkring.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.leerkring.model.MemberRole;

/**
 * Who may change what on a team database, enforced by PostgreSQL itself: three group roles
 * (leerkring_member, leerkring_facilitator, leerkring_lead), their grants, and row-level security.
 * Everyone in the team reads everything. A member changes the status, dates, outcome and learning
 * of their own actions, with their history and notes; a facilitator of a group runs and edits that
 * group's sessions and adds people to it; a lead publishes, retires and imports methods, manages
 * groups and may do all a facilitator may. The admin who runs {@code db init} owns the tables and
 * is not bound by any of it. Applying it again changes nothing.
 */
public final class TeamRights {

    public static final String MEMBER = "leerkring_member";
    public static final String FACILITATOR = "leerkring_facilitator";
    public static final String LEAD = "leerkring_lead";

    /** A login name as PostgreSQL takes it unquoted. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** What a member may set on their own action: the lifecycle, not who owns it or what it says. */
    private static final String OWNER_COLUMNS = "status, due_date, outcome, learning, reason, carry_over_count,"
            + " follows_action_id";

    private TeamRights() {
    }

    public static boolean isLogin(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    /** The statements, for the schema the connection works in. */
    public static List<String> statements(String schema) {
        String s = '"' + schema.replace("\"", "\"\"") + '"';
        List<String> sql = new ArrayList<>();
        sql.add("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'leerkring_member') THEN
                    CREATE ROLE leerkring_member NOLOGIN; END IF;
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'leerkring_facilitator') THEN
                    CREATE ROLE leerkring_facilitator NOLOGIN IN ROLE leerkring_member; END IF;
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'leerkring_lead') THEN
                    CREATE ROLE leerkring_lead NOLOGIN IN ROLE leerkring_facilitator; END IF;
                END $$""");
        sql.add("GRANT USAGE ON SCHEMA " + s + " TO " + MEMBER);
        sql.add("GRANT SELECT ON ALL TABLES IN SCHEMA " + s + " TO " + MEMBER);
        sql.add("GRANT UPDATE (" + OWNER_COLUMNS + ") ON " + s + ".lk_action TO " + MEMBER);
        sql.add("GRANT INSERT ON " + s + ".lk_action_change, " + s + ".lk_action_note TO " + MEMBER);
        sql.add("GRANT INSERT, UPDATE, DELETE ON " + s + ".lk_session, " + s + ".lk_participant, " + s + ".lk_item, " + s
                + ".lk_item_code, " + s + ".lk_action, " + s + ".lk_action_change, " + s + ".lk_action_note, " + s
                + ".lk_step_time TO " + FACILITATOR);
        sql.add("GRANT INSERT ON " + s + ".lk_person, " + s + ".lk_membership TO " + FACILITATOR);
        sql.add("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO " + LEAD);
        sql.add("REVOKE INSERT, UPDATE, DELETE ON " + s + ".lk_schema FROM " + LEAD);

        // Who the login is, and what they run; security definer, so they read past the policies.
        String definer = " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + s + ", pg_temp AS ";
        sql.add("CREATE OR REPLACE FUNCTION " + s + ".leerkring_is_lead() RETURNS boolean" + definer
                + "$$ SELECT pg_has_role(session_user, 'leerkring_lead', 'MEMBER') $$");
        sql.add("CREATE OR REPLACE FUNCTION " + s + ".leerkring_me() RETURNS varchar" + definer
                + "$$ SELECT id FROM lk_person WHERE login_name = session_user $$");
        sql.add("CREATE OR REPLACE FUNCTION " + s + ".leerkring_runs_group(g varchar) RETURNS boolean" + definer
                + "$$ SELECT leerkring_is_lead() OR EXISTS (SELECT 1 FROM lk_membership m"
                + " JOIN lk_person p ON p.id = m.person_id WHERE m.group_id = g AND p.login_name = session_user"
                + " AND m.member_role IN ('" + MemberRole.FACILITATOR.getName() + "', '" + MemberRole.LEAD.getName()
                + "') AND m.left_on IS NULL) $$");
        sql.add("CREATE OR REPLACE FUNCTION " + s + ".leerkring_runs_session(x varchar) RETURNS boolean" + definer
                + "$$ SELECT leerkring_runs_group((SELECT group_id FROM lk_session WHERE id = x)) $$");
        sql.add("CREATE OR REPLACE FUNCTION " + s + ".leerkring_runs_item(x varchar) RETURNS boolean" + definer
                + "$$ SELECT leerkring_runs_session((SELECT session_id FROM lk_item WHERE id = x)) $$");
        sql.add("CREATE OR REPLACE FUNCTION " + s + ".leerkring_owns_action(x varchar) RETURNS boolean" + definer
                + "$$ SELECT EXISTS (SELECT 1 FROM lk_action a JOIN lk_person p ON p.id = a.owner_id"
                + " WHERE a.item_id = x AND p.login_name = session_user) $$");

        policies(sql, s, "lk_session", "leerkring_runs_group(group_id)", null);
        policies(sql, s, "lk_participant", "leerkring_runs_session(session_id)", null);
        policies(sql, s, "lk_item", "leerkring_runs_session(session_id)", null);
        policies(sql, s, "lk_item_code", "leerkring_runs_session(session_id)", null);
        policies(sql, s, "lk_step_time", "leerkring_runs_session(session_id)", null);
        // The owner stays the owner: checked against the row as it was, whatever the grants say.
        policies(sql, s, "lk_action", "leerkring_runs_item(item_id)",
                "(leerkring_owns_action(item_id) AND owner_id = leerkring_me()) OR leerkring_runs_item(item_id)");
        String ownerOrRunner = "leerkring_owns_action(action_id) OR leerkring_runs_item(action_id)";
        policies(sql, s, "lk_action_change", ownerOrRunner, ownerOrRunner);
        policies(sql, s, "lk_action_note", ownerOrRunner, ownerOrRunner);
        policies(sql, s, "lk_membership", "leerkring_is_lead()", null);
        sql.add("DROP POLICY IF EXISTS lk_add ON " + s + ".lk_membership");
        sql.add("CREATE POLICY lk_add ON " + s + ".lk_membership FOR INSERT WITH CHECK (leerkring_runs_group(group_id))");
        return sql;
    }

    /**
     * Everyone reads; inserting, updating and deleting need {@code runs}. An update is let through to
     * its check, so a refused one is an error rather than a row silently left alone; {@code updates}
     * widens who may update (null: the same as {@code runs}).
     */
    private static void policies(List<String> sql, String schema, String table, String runs, String updates) {
        String t = schema + "." + table;
        sql.add("ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY");
        for (String policy : new String[] { "lk_read", "lk_add", "lk_change", "lk_remove" }) {
            sql.add("DROP POLICY IF EXISTS " + policy + " ON " + t);
        }
        sql.add("CREATE POLICY lk_read ON " + t + " FOR SELECT USING (true)");
        sql.add("CREATE POLICY lk_add ON " + t + " FOR INSERT WITH CHECK (" + runs + ")");
        sql.add("CREATE POLICY lk_change ON " + t + " FOR UPDATE USING (true) WITH CHECK ("
                + (updates == null ? runs : updates) + ")");
        sql.add("CREATE POLICY lk_remove ON " + t + " FOR DELETE USING (" + runs + ")");
    }

    /** Applies the rights to the database the connection is on (as its admin). */
    public static void apply(Connection c) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String sql : statements(schema(c))) {
                statement.execute(sql);
            }
        }
    }

    public static String schema(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT current_schema()"); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Gives the login its database role (taking another one back) and its person, in the group when
     * one is given (see {@link GroupRows#giveLogin}). Creates the login without a password when it
     * does not exist, for the admin to give one.
     *
     * @return whether the login was created
     */
    public static boolean grant(Connection c, String login, String personName, MemberRole role, String groupId,
            java.time.LocalDate today) throws SQLException {
        if (!isLogin(login)) {
            throw new IllegalArgumentException(login);
        }
        boolean created = false;
        try (Statement statement = c.createStatement()) {
            try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                query.setString(1, login);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        statement.execute("CREATE ROLE " + login + " LOGIN");
                        created = true;
                    }
                }
            }
            statement.execute("REVOKE " + MEMBER + ", " + FACILITATOR + ", " + LEAD + " FROM " + login);
            statement.execute("GRANT " + switch (role) {
                case LEAD -> LEAD;
                case FACILITATOR -> FACILITATOR;
                default -> MEMBER;
            } + " TO " + login);
        }
        GroupRows.giveLogin(c, login, personName, groupId, role, today);
        return created;
    }
}
