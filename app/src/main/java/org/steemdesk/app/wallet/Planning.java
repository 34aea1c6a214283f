package org.steemdesk.app.wallet;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.operation.KnownOperation;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.NodeErrorException;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.RoleMatch;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultEntry;

/**
 * One planning run: the chain state read for it (the acting account, its keys, the vesting price) and the checks
 * every operation family shares. The families ({@link TransferPlanning}, {@link StakePlanning},
 * {@link GovernancePlanning}, {@link AuthorityPlanning}) turn a request into operations with it.
 */
final class Planning {
    final CondenserApi api;
    final AccountName account;
    final WalletRequest request;
    final Account sender;
    final AccountKeys senderKeys;
    final VestingPrice price;
    final BalanceSheet before;
    final KeyRole signingRole;
    /** The head block's time, the chain's "now" for settle and effective dates. */
    final Instant headTime;
    private final Optional<Vault> vault;
    private ChainLimits limits;

    /**
     * @param vault the unlocked vault for requests signed with a stored key; empty for owner-key requests, whose key
     *              comes from the master password when they are executed
     */
    Planning(CondenserApi api, AccountName account, WalletRequest request, Optional<Vault> vault) {
        this.api = Objects.requireNonNull(api, "api");
        this.account = Objects.requireNonNull(account, "account");
        this.request = Objects.requireNonNull(request, "request");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.sender = find(account).orElseThrow(() -> new WalletException(Reason.UNKNOWN_SENDER,
                "account " + account + " does not exist on the chain", account.value()));
        this.senderKeys = new AccountKeys(sender.name(), sender.owner(), sender.active(), sender.posting(),
                sender.memoKey());
        var dgp = api.getDynamicGlobalProperties().send();
        this.price = new VestingPrice(dgp.totalVestingFundSteem(), dgp.totalVestingShares());
        this.headTime = dgp.time();
        this.before = BalanceSheet.of(sender);
        this.signingRole = signingRole();
    }

    /** The vault of a request signed with a stored key. */
    Vault vault() {
        return vault.orElseThrow(() -> new IllegalStateException("an owner-key request has no vault"));
    }

    /** steemd's limits, read from the node once per planning run, when a check needs them. */
    ChainLimits limits() {
        if (limits == null) {
            limits = ChainLimits.of(api.getConfig().send());
        }
        return limits;
    }

    /** The median account creation fee; empty from a node without the call (the chain still checks). */
    Optional<Asset> accountCreationFee() {
        try {
            return Optional.of(api.getChainProperties().send().accountCreationFee());
        } catch (NodeErrorException e) {
            if (e.isTransient()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    WalletPlan plan(Operation op, BalanceSheet after) {
        return plan(op, after, Optional.empty());
    }

    WalletPlan plan(Operation op, BalanceSheet after, Optional<PlanDetail> detail) {
        if (op instanceof KnownOperation known) {
            known.validationError().ifPresent(error -> {
                throw new WalletException(Reason.CHAIN_RULE, "the chain would refuse this: " + error, error);
            });
        }
        return new WalletPlan(account, request, List.of(op), signingRole, price, before, after, Optional.empty(),
                Optional.empty(), detail);
    }

    /** An account named in the request: the sender itself, or one that must exist. */
    Account recipient(AccountName name) {
        if (name.equals(account)) {
            return sender;
        }
        return find(name).orElseThrow(() -> new WalletException(Reason.UNKNOWN_ACCOUNT,
                "account " + name + " does not exist on the chain; nothing was sent", name.value()));
    }

    Optional<Account> find(AccountName name) {
        return api.getAccounts(List.of(name)).send().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    void requireLiquid(Asset amount) {
        Asset available = before.liquid(amount.symbol());
        if (amount.compareTo(available) > 0) {
            throw new WalletException(Reason.INSUFFICIENT_BALANCE, account + " has " + available + ", less than "
                    + amount + "; nothing was sent", available.toString(), amount.toString());
        }
    }

    String sp(Asset vests) {
        return StakeAmount.sp(price.toSteem(vests)).toString();
    }

    static void requirePositive(Asset amount) {
        if (amount.amount() <= 0) {
            throw new WalletException(Reason.INVALID_AMOUNT, "the amount must be more than zero, got " + amount);
        }
    }

    static Asset negate(Asset a) {
        return Asset.of(Math.negateExact(a.amount()), a.symbol());
    }

    /**
     * The key that will sign. An owner-key request is signed with the owner key derived from the master password
     * when it is executed, so it needs nothing from the vault. Otherwise the vault key of the request's role, or for
     * a posting operation the active key when no posting key is stored (the chain accepts a higher authority); it
     * must be unlocked and still valid on chain.
     */
    private KeyRole signingRole() {
        if (request.role() == KeyRole.OWNER) {
            return KeyRole.OWNER;
        }
        Vault keys = vault();
        List<VaultEntry> stored = keys.list(account);
        List<KeyRole> candidates = request.role() == KeyRole.POSTING
                ? List.of(KeyRole.POSTING, KeyRole.ACTIVE, KeyRole.OWNER)
                : List.of(request.role(), KeyRole.OWNER);
        for (KeyRole role : candidates) {
            Optional<VaultEntry> entry = stored.stream().filter(e -> e.role() == role).findFirst();
            if (entry.isEmpty()) {
                continue;
            }
            if (senderKeys.roleMatch(role, entry.get().publicKey()).filter(RoleMatch::unlocks).isEmpty()) {
                throw new WalletException(Reason.KEY_NOT_AUTHORIZED, "the " + role.wireName() + " key of "
                        + account + " in the vault no longer matches the account on chain: log in again");
            }
            if (!keys.isUnlocked()) {
                throw new WalletException(Reason.VAULT_LOCKED, "the vault is locked: unlock it to sign");
            }
            return role;
        }
        throw new WalletException(Reason.KEY_MISSING, "the vault has no " + request.role().wireName()
                + " key for " + account + ": add it with `steemdesk keys login " + account + "`");
    }
}
