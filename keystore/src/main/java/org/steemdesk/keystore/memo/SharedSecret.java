package org.steemdesk.keystore.memo;

import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;

/** ECDH on secp256k1: the x coordinate of {@code publicKey · privateKey}, the one place the keystore computes it. */
final class SharedSecret {
    private SharedSecret() {}

    /** The 32-byte big-endian x coordinate; the caller wipes it. */
    static byte[] x(PrivateKey privateKey, PublicKey publicKey) {
        if (publicKey.isNullKey()) {
            throw new IllegalArgumentException("the null public key has no shared secret");
        }
        return publicKey.point().multiply(privateKey.scalar()).normalize().getAffineXCoord().getEncoded();
    }
}
