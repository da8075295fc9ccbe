package org.rekindle.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The free text of an encrypted journal (texts sent, notes, journal entries), sealed with AES-256-GCM
 * from the JDK under a key derived from the passphrase by Argon2id (Bouncy Castle). A sealed value
 * is {@code enc:v1:} and the base64 of a fresh 12-byte nonce followed by the ciphertext and its
 * 16-byte tag; the field's name is the associated data, so a sealed note cannot pass for a text.
 * Kinds, days and the fold's words (meeting, outcome, response) stay clear: {@code status} and
 * {@code plan} need no passphrase.
 *
 * <p>The key is never stored. The journal keeps the salt, the Argon2id costs and a check value (a
 * known word sealed under the key), which tells a wrong passphrase before anything is read or written.
 */
public final class TextSeal {

    static final String PREFIX = "enc:v1:";
    /** Argon2id for a key that guards a whole journal, derived once per command: 64 MiB, 3 passes. */
    static final int MEMORY_KB = 65_536;
    static final int ITERATIONS = 3;
    static final int PARALLELISM = 1;
    private static final byte[] CHECK_WORD = "rekindle journal key".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Where a passphrase comes from when an encrypted journal needs one: by default
     * {@code $REKINDLE_PASSPHRASE}; the command line adds a prompt when it runs in a terminal.
     * Returns null when there is none to be had.
     */
    public static volatile Supplier<char[]> passphrases = TextSeal::fromEnvironment;

    /** What the journal keeps to recognise its key: never the key itself. */
    record Params(byte[] salt, int memoryKb, int iterations, int parallelism, byte[] check) {
    }

    private final SecretKeySpec key;

    private TextSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    static char[] fromEnvironment() {
        String env = System.getenv("REKINDLE_PASSPHRASE");
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }

    /** A new key for {@code passphrase}, with its salt and check value to store. */
    static TextSeal create(char[] passphrase, Params[] stored) {
        if (passphrase == null || passphrase.length < 8) {
            throw new WrongPassphrase(WrongPassphrase.Why.TOO_SHORT,
                    "the passphrase must be at least 8 characters (a few words are easy to remember)");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        TextSeal seal = new TextSeal(derive(passphrase, salt, MEMORY_KB, ITERATIONS, PARALLELISM));
        stored[0] = new Params(salt, MEMORY_KB, ITERATIONS, PARALLELISM, seal.sealBytes("check", CHECK_WORD));
        return seal;
    }

    /** The key for {@code passphrase} if it is this journal's; a {@link WrongPassphrase} otherwise. */
    static TextSeal unlock(char[] passphrase, Params p) {
        if (passphrase == null) {
            throw new WrongPassphrase(WrongPassphrase.Why.NONE_GIVEN, "this journal is encrypted and no passphrase was given");
        }
        TextSeal seal = new TextSeal(derive(passphrase, p.salt(), p.memoryKb(), p.iterations(), p.parallelism()));
        try {
            if (!Arrays.equals(CHECK_WORD, seal.openBytes("check", p.check()))) {
                throw new WrongPassphrase(WrongPassphrase.Why.NOT_THIS_JOURNALS, "the passphrase is not this journal's: nothing was read or changed");
            }
        } catch (WrongPassphrase e) {
            throw e;
        } catch (StoreException e) {
            throw new WrongPassphrase(WrongPassphrase.Why.NOT_THIS_JOURNALS, "the passphrase is not this journal's: nothing was read or changed");
        }
        return seal;
    }

    static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    String seal(String field, String value) {
        if (value == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(sealBytes(field, value.getBytes(StandardCharsets.UTF_8)));
    }

    String open(String field, String value) {
        if (!isSealed(value)) {
            return value;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new JournalDamaged("a sealed " + field + " in the journal is not base64", e);
        }
        return new String(openBytes(field, raw), StandardCharsets.UTF_8);
    }

    private byte[] sealBytes(String field, byte[] plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }

    private byte[] openBytes(String field, byte[] raw) {
        if (raw.length < 12 + 16) {
            throw new JournalDamaged("a sealed " + field + " in the journal is too short", null);
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, raw, 0, 12));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(raw, 12, raw.length - 12);
        } catch (AEADBadTagException e) {
            throw new JournalDamaged("a sealed " + field + " in the journal does not open with its key (changed on disk?)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int m, int t, int p) {
        if (m < 8 || m > 1 << 21 || t < 1 || t > 20 || p < 1 || p > 16 || salt.length < 8) {
            throw new JournalDamaged("the journal's key settings are out of range", null);
        }
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[utf8.remaining()];
        utf8.get(bytes);
        try {
            Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(m).withIterations(t)
                    .withParallelism(p).withSalt(salt).build();
            Argon2BytesGenerator g = new Argon2BytesGenerator();
            g.init(params);
            byte[] out = new byte[32];
            g.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The passphrase given is not the journal's, none was given, or the journal is not in the state asked: bad input, nothing changed. */
    public static final class WrongPassphrase extends StoreException {
        /** What is wrong with it; each front end says how to give one its own way. */
        public enum Why {
            TOO_SHORT, NONE_GIVEN, NOT_THIS_JOURNALS, ALREADY_ENCRYPTED, NOT_ENCRYPTED
        }

        private final Why why;

        WrongPassphrase(Why why, String message) {
            super(message);
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }
}
