package org.rekindle.app.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A secret kept in the data folder, one per file, readable by its owner alone (0600 in a 0700 folder): the serve
 * token ({@code serve-token}), so the link and a home-screen icon keep working across restarts, and the calendar
 * feed key ({@code calendar-key}). Replacing one is atomic: a reader sees the old secret or the new, never half.
 */
public final class KeptSecret {

    /** The app token's file. */
    public static final String SERVE_TOKEN = "serve-token";
    /** The calendar feed key's file. */
    public static final String CALENDAR_KEY = "calendar-key";

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._~-]{16,200}");

    private final Path file;

    public KeptSecret(Path dataDir, String name) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(name);
    }

    public Path file() {
        return file;
    }

    /** The secret kept, if there is one; a file someone edited into something unusable is refused by name. */
    public Optional<String> read() {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!FORM.matcher(s).matches()) {
                throw new IllegalStateException(file + " does not hold a usable secret (16 to 200 characters of "
                        + "A-Z a-z 0-9 . _ ~ -): delete it, and a new one is made");
            }
            return Optional.of(s);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The secret kept, made (and kept) now when there is none yet. */
    public String readOrMake() {
        return read().orElseGet(this::renew);
    }

    /** A new secret in place of the old one, which stops working. */
    public String renew() {
        String secret = random();
        write(secret);
        return secret;
    }

    /** Forgets the secret: whatever it opened is closed until a new one is made. */
    public void revoke() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    public static String random() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private void write(String secret) {
        Path dir = file.getParent();
        Path tmp = null;
        try {
            if (!Files.isDirectory(dir)) {
                try {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectories(dir);
                }
            }
            try {
                tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            }
            Files.writeString(tmp, secret + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}
