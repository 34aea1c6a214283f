package org.steemdesk.app.wallet;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.model.WithdrawRoute;

/** What one of the newer wallet operations does beyond balances, for the confirmation sheet and the CLI preview. */
public sealed interface PlanDetail {

    /**
     * An SBD conversion: the request id chosen (one not in use), when the chain pays, and what it would pay at
     * today's median price (the chain uses the median of the day it settles).
     */
    record Conversion(long requestId, Instant settlesAt, Optional<Asset> steemAtTodaysPrice) implements PlanDetail {
        public Conversion {
            Objects.requireNonNull(settlesAt, "settlesAt");
            Objects.requireNonNull(steemAtTodaysPrice, "steemAtTodaysPrice");
        }
    }

    /** The account's witness votes before and after, and the chain's limit. */
    record WitnessVotes(List<String> before, List<String> after, int limit) implements PlanDetail {
        public WitnessVotes {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** The proxy before and after; setting a proxy clears the account's own witness votes, which are listed. */
    record Proxy(Optional<AccountName> before, Optional<AccountName> after, List<String> votesCleared)
            implements PlanDetail {
        public Proxy {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            votesCleared = List.copyOf(votesCleared);
        }
    }

    /** The power-down routes before and after, their total after (in {@code hundredPercent} units), the limits. */
    record Routes(List<WithdrawRoute> before, List<WithdrawRoute> after, int totalAfter, int hundredPercent,
                  int maxRoutes) implements PlanDetail {
        public Routes {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * A recovery-account change: the current recovery account, the one asked for and the day it takes effect; naming
     * the current one again cancels a pending change instead.
     */
    record Recovery(String current, AccountName requested, Instant effectiveOn, Optional<String> pendingBefore,
                    boolean cancelsPending) implements PlanDetail {
        public Recovery {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(effectiveOn, "effectiveOn");
            Objects.requireNonNull(pendingBefore, "pendingBefore");
        }
    }

    /** A password change: the new public keys, and the account authorities each role keeps (app authorizations). */
    record NewKeys(Map<KeyRole, PublicKey> keys, Map<KeyRole, List<AccountName>> keptAccountAuths)
            implements PlanDetail {
        public NewKeys {
            keys = Map.copyOf(keys);
            keptAccountAuths = Map.copyOf(keptAccountAuths);
        }
    }
}
