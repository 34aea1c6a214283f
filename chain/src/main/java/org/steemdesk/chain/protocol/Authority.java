package org.steemdesk.chain.protocol;

import java.util.Map;
import java.util.Objects;
import org.steemdesk.chain.crypto.PublicKey;

/** An owner, active or posting authority: weighted keys and accounts, and the threshold their weights must reach. */
public record Authority(long weightThreshold, Map<AccountName, Integer> accountAuths, Map<PublicKey, Integer> keyAuths) {

    public Authority {
        if (weightThreshold < 0 || weightThreshold > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("weight threshold out of range: " + weightThreshold);
        }
        accountAuths = Map.copyOf(Objects.requireNonNull(accountAuths, "account auths"));
        keyAuths = Map.copyOf(Objects.requireNonNull(keyAuths, "key auths"));
    }

    /** One key with weight 1 and threshold 1: the shape of every authority a Steemit password login creates. */
    public static Authority singleKey(PublicKey key) {
        return new Authority(1, Map.of(), Map.of(Objects.requireNonNull(key, "key"), 1));
    }

    /** Whether this key alone satisfies the authority (its weight reaches the threshold). */
    public boolean isSatisfiedBy(PublicKey key) {
        Integer weight = keyAuths.get(key);
        return weight != null && weight >= weightThreshold;
    }
}
