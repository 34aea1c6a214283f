package org.steemdesk.app.wallet;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.app.stake.AccountStake;
import org.steemdesk.app.stake.PowerDownPlan;
import org.steemdesk.app.stake.StakeMath;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.operation.CancelTransferFromSavingsOperation;
import org.steemdesk.chain.operation.ClaimRewardBalanceOperation;
import org.steemdesk.chain.operation.DelegateVestingSharesOperation;
import org.steemdesk.chain.operation.Operation;
import org.steemdesk.chain.operation.TransferFromSavingsOperation;
import org.steemdesk.chain.operation.TransferOperation;
import org.steemdesk.chain.operation.TransferToSavingsOperation;
import org.steemdesk.chain.operation.TransferToVestingOperation;
import org.steemdesk.chain.operation.WithdrawVestingOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.NodeErrorException;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.SavingsWithdrawal;
import org.steemdesk.chain.rpc.model.VestingDelegation;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.RoleMatch;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.memo.MemoGuard;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultEntry;

/**
 * Checks a wallet request against the chain as it is now and turns it into the exact operations to sign, with their
 * effect. Everything the chain would refuse for a reason we can see in advance is refused here, before any key is
 * used for signing: unknown recipient, wrong precision, balance or stake too small, key missing, locked or no longer
 * valid, a memo that leaks a secret.
 */
public final class WalletPlanner {
    /** steemd's STEEM_MAX_MEMO_SIZE: a memo must be shorter than this many bytes. */
    static final int MAX_MEMO_BYTES = 2048;

    private final CondenserApi api;
    private final MemoCipher memoCipher;

    public WalletPlanner(CondenserApi api, MemoCipher memoCipher) {
        this.api = Objects.requireNonNull(api, "api");
        this.memoCipher = Objects.requireNonNull(memoCipher, "memoCipher");
    }

    /**
     * @param vault the vault with the acting account's keys; it must be unlocked (an encrypted memo is encrypted
     *     here, so the preview shows the very memo that will be signed)
     * @throws WalletException with the reason the operation cannot work; nothing was signed or sent
     */
    public WalletPlan plan(AccountName account, WalletRequest request, Vault vault) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(request, "request");
        try {
            return new Planning(account, request, vault).plan();
        } catch (RpcException e) {
            throw new WalletException(Reason.NODE_UNAVAILABLE,
                    "no node gave a usable answer, nothing was sent: " + e.getMessage(), e);
        }
    }

    /** One planning run: the chain state it read and the checks made on it. */
    private final class Planning {
        private final AccountName account;
        private final WalletRequest request;
        private final Vault vault;
        private final Account sender;
        private final AccountKeys senderKeys;
        private final VestingPrice price;
        private final BalanceSheet before;

        Planning(AccountName account, WalletRequest request, Vault vault) {
            this.account = account;
            this.request = request;
            this.vault = Objects.requireNonNull(vault, "vault");
            this.sender = find(account).orElseThrow(() -> new WalletException(Reason.UNKNOWN_SENDER,
                    "account " + account + " does not exist on the chain"));
            this.senderKeys = new AccountKeys(sender.name(), sender.owner(), sender.active(), sender.posting(),
                    sender.memoKey());
            var dgp = api.getDynamicGlobalProperties().send();
            this.price = new VestingPrice(dgp.totalVestingFundSteem(), dgp.totalVestingShares());
            this.before = BalanceSheet.of(sender);
        }

        WalletPlan plan() {
            KeyRole signingRole = signingRole();
            if (request instanceof WalletRequest.Transfer t) {
                return transfer(t, signingRole);
            } else if (request instanceof WalletRequest.PowerUp p) {
                return powerUp(p, signingRole);
            } else if (request instanceof WalletRequest.PowerDown p) {
                return powerDown(p, signingRole);
            } else if (request instanceof WalletRequest.CancelPowerDown) {
                return cancelPowerDown(signingRole);
            } else if (request instanceof WalletRequest.Delegate d) {
                return delegate(d, signingRole);
            } else if (request instanceof WalletRequest.ClaimRewards) {
                return claim(signingRole);
            } else if (request instanceof WalletRequest.SavingsDeposit d) {
                return savingsDeposit(d, signingRole);
            } else if (request instanceof WalletRequest.SavingsWithdraw w) {
                return savingsWithdraw(w, signingRole);
            } else if (request instanceof WalletRequest.SavingsCancel c) {
                return savingsCancel(c, signingRole);
            }
            throw new IllegalArgumentException("unknown wallet request " + request);
        }

        private WalletPlan transfer(WalletRequest.Transfer t, KeyRole role) {
            if (t.to().equals(account)) {
                // The chain would take it and move nothing: a mistaken recipient, most likely.
                throw new WalletException(Reason.SELF_TRANSFER, account + " cannot transfer to itself; nothing was "
                        + "sent (to keep STEEM or SBD aside, use savings deposit)");
            }
            Account recipient = recipient(t.to());
            requirePositive(t.amount());
            requireLiquid(t.amount());
            String memo = memo(t.memo(), recipient);
            return plan(new TransferOperation(account, t.to(), t.amount(), memo), role,
                    before.plusLiquid(negate(t.amount())));
        }

        private WalletPlan powerUp(WalletRequest.PowerUp p, KeyRole role) {
            recipient(p.to());
            requirePositive(p.amount());
            requireLiquid(p.amount());
            BalanceSheet after = before.plusLiquid(negate(p.amount()));
            if (p.to().equals(account)) {
                after = after.withStake(after.vests().plus(price.toVests(p.amount())), after.delegatedVests(),
                        after.poweringDownVests());
            }
            return plan(new TransferToVestingOperation(account, p.to(), p.amount()), role, after);
        }

        private WalletPlan powerDown(WalletRequest.PowerDown p, KeyRole role) {
            Asset vests = p.amount().toVests(price);
            if (vests.isZero()) {
                throw new WalletException(Reason.INVALID_AMOUNT, p.amount().isZero()
                        ? "a power down of 0 stops the running one: use cancel"
                        : p.amount() + " is less than 1 VESTS at the current price");
            }
            AccountStake stake = BalanceSheet.stake(sender);
            Asset withdrawable = StakeMath.withdrawableVestingShares(stake);
            if (vests.compareTo(withdrawable) > 0) {
                throw new WalletException(Reason.INSUFFICIENT_STAKE, account + " can power down at most "
                        + sp(withdrawable) + " (" + withdrawable + ": own Steem Power not delegated), not "
                        + p.amount() + (p.amount().inSteemPower() ? " (" + vests + ")" : ""));
            }
            PowerDownPlan schedule = new PowerDownPlan(vests, Math.toIntExact(api.getConfig().send()
                    .vestingWithdrawIntervals()));
            if (stake.poweringDown() && schedule.weeklyRate().equals(stake.vestingWithdrawRate())) {
                throw new WalletException(Reason.NO_CHANGE, "a power down at this weekly rate ("
                        + schedule.weeklyRate() + ") is already running");
            }
            BalanceSheet after = before.withStake(before.vests(), before.delegatedVests(), vests);
            return new WalletPlan(account, request, List.of(new WithdrawVestingOperation(account, vests)), role, price,
                    before, after, Optional.of(new PowerDownPreview(schedule, price)), Optional.empty());
        }

        private WalletPlan cancelPowerDown(KeyRole role) {
            if (sender.vestingWithdrawRate().isZero()) {
                throw new WalletException(Reason.NOTHING_TO_DO, account + " has no power down to cancel");
            }
            Asset zero = Asset.zero(AssetSymbol.VESTS);
            return plan(new WithdrawVestingOperation(account, zero), role,
                    before.withStake(before.vests(), before.delegatedVests(), zero));
        }

        private WalletPlan delegate(WalletRequest.Delegate d, KeyRole role) {
            if (d.to().equals(account)) {
                throw new WalletException(Reason.SELF_DELEGATION, "an account cannot delegate to itself");
            }
            recipient(d.to());
            Asset wanted = d.amount().toVests(price);
            Asset current = currentDelegation(d.to());
            if (wanted.equals(current)) {
                throw new WalletException(current.isZero() ? Reason.NOTHING_TO_DO : Reason.NO_CHANGE,
                        current.isZero() ? account + " delegates nothing to " + d.to() + " to remove"
                                : account + " already delegates " + current + " to " + d.to());
            }
            if (!d.amount().isZero() && wanted.isZero()) {
                throw new WalletException(Reason.INVALID_AMOUNT, d.amount() + " is less than 1 VESTS");
            }
            accountCreationFee().ifPresent(fee -> DelegationLimits.of(fee, price).check(current, wanted, this::sp));
            Asset delta = wanted.minus(current);
            Asset delegatable = before.delegatableVests();
            if (delta.compareTo(delegatable) > 0) {
                throw new WalletException(Reason.INSUFFICIENT_STAKE, account + " can delegate " + sp(delegatable)
                        + " (" + delegatable + ") more than now, not " + sp(delta) + " (" + delta + "): own Steem"
                        + " Power minus what is delegated and what a running power down still pays out");
            }
            Asset zero = Asset.zero(AssetSymbol.VESTS);
            boolean increase = !delta.isNegative();
            BalanceSheet after = increase
                    ? before.withStake(before.vests(), before.delegatedVests().plus(delta), before.poweringDownVests())
                    : before;
            DelegationChange change = new DelegationChange(d.to(), current, wanted,
                    increase ? zero : current.minus(wanted));
            return new WalletPlan(account, request, List.of(new DelegateVestingSharesOperation(account, d.to(),
                    wanted)), role, price, before, after, Optional.empty(), Optional.of(change));
        }

        private WalletPlan claim(KeyRole role) {
            Asset steem = sender.rewardSteemBalance();
            Asset sbd = sender.rewardSbdBalance();
            Asset vests = sender.rewardVestingBalance();
            if (steem.isZero() && sbd.isZero() && vests.isZero()) {
                throw new WalletException(Reason.NOTHING_TO_DO, account + " has no rewards to claim");
            }
            BalanceSheet after = before.plusLiquid(steem).plusLiquid(sbd)
                    .withStake(before.vests().plus(vests), before.delegatedVests(), before.poweringDownVests());
            return plan(new ClaimRewardBalanceOperation(account, steem, sbd, vests), role, after);
        }

        private WalletPlan savingsDeposit(WalletRequest.SavingsDeposit s, KeyRole role) {
            Account recipient = recipient(s.to());
            requirePositive(s.amount());
            requireLiquid(s.amount());
            String memo = memo(s.memo(), recipient);
            BalanceSheet after = before.plusLiquid(negate(s.amount()));
            if (s.to().equals(account)) {
                after = after.plusSavings(s.amount());
            }
            return plan(new TransferToSavingsOperation(account, s.to(), s.amount(), memo), role, after);
        }

        private WalletPlan savingsWithdraw(WalletRequest.SavingsWithdraw s, KeyRole role) {
            Account recipient = recipient(s.to());
            requirePositive(s.amount());
            Asset available = before.savings(s.amount().symbol());
            if (s.amount().compareTo(available) > 0) {
                throw new WalletException(Reason.INSUFFICIENT_BALANCE, account + " has " + available
                        + " in savings, less than " + s.amount());
            }
            String memo = memo(s.memo(), recipient);
            long requestId = freeRequestId(pendingWithdrawals());
            return plan(new TransferFromSavingsOperation(account, requestId, s.to(), s.amount(), memo), role,
                    before.plusSavings(negate(s.amount())));
        }

        private WalletPlan savingsCancel(WalletRequest.SavingsCancel s, KeyRole role) {
            SavingsWithdrawal pending = pendingWithdrawals().stream().filter(w -> w.requestId() == s.requestId())
                    .findFirst().orElseThrow(() -> new WalletException(Reason.NOTHING_TO_DO, account
                            + " has no pending savings withdrawal with request id " + s.requestId()));
            return plan(new CancelTransferFromSavingsOperation(account, s.requestId()), role,
                    before.plusSavings(pending.amount()));
        }

        private WalletPlan plan(Operation op, KeyRole role, BalanceSheet after) {
            return new WalletPlan(account, request, List.of(op), role, price, before, after, Optional.empty(),
                    Optional.empty());
        }

        /**
         * The vault key that will sign: the request's role, or for a posting operation the active key when no
         * posting key is stored (the chain accepts a higher authority). It must be unlocked and still valid on chain.
         */
        private KeyRole signingRole() {
            List<VaultEntry> keys = vault.list(account);
            List<KeyRole> candidates = request.role() == KeyRole.POSTING
                    ? List.of(KeyRole.POSTING, KeyRole.ACTIVE, KeyRole.OWNER)
                    : List.of(request.role(), KeyRole.OWNER);
            for (KeyRole role : candidates) {
                Optional<VaultEntry> entry = keys.stream().filter(e -> e.role() == role).findFirst();
                if (entry.isEmpty()) {
                    continue;
                }
                if (senderKeys.roleMatch(role, entry.get().publicKey()).filter(RoleMatch::unlocks).isEmpty()) {
                    throw new WalletException(Reason.KEY_NOT_AUTHORIZED, "the " + role.wireName() + " key of "
                            + account + " in the vault no longer matches the account on chain: log in again");
                }
                if (!vault.isUnlocked()) {
                    throw new WalletException(Reason.VAULT_LOCKED, "the vault is locked: unlock it to sign");
                }
                return role;
            }
            throw new WalletException(Reason.KEY_MISSING, "the vault has no " + request.role().wireName()
                    + " key for " + account + ": add it with `steemdesk keys login " + account + "`");
        }

        /** Guards the memo (it is public on chain unless encrypted, and even then it is sent), then encrypts a # memo. */
        private String memo(String text, Account recipient) {
            if (text.isEmpty()) {
                return text;
            }
            try {
                new MemoGuard(senderKeys).check(text);
            } catch (KeystoreException e) {
                throw new WalletException(Reason.MEMO_UNSAFE, e.getMessage() + "; nothing was signed", e);
            }
            String memo = text;
            if (MemoCipher.isEncrypted(text)) {
                boolean stored = vault.list(account).stream().anyMatch(e -> e.role() == KeyRole.MEMO);
                if (!stored) {
                    throw new WalletException(Reason.MEMO_KEY_MISSING, "an encrypted (#) memo needs the memo key of "
                            + account + " in the vault");
                }
                memo = memoCipher.encrypt(vault.key(account, KeyRole.MEMO), recipient.memoKey(), text);
            }
            if (memo.getBytes(StandardCharsets.UTF_8).length >= MAX_MEMO_BYTES) {
                throw new WalletException(Reason.MEMO_TOO_LONG,
                        "the memo is too long: the chain takes less than " + MAX_MEMO_BYTES + " bytes");
            }
            return memo;
        }

        private Account recipient(AccountName name) {
            if (name.equals(account)) {
                return sender;
            }
            return find(name).orElseThrow(() -> new WalletException(Reason.UNKNOWN_ACCOUNT,
                    "account " + name + " does not exist on the chain; nothing was sent"));
        }

        private void requireLiquid(Asset amount) {
            Asset available = before.liquid(amount.symbol());
            if (amount.compareTo(available) > 0) {
                throw new WalletException(Reason.INSUFFICIENT_BALANCE, account + " has " + available + ", less than "
                        + amount + "; nothing was sent");
            }
        }

        private Asset currentDelegation(AccountName delegatee) {
            return api.getVestingDelegations(account, delegatee.value(), 1).send().stream()
                    .filter(d -> d.delegatee().equals(delegatee.value())).map(VestingDelegation::vestingShares)
                    .findFirst().orElse(Asset.zero(AssetSymbol.VESTS));
        }

        /** The median account creation fee; empty from a node without the call (the chain still checks). */
        private Optional<Asset> accountCreationFee() {
            try {
                return Optional.of(api.getChainProperties().send().accountCreationFee());
            } catch (NodeErrorException e) {
                if (e.isTransient()) {
                    throw e;
                }
                return Optional.empty();
            }
        }

        private List<SavingsWithdrawal> pendingWithdrawals() {
            return api.getSavingsWithdrawFrom(account).send();
        }

        private String sp(Asset vests) {
            return StakeAmount.sp(price.toSteem(vests)).toString();
        }

        private Optional<Account> find(AccountName name) {
            return api.getAccounts(List.of(name)).send().stream().filter(a -> a.name().equals(name)).findFirst();
        }
    }

    /** The smallest request id, from 1, that no pending withdrawal of the account uses (the chain needs it unique). */
    static long freeRequestId(List<SavingsWithdrawal> pending) {
        Set<Long> used = new HashSet<>();
        pending.forEach(w -> used.add(w.requestId()));
        long id = 1;
        while (used.contains(id)) {
            id++;
        }
        return id;
    }

    private static void requirePositive(Asset amount) {
        if (amount.amount() <= 0) {
            throw new WalletException(Reason.INVALID_AMOUNT, "the amount must be more than zero, got " + amount);
        }
    }

    private static Asset negate(Asset a) {
        return Asset.of(Math.negateExact(a.amount()), a.symbol());
    }
}
