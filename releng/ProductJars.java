import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the jars of the built product so that it starts sooner (run by Maven after Tycho made the
 * product; {@code java ProductJars.java PLUGINS_FOLDER}). Measured with {@code ./leerkring bench}:
 * <ul>
 * <li>The Eclipse jars are signed. The JDK verifies the signed framework and launcher at every start,
 * and Java's class-data archive leaves out every class of a signed jar and every class built on one
 * (NLS, BundleActivator, ServiceTracker...). Equinox itself does not check signatures unless told
 * to, so dropping them loses nothing at run time: the jars were checked when Maven fetched them.</li>
 * <li>Stored entries are read without inflating: Equinox reads every class's bytes from its jar even
 * when the archive then supplies the class.</li>
 * <li>A manifest keeps its main section only: the rest are the signature's digests.</li>
 * </ul>
 * The folder's p2 metadata still names the original jars; Leerkring never updates itself through p2.
 */
public final class ProductJars {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private ProductJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java ProductJars.java PLUGINS_FOLDER");
            System.exit(2);
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        int rewritten = 0;
        for (Path jar : jars) {
            if (rewrite(jar)) {
                rewritten++;
            }
        }
        System.out.printf("ProductJars: %d of %d jars rewritten unsigned and stored%n", rewritten, jars.size());
    }

    /** Rewrites one jar if it is signed or compressed; false if it already is as wanted. */
    private static boolean rewrite(Path jar) throws IOException {
        Path next = jar.resolveSibling(jar.getFileName() + ".next");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (!needsRewrite(in)) {
                return false;
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(next))) {
                ZipEntry manifest = in.getEntry(JarFile.MANIFEST_NAME);
                if (manifest != null) {
                    Manifest main;
                    try (InputStream read = in.getInputStream(manifest)) {
                        main = new Manifest(read);
                    }
                    main.getEntries().clear();
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    main.write(bytes);
                    putStored(out, manifest, bytes.toByteArray());
                }
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.equals(JarFile.MANIFEST_NAME) || SIGNATURE.matcher(name).matches()) {
                        continue;
                    }
                    try (InputStream read = in.getInputStream(entry)) {
                        putStored(out, entry, read.readAllBytes());
                    }
                }
            }
        }
        Files.move(next, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static boolean needsRewrite(ZipFile jar) {
        return jar.stream().anyMatch(e -> e.getMethod() != ZipEntry.STORED || SIGNATURE.matcher(e.getName()).matches());
    }

    /** A stored entry must say its size and checksum before its bytes. */
    private static void putStored(ZipOutputStream out, ZipEntry original, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(original.getName());
        entry.setMethod(ZipEntry.STORED);
        entry.setTime(original.getTime());
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }
}
