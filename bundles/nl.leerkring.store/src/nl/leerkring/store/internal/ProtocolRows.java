package nl.leerkring.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.leerkring.core.ProtocolExchange;
import nl.leerkring.core.ProtocolStore.Published;
import nl.leerkring.model.Protocol;

/** The SQL of the team's published protocol versions (never changed once written), drafts and retirements. */
public final class ProtocolRows {

    private ProtocolRows() {
    }

    public static void saveVersion(Connection c, Protocol protocol, Instant publishedAt, String publishedBy)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lk_protocol (protocol_id,"
                + " version, body, published_at, published_by) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, protocol.getId());
            insert.setInt(2, protocol.getVersion());
            insert.setString(3, document(protocol));
            insert.setTimestamp(4, Timestamps.of(publishedAt));
            insert.setString(5, publishedBy);
            insert.executeUpdate();
        }
    }

    public static List<Published> publications(Connection c) throws SQLException {
        List<Published> published = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT protocol_id, version, published_at,"
                + " published_by FROM lk_protocol ORDER BY protocol_id, version");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                published.add(new Published(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)));
            }
        }
        return published;
    }

    public static List<Protocol> versions(Connection c) throws SQLException {
        List<Protocol> versions = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT protocol_id, version, body FROM lk_protocol ORDER BY protocol_id, version");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                versions.add(protocol(rs.getString(3), rs.getString(1) + " v" + rs.getInt(2)));
            }
        }
        return versions;
    }

    /** Replaces the protocol's draft, if it has one. */
    public static void saveDraft(Connection c, Protocol draft, Instant savedAt, String savedBy) throws SQLException {
        deleteDraft(c, draft.getId());
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO lk_protocol_draft (protocol_id, body, saved_at, saved_by) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, draft.getId());
            insert.setString(2, document(draft));
            insert.setTimestamp(3, Timestamps.of(savedAt));
            insert.setString(4, savedBy);
            insert.executeUpdate();
        }
    }

    public static List<Protocol> drafts(Connection c) throws SQLException {
        List<Protocol> drafts = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT protocol_id, body FROM lk_protocol_draft ORDER BY protocol_id");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                drafts.add(protocol(rs.getString(2), NLS.bind(Messages.Store_DraftSource, rs.getString(1))));
            }
        }
        return drafts;
    }

    public static void deleteDraft(Connection c, String protocolId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM lk_protocol_draft WHERE protocol_id = ?")) {
            delete.setString(1, protocolId);
            delete.executeUpdate();
        }
    }

    public static void setRetired(Connection c, String protocolId, boolean retired, Instant when)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM lk_protocol_retired WHERE protocol_id = ?")) {
            delete.setString(1, protocolId);
            delete.executeUpdate();
        }
        if (retired) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO lk_protocol_retired (protocol_id, retired_at) VALUES (?, ?)")) {
                insert.setString(1, protocolId);
                insert.setTimestamp(2, Timestamps.of(when));
                insert.executeUpdate();
            }
        }
    }

    public static Set<String> retired(Connection c) throws SQLException {
        Set<String> retired = new HashSet<>();
        try (PreparedStatement query = c.prepareStatement("SELECT protocol_id FROM lk_protocol_retired");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                retired.add(rs.getString(1));
            }
        }
        return retired;
    }

    private static String document(Protocol protocol) {
        return new String(ProtocolExchange.toBytes(protocol), StandardCharsets.UTF_8);
    }

    private static Protocol protocol(String document, String source) {
        return ProtocolExchange.fromBytes(document.getBytes(StandardCharsets.UTF_8), source);
    }
}
