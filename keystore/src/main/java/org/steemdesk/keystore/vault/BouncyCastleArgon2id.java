package org.steemdesk.keystore.vault;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Bouncy Castle's pure-Java Argon2id: one thread, and slow until the JIT has compiled it; the fallback. */
final class BouncyCastleArgon2id implements Argon2idFunction {
    @Override
    public String name() {
        return "Bouncy Castle";
    }

    @Override
    public byte[] hash(Argon2idParameters cost, byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
                       int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .withSecret(secret)
                .withAdditional(associatedData)
                .build());
        byte[] tag = new byte[length];
        generator.generateBytes(password, tag);
        return tag;
    }
}
