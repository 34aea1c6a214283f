package org.steemdesk.app.guard;

import java.util.Map;
import java.util.stream.Collectors;
import org.steemdesk.chain.protocol.Authority;

/** An authority as one canonical line, {@code "threshold 1; keys STM…:1; accounts app:1"}, sorted, to compare. */
final class AuthorityText {
    private AuthorityText() {
    }

    static String of(Authority a) {
        String keys = a.keyAuths().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).sorted()
                .collect(Collectors.joining(","));
        String accounts = a.accountAuths().entrySet().stream().map(AuthorityText::account).sorted()
                .collect(Collectors.joining(","));
        return "threshold " + a.weightThreshold() + "; keys " + keys + "; accounts " + accounts;
    }

    private static String account(Map.Entry<?, Integer> e) {
        return e.getKey() + ":" + e.getValue();
    }
}
