package org.steemdesk.keystore.memo;

import java.util.Arrays;

/**
 * How the ECDH x coordinate becomes the memo's shared secret. steemd (fc) hashes all 32 bytes; steem-js drops the
 * leading zero bytes first. They differ for about one key pair in 256.
 */
public enum KeySchedule {
    FULL_X,
    STRIPPED_X;

    byte[] secretInput(byte[] x) {
        if (this == FULL_X) {
            return x.clone();
        }
        int start = 0;
        while (start < x.length && x[start] == 0) {
            start++;
        }
        return Arrays.copyOfRange(x, start, x.length);
    }
}
