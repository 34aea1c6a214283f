package org.steemdesk.keystore.memo;

import java.security.SecureRandom;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;

/**
 * Prints a memo encrypted by {@link MemoCipher}, so steem-js can be asked to decrypt it:
 * see {@code src/test/scripts/memo-interop.sh}. Arguments: from WIF (test keys only), recipient public key, text.
 */
public final class MemoInterop {
    private MemoInterop() {}

    public static void main(String[] args) {
        PrivateKey from = PrivateKey.fromWif(args[0]);
        System.out.println(new MemoCipher(new SecureRandom()).encrypt(from, PublicKey.fromString(args[1]), args[2]));
    }
}
