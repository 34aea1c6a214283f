package org.steemdesk.keystore.vault;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

/**
 * One private key sealed under the vault's data key. The stored bytes describe themselves:
 * {@code record version (1) ‖ cipher id (1) ‖ nonce (12) ‖ AES-256-GCM(secret) with tag (48)}. The associated data
 * binds vault format, record header, account, role and public key, so a record moved to another row fails to open.
 */
final class KeyRecord {
    static final byte VERSION = 1;
    static final byte AES_256_GCM = 1;
    private static final int HEADER_SIZE = 2;
    private static final byte[] DOMAIN = "steemdesk/vault-key".getBytes(StandardCharsets.US_ASCII);

    private KeyRecord() {}

    static byte[] seal(byte[] dataKey, byte[] nonce, AccountName account, KeyRole role, PrivateKey key) {
        byte[] secret = key.bytes();
        try {
            byte[] sealed = AesGcm.seal(dataKey, nonce, associatedData(VERSION, AES_256_GCM, account, role, key.publicKey()), secret);
            byte[] record = new byte[HEADER_SIZE + nonce.length + sealed.length];
            record[0] = VERSION;
            record[1] = AES_256_GCM;
            System.arraycopy(nonce, 0, record, HEADER_SIZE, nonce.length);
            System.arraycopy(sealed, 0, record, HEADER_SIZE + nonce.length, sealed.length);
            return record;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Opens the record and checks the key against the stored public key; any failure means the record was altered. */
    static PrivateKey open(byte[] dataKey, byte[] record, AccountName account, KeyRole role, PublicKey publicKey)
            throws SealBroken {
        if (record.length != HEADER_SIZE + AesGcm.NONCE_SIZE + 32 + AesGcm.TAG_SIZE
                || record[0] != VERSION || record[1] != AES_256_GCM) {
            throw new SealBroken("unknown record layout", null);
        }
        byte[] nonce = Arrays.copyOfRange(record, HEADER_SIZE, HEADER_SIZE + AesGcm.NONCE_SIZE);
        byte[] sealed = Arrays.copyOfRange(record, HEADER_SIZE + AesGcm.NONCE_SIZE, record.length);
        byte[] secret = AesGcm.open(dataKey, nonce, associatedData(record[0], record[1], account, role, publicKey), sealed);
        try {
            PrivateKey key = PrivateKey.fromBytes(secret);
            if (!key.publicKey().equals(publicKey)) {
                key.destroy();
                throw new SealBroken("decrypted key does not match the stored public key", null);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new SealBroken("decrypted bytes are not a private key", null);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] associatedData(byte version, byte cipher, AccountName account, KeyRole role, PublicKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DOMAIN);
        out.write(VaultFile.FORMAT_VERSION);
        out.write(version);
        out.write(cipher);
        byte[] name = account.value().getBytes(StandardCharsets.US_ASCII);
        out.write(name.length);
        out.writeBytes(name);
        byte[] roleName = role.wireName().getBytes(StandardCharsets.US_ASCII);
        out.write(roleName.length);
        out.writeBytes(roleName);
        out.writeBytes(key.compressed());
        return out.toByteArray();
    }
}
