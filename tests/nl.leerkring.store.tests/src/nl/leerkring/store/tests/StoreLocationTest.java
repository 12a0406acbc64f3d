package nl.leerkring.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leerkring.core.StoreException;
import nl.leerkring.store.StoreLocation;

/** The team database's address as an admin types it. */
class StoreLocationTest {

    @Test
    void theShortFormBecomesTheDriversUrl() {
        StoreLocation location = StoreLocation.team("postgresql://db.example:5432/wijkteam-noord?user=anna&sslmode=require");
        assertEquals("jdbc:postgresql://db.example:5432/wijkteam-noord?user=anna&sslmode=require", location.jdbcUrl());
        assertEquals("wijkteam-noord", location.name());
        assertEquals("jdbc:postgresql://h/x", StoreLocation.team("jdbc:postgresql://h/x").jdbcUrl());
        assertEquals("jdbc:postgresql://h/x", StoreLocation.team("postgres://h/x").jdbcUrl());
    }

    @Test
    void aPasswordInTheAddressIsRefused() {
        for (String url : new String[] { "postgresql://h/x?user=anna&password=geheim", "postgresql://anna:geheim@h/x" }) {
            StoreException e = assertThrows(StoreException.class, () -> StoreLocation.team(url).jdbcUrl());
            assertTrue(e.getMessage().contains("~/.pgpass"), e.getMessage());
            assertTrue(!e.getMessage().contains("geheim"), "the message does not repeat the password");
        }
    }

    @Test
    void anotherKindOfAddressIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> StoreLocation.team("mysql://h/x").jdbcUrl());
        assertTrue(e.getMessage().contains("postgresql://server:5432/database"), e.getMessage());
    }
}
