package org.steemdesk.keystore.vault;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/** AES-256-GCM with a 128-bit tag, through Bouncy Castle so the key copy it makes can be wiped. */
final class AesGcm {
    static final int KEY_SIZE = 32;
    static final int NONCE_SIZE = 12;
    static final int TAG_SIZE = 16;

    private AesGcm() {}

    static byte[] seal(byte[] key, byte[] nonce, byte[] associatedData, byte[] plaintext) {
        try {
            return run(true, key, nonce, associatedData, plaintext);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("GCM encryption cannot fail", e);
        }
    }

    /** The plaintext, which the caller wipes. */
    static byte[] open(byte[] key, byte[] nonce, byte[] associatedData, byte[] sealed) throws SealBroken {
        if (nonce.length != NONCE_SIZE || sealed.length < TAG_SIZE) {
            throw new SealBroken("sealed data too short", null);
        }
        try {
            return run(false, key, nonce, associatedData, sealed);
        } catch (InvalidCipherTextException e) {
            throw new SealBroken("the tag does not match", e);
        }
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData, byte[] input)
            throws InvalidCipherTextException {
        if (key.length != KEY_SIZE) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        KeyParameter keyParameter = new KeyParameter(key);
        GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance());
        cipher.init(encrypt, new AEADParameters(keyParameter, TAG_SIZE * 8, nonce, associatedData));
        byte[] output = new byte[cipher.getOutputSize(input.length)];
        try {
            int length = cipher.processBytes(input, 0, input.length, output, 0);
            length += cipher.doFinal(output, length);
            if (length == output.length) {
                return output;
            }
            byte[] exact = Arrays.copyOf(output, length);
            Arrays.fill(output, (byte) 0);
            return exact;
        } catch (InvalidCipherTextException e) {
            Arrays.fill(output, (byte) 0);
            throw e;
        } finally {
            Arrays.fill(keyParameter.getKey(), (byte) 0);
        }
    }
}
