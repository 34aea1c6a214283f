package org.steemdesk.chain.operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;

/**
 * How an {@link Authority} goes on the wire: steemd keeps account_auths and key_auths in flat_maps, so both are
 * written sorted (accounts by name, keys by their 33 compressed bytes, unsigned) with uint16 weights.
 */
public final class Authorities {
    private Authorities() {}

    public static List<Map.Entry<AccountName, Integer>> sortedAccountAuths(Authority authority) {
        List<Map.Entry<AccountName, Integer>> entries = new ArrayList<>(authority.accountAuths().entrySet());
        entries.sort(Map.Entry.comparingByKey());
        return entries;
    }

    public static List<Map.Entry<PublicKey, Integer>> sortedKeyAuths(Authority authority) {
        List<Map.Entry<PublicKey, Integer>> entries = new ArrayList<>(authority.keyAuths().entrySet());
        entries.sort((a, b) -> Arrays.compareUnsigned(a.getKey().compressed(), b.getKey().compressed()));
        return entries;
    }

    static void validate(Authority authority, String op, String field) {
        authority.accountAuths().forEach((account, weight) -> checkWeight(weight, op, field, account.value()));
        authority.keyAuths().forEach((key, weight) -> checkWeight(weight, op, field, key.toString()));
    }

    private static void checkWeight(int weight, String op, String field, String who) {
        if (weight < 0 || weight > 0xFFFF) {
            throw new IllegalArgumentException(op + "." + field + ": weight of " + who + " must fit 16 bits, got " + weight);
        }
    }
}
