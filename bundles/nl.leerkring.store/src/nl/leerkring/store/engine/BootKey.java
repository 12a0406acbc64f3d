package nl.leerkring.store.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import nl.leerkring.store.internal.PrivateFiles;

/**
 * The embedded database's boot password, derived from the user's passphrase with PBKDF2 and a salt
 * kept beside the database ({@value #FILE}); the passphrase itself is never stored. The file's
 * presence says the database is encrypted.
 */
public final class BootKey {

    /** The file in the data folder that holds the salt and the derivation's cost. */
    public static final String FILE = "encryption.properties";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;

    private final byte[] salt;
    private final int iterations;

    private BootKey(byte[] salt, int iterations) {
        this.salt = salt;
        this.iterations = iterations;
    }

    public static boolean exists(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve(FILE));
    }

    /** A new key with a new salt, written to the data folder (readable by its owner only). */
    public static BootKey create(Path dataDirectory) throws IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        BootKey key = new BootKey(salt, ITERATIONS);
        Properties properties = new Properties();
        properties.setProperty("kdf", ALGORITHM);
        properties.setProperty("iterations", Integer.toString(ITERATIONS));
        properties.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        Path file = dataDirectory.resolve(FILE);
        PrivateFiles.file(file);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "Leerkring: how the database's key is derived from the passphrase (no secret here)");
        }
        return key;
    }

    public static BootKey read(Path dataDirectory) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(dataDirectory.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new BootKey(Base64.getDecoder().decode(properties.getProperty("salt")),
                Integer.parseInt(properties.getProperty("iterations")));
    }

    /** Derby's boot password for this passphrase. */
    public String bootPassword(char[] passphrase) {
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256)).getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
