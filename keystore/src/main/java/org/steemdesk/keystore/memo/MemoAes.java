package org.steemdesk.keystore.memo;

import java.util.Arrays;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;

/**
 * A memo's AES-256-CBC with PKCS#7 padding, keyed as steem-js keys it (the key is the encryption key's first 32 bytes,
 * the IV the next 16). A class of its own, and the only one of the memo package that names a Bouncy Castle type: the
 * desktop builds a {@link MemoCipher} on every start (the app's keys hold one), and verifying a class that names one
 * loads Bouncy Castle's signed jar, whose signature check costs 0.3-0.5 CPU-s before the first frame (with the AOT
 * cache on the main thread, as the JVM starts); this class loads only when a memo is encrypted or read.
 */
final class MemoAes {
    private MemoAes() {
    }

    static byte[] encrypt(byte[] ek, byte[] plain) {
        try {
            return cbc(true, ek, plain);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("CBC encryption cannot fail", e);
        }
    }

    /** @throws KeystoreException MEMO_MALFORMED when the padding does not check out (a damaged cipher text) */
    static byte[] decrypt(byte[] ek, byte[] encrypted) {
        try {
            return cbc(false, ek, encrypted);
        } catch (InvalidCipherTextException e) {
            throw new KeystoreException(Reason.MEMO_MALFORMED, null, null, "the memo's cipher text is damaged", e);
        }
    }

    private static byte[] cbc(boolean encrypt, byte[] ek, byte[] input) throws InvalidCipherTextException {
        BufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(AESEngine.newInstance()),
                new PKCS7Padding());
        KeyParameter key = new KeyParameter(ek, 0, 32);
        cipher.init(encrypt, new ParametersWithIV(key, ek, 32, 16));
        byte[] output = new byte[cipher.getOutputSize(input.length)];
        try {
            int length = cipher.processBytes(input, 0, input.length, output, 0);
            length += cipher.doFinal(output, length);
            return Arrays.copyOf(output, length);
        } finally {
            Arrays.fill(output, (byte) 0);
            Arrays.fill(key.getKey(), (byte) 0);
        }
    }
}
