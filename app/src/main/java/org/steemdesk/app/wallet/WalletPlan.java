package org.steemdesk.app.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;

/**
 * A checked wallet operation, ready for the confirmation sheet: exactly the operations that will be signed, the key
 * that signs them, and the effect on the account. Nothing is signed or sent until it is executed.
 *
 * @param signingRole the key that will sign: the posting key for a claim, or the active key when only that is
 *     stored; the owner key (from the master password, at execution) for a recovery-account or password change;
 *     active for everything else
 * @param detail      what the operation does beyond the balances, for the newer operations (conversion, witnesses,
 *     routes, recovery account, new keys)
 */
public record WalletPlan(AccountName account, WalletRequest request, List<Operation> operations, KeyRole signingRole,
                         VestingPrice price, BalanceSheet before, BalanceSheet after,
                         Optional<PowerDownPreview> powerDown, Optional<DelegationChange> delegation,
                         Optional<PlanDetail> detail) {

    public WalletPlan {
        operations = List.copyOf(operations);
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("a plan signs at least one operation");
        }
    }

    /** The operations in condenser JSON, {@code [["transfer",{...}]]}, exactly as they will be signed. */
    public String operationsJson() {
        try {
            return SteemJson.mapper().writeValueAsString(operations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write operation JSON", e);
        }
    }
}
