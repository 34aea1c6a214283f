package org.steemdesk.keystore.memo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.steemdesk.chain.crypto.Base58;
import org.steemdesk.chain.crypto.Digests;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

/**
 * Steem's encrypted memos, byte-compatible with steem-js: {@code '#' + base58(from ‖ to ‖ nonce u64 LE ‖ check u32
 * ‖ varint length ‖ AES-256-CBC(varint length ‖ UTF-8 text))}, keyed by {@code sha512(nonce ‖ sha512(ECDH x))}.
 */
public record MemoCipher(SecureRandom random) {
    private static final int KEY_SIZE = 33;
    private static final int MIN_SIZE = 2 * KEY_SIZE + 8 + 4 + 1 + 16;

    public static boolean isEncrypted(String memo) {
        return memo.startsWith("#") && memo.length() > 1;
    }

    /**
     * Encrypts the text (a leading {@code #} is dropped, as steem-js does) from the sender's memo key to the
     * recipient's, with a random nonce and steem-js's key schedule so every steem-js wallet can read it.
     */
    public String encrypt(PrivateKey from, PublicKey to, String text) {
        return encrypt(from, to, text, random.nextLong());
    }

    String encrypt(PrivateKey from, PublicKey to, String text, long nonce) {
        String body = text.startsWith("#") ? text.substring(1) : text;
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        writeVarint(plain, utf8.length);
        plain.writeBytes(utf8);
        byte[] ek = encryptionKey(from, to, nonce, KeySchedule.STRIPPED_X);
        try {
            byte[] encrypted = MemoAes.encrypt(ek, plain.toByteArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(from.publicKey().compressed());
            out.writeBytes(to.compressed());
            out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(nonce).array());
            out.writeBytes(check(ek));
            writeVarint(out, encrypted.length);
            out.writeBytes(encrypted);
            return "#" + Base58.encode(out.toByteArray());
        } finally {
            Arrays.fill(ek, (byte) 0);
        }
    }

    /**
     * Decrypts with either party's memo key, trying both key schedules and keeping the one whose check matches.
     *
     * @throws KeystoreException MEMO_NOT_ENCRYPTED, MEMO_MALFORMED, MEMO_NOT_FOR_KEY (the key is neither party's),
     *     MEMO_CHECK_FAILED (the key is a party's, so the memo was damaged)
     */
    public DecryptedMemo decrypt(PrivateKey key, String memo) {
        if (!isEncrypted(memo)) {
            throw new KeystoreException(Reason.MEMO_NOT_ENCRYPTED, "the memo is not encrypted (no leading #)");
        }
        ByteBuffer in;
        PublicKey from;
        PublicKey to;
        long nonce;
        byte[] check = new byte[4];
        byte[] encrypted;
        try {
            byte[] raw = Base58.decode(memo.substring(1).strip());
            if (raw.length < MIN_SIZE) {
                throw new IllegalArgumentException("too short");
            }
            in = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            from = PublicKey.fromCompressed(take(in, KEY_SIZE));
            to = PublicKey.fromCompressed(take(in, KEY_SIZE));
            nonce = in.getLong();
            in.get(check);
            int length = readVarint(in);
            if (length != in.remaining() || length % 16 != 0) {
                throw new IllegalArgumentException("bad cipher text length");
            }
            encrypted = take(in, length);
        } catch (RuntimeException e) {
            throw new KeystoreException(Reason.MEMO_MALFORMED, null, null, "the encrypted memo is malformed", e);
        }
        PublicKey own = key.publicKey();
        PublicKey other;
        if (own.equals(from)) {
            other = to;
        } else if (own.equals(to)) {
            other = from;
        } else {
            throw new KeystoreException(Reason.MEMO_NOT_FOR_KEY,
                    "the memo is between " + from + " and " + to + "; this key is " + own);
        }
        for (KeySchedule schedule : KeySchedule.values()) {
            byte[] ek = encryptionKey(key, other, nonce, schedule);
            try {
                if (Arrays.equals(check(ek), check)) {
                    return new DecryptedMemo(text(MemoAes.decrypt(ek, encrypted)), from, to, nonce, schedule);
                }
            } finally {
                Arrays.fill(ek, (byte) 0);
            }
        }
        throw new KeystoreException(Reason.MEMO_CHECK_FAILED, "the memo's checksum does not match (damaged memo)");
    }

    /** steem-js reads a varint-prefixed string and falls back to the whole buffer for memos written before that. */
    private static String text(byte[] plain) {
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        try {
            int length = readVarint(buffer);
            if (length <= buffer.remaining()) {
                return new String(plain, buffer.position(), length, StandardCharsets.UTF_8);
            }
        } catch (RuntimeException legacy) {
            // not varint-prefixed: fall through to the whole buffer
        }
        return new String(plain, StandardCharsets.UTF_8);
    }

    private static byte[] encryptionKey(PrivateKey key, PublicKey other, long nonce, KeySchedule schedule) {
        byte[] x = SharedSecret.x(key, other);
        byte[] input = schedule.secretInput(x);
        byte[] shared = Digests.sha512(input);
        try {
            return Digests.sha512(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(nonce).array(), shared);
        } finally {
            Arrays.fill(x, (byte) 0);
            Arrays.fill(input, (byte) 0);
            Arrays.fill(shared, (byte) 0);
        }
    }

    private static byte[] check(byte[] ek) {
        return Arrays.copyOf(Digests.sha256(ek), 4);
    }

    private static byte[] take(ByteBuffer in, int size) {
        byte[] bytes = new byte[size];
        in.get(bytes);
        return bytes;
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.get() & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IllegalArgumentException("varint out of range");
                }
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }
}
