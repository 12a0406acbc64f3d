package nl.leerkring.store.internal;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Copies the rows of one table from one database to another, column by column, whatever the two
 * engines are: the schema is the same on both sides ({@link Schema}).
 */
final class TableCopy {

    private TableCopy() {
    }

    /** One row of a table, by column name (lower case). */
    record Row(List<String> columns, List<Object> values) {
        Object get(String column) {
            return values.get(columns.indexOf(column));
        }

        /** The same row with another value in one column. */
        Row with(String column, Object value) {
            List<Object> changed = new ArrayList<>(values);
            changed.set(columns.indexOf(column), value);
            return new Row(columns, changed);
        }
    }

    /** Every row of a table. */
    static List<Row> read(Connection c, String table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT * FROM " + table); ResultSet rs = query.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            while (rs.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = rs.getObject(i);
                    // Long text comes as a CLOB from Derby; every engine takes it back as a string.
                    values.add(value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value);
                }
                rows.add(new Row(columns, values));
            }
        }
        return rows;
    }

    /** Inserts the rows the filter takes; returns how many. */
    static int write(Connection c, String table, List<Row> rows, Predicate<Row> take) throws SQLException {
        int written = 0;
        PreparedStatement insert = null;
        try {
            for (Row row : rows) {
                if (!take.test(row)) {
                    continue;
                }
                if (insert == null) {
                    insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", row.columns())
                            + ") VALUES (" + "?, ".repeat(row.columns().size() - 1) + "?)");
                }
                for (int i = 0; i < row.values().size(); i++) {
                    insert.setObject(i + 1, row.values().get(i));
                }
                insert.addBatch();
                written++;
            }
            if (insert != null) {
                insert.executeBatch();
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
        return written;
    }

    /** The values of one column in every row of the target table, to tell what is already there. */
    static Set<String> keys(Connection c, String table, String... columns) throws SQLException {
        Set<String> keys = new java.util.HashSet<>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table);
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                for (int i = 1; i <= columns.length; i++) {
                    key.append(rs.getString(i)).append('\u0000');
                }
                keys.add(key.toString());
            }
        }
        return keys;
    }

    /** The key of a row as {@link #keys} makes it. */
    static String key(Row row, String... columns) {
        StringBuilder key = new StringBuilder();
        for (String column : columns) {
            key.append(row.get(column)).append('\u0000');
        }
        return key.toString();
    }
}
