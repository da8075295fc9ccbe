package org.rekindle.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id (Bouncy Castle), stored in the PHC string form
 * {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}, so the parameters travel with each hash and can be
 * raised later without locking anyone out. The parameters and why: docs/security.md.
 */
public final class Passwords {

    /** Memory in KiB (19 MiB), passes, lanes: OWASP's first Argon2id row. */
    static final int MEMORY_KB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 1_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /** Verified against when the email is unknown, so a login takes as long either way. */
    private static final String DUMMY = hash("a password nobody has, for timing only");

    private Passwords() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(out);
    }

    /** Whether {@code password} matches {@code stored}; a malformed stored hash matches nothing. */
    public static boolean verify(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int m = 0, t = 0, p = 0;
            for (String kv : parts[3].split(",")) {
                int v = Integer.parseInt(kv.substring(2));
                switch (kv.charAt(0)) {
                    case 'm' -> m = v;
                    case 't' -> t = v;
                    case 'p' -> p = v;
                    default -> { return false; }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            if (m < 8 || m > 1 << 21 || t < 1 || t > 20 || p < 1 || p > 16 || expected.length < 16) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, m, t, p, expected.length));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the same work as a real verification, for an unknown email. */
    static void verifyNothing(String password) {
        verify(password, DUMMY);
    }

    /** Why a new password is refused, or null when it is acceptable. */
    static String weakness(String password) {
        if (password == null || password.isEmpty()) {
            return "'password' is required";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "the password is " + length + " characters long; use at least " + MIN_LENGTH
                    + " (a few words in a row are easy to remember and hard to guess)";
        }
        if (length > MAX_LENGTH) {
            return "the password is longer than " + MAX_LENGTH + " characters";
        }
        return null;
    }

    private static byte[] derive(String password, byte[] salt, int m, int t, int p, int length) {
        return HashingGate.run(() -> argon2(password, salt, m, t, p, length));
    }

    private static byte[] argon2(String password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(m).withIterations(t)
                .withParallelism(p).withSalt(salt).build();
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(params);
        byte[] out = new byte[length];
        g.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
