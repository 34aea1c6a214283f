package org.steemdesk.app.wallet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.vault.Vault;

/**
 * Checks a wallet request against the chain as it is now and turns it into the exact operations to sign, with their
 * effect. Everything the chain would refuse for a reason we can see in advance is refused here, before any key is
 * used for signing: unknown recipient or witness, wrong precision, balance or stake too small, routes over 100 %,
 * key missing, locked or no longer valid, a memo that leaks a secret, a recipient that looks like a slip. Each
 * family of operations is planned by its own class ({@link PlanFamily}).
 */
public final class WalletPlanner {
    private final CondenserApi api;
    private final List<PlanFamily> families;

    public WalletPlanner(CondenserApi api, MemoCipher memoCipher) {
        this(api, memoCipher, RecipientLists.bundled());
    }

    public WalletPlanner(CondenserApi api, MemoCipher memoCipher, RecipientLists lists) {
        this.api = Objects.requireNonNull(api, "api");
        this.families = List.of(new TransferPlanning(memoCipher, new RecipientChecks(lists)), new StakePlanning(),
                new GovernancePlanning(), new AuthorityPlanning());
    }

    /**
     * @param vault the vault with the acting account's keys; it must be unlocked (an encrypted memo is encrypted
     *     here, so the preview shows the very memo that will be signed). Owner-key requests
     *     ({@link WalletRequest#role()} OWNER) do not use it and may pass null.
     * @throws WalletException with the reason the operation cannot work; nothing was signed or sent
     */
    public WalletPlan plan(AccountName account, WalletRequest request, Vault vault) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(request, "request");
        Optional<Vault> keys = request.role() == KeyRole.OWNER ? Optional.empty()
                : Optional.of(Objects.requireNonNull(vault, "vault"));
        try {
            Planning planning = new Planning(api, account, request, keys);
            for (PlanFamily family : families) {
                Optional<WalletPlan> plan = family.plan(planning);
                if (plan.isPresent()) {
                    return plan.get();
                }
            }
            throw new IllegalArgumentException("unknown wallet request " + request);
        } catch (RpcException e) {
            throw new WalletException(Reason.NODE_UNAVAILABLE,
                    "no node gave a usable answer, nothing was sent: " + e.getMessage(), e);
        }
    }

    /** The smallest id from 1 that {@code used} does not hold: request ids must be unique per account. */
    static long smallestFree(Set<Long> used) {
        long id = 1;
        while (used.contains(id)) {
            id++;
        }
        return id;
    }
}
