package org.steemdesk.app.wallet;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.steemdesk.app.wallet.RecipientChecks.Route;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.operation.CancelTransferFromSavingsOperation;
import org.steemdesk.chain.operation.TransferFromSavingsOperation;
import org.steemdesk.chain.operation.TransferOperation;
import org.steemdesk.chain.operation.TransferToSavingsOperation;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.chain.rpc.model.SavingsWithdrawal;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.keystore.memo.MemoGuard;

/** Funds that leave the liquid balance or savings: transfers, savings deposits and withdrawals, their cancellation. */
record TransferPlanning(MemoCipher memoCipher, RecipientChecks recipients) implements PlanFamily {
    /** steemd's STEEM_MAX_MEMO_SIZE: a memo must be shorter than this many bytes. */
    static final int MAX_MEMO_BYTES = 2048;

    @Override
    public Optional<WalletPlan> plan(Planning p) {
        WalletRequest request = p.request;
        if (request instanceof WalletRequest.Transfer t) {
            return Optional.of(transfer(p, t));
        } else if (request instanceof WalletRequest.SavingsDeposit d) {
            return Optional.of(savingsDeposit(p, d));
        } else if (request instanceof WalletRequest.SavingsWithdraw w) {
            return Optional.of(savingsWithdraw(p, w));
        } else if (request instanceof WalletRequest.SavingsCancel c) {
            return Optional.of(savingsCancel(p, c));
        }
        return Optional.empty();
    }

    private WalletPlan transfer(Planning p, WalletRequest.Transfer t) {
        if (t.to().equals(p.account)) {
            // The chain would take it and move nothing: a mistaken recipient, most likely.
            throw new WalletException(Reason.SELF_TRANSFER, p.account + " cannot transfer to itself; nothing was "
                    + "sent (to keep STEEM or SBD aside, use savings deposit)");
        }
        Account recipient = p.recipient(t.to());
        Planning.requirePositive(t.amount());
        p.requireLiquid(t.amount());
        String memo = memo(p, t.memo(), recipient);
        recipients.check(p, t.to(), t.memo(), Route.TRANSFER, t.confirmedRecipient());
        return p.plan(new TransferOperation(p.account, t.to(), t.amount(), memo),
                p.before.plusLiquid(Planning.negate(t.amount())));
    }

    private WalletPlan savingsDeposit(Planning p, WalletRequest.SavingsDeposit s) {
        Account recipient = p.recipient(s.to());
        Planning.requirePositive(s.amount());
        p.requireLiquid(s.amount());
        String memo = memo(p, s.memo(), recipient);
        recipients.check(p, s.to(), s.memo(), Route.SAVINGS, s.confirmedRecipient());
        BalanceSheet after = p.before.plusLiquid(Planning.negate(s.amount()));
        if (s.to().equals(p.account)) {
            after = after.plusSavings(s.amount());
        }
        return p.plan(new TransferToSavingsOperation(p.account, s.to(), s.amount(), memo), after);
    }

    private WalletPlan savingsWithdraw(Planning p, WalletRequest.SavingsWithdraw s) {
        Account recipient = p.recipient(s.to());
        Planning.requirePositive(s.amount());
        var available = p.before.savings(s.amount().symbol());
        if (s.amount().compareTo(available) > 0) {
            throw new WalletException(Reason.INSUFFICIENT_BALANCE, p.account + " has " + available
                    + " in savings, less than " + s.amount());
        }
        String memo = memo(p, s.memo(), recipient);
        recipients.check(p, s.to(), s.memo(), Route.SAVINGS, s.confirmedRecipient());
        long requestId = freeRequestId(pendingWithdrawals(p));
        return p.plan(new TransferFromSavingsOperation(p.account, requestId, s.to(), s.amount(), memo),
                p.before.plusSavings(Planning.negate(s.amount())));
    }

    private WalletPlan savingsCancel(Planning p, WalletRequest.SavingsCancel s) {
        SavingsWithdrawal pending = pendingWithdrawals(p).stream().filter(w -> w.requestId() == s.requestId())
                .findFirst().orElseThrow(() -> new WalletException(Reason.NOTHING_TO_DO, p.account
                        + " has no pending savings withdrawal with request id " + s.requestId()));
        return p.plan(new CancelTransferFromSavingsOperation(p.account, s.requestId()),
                p.before.plusSavings(pending.amount()));
    }

    /** Guards the memo (it is public on chain unless encrypted, and even then it is sent), then encrypts a # memo. */
    private String memo(Planning p, String text, Account recipient) {
        if (text.isEmpty()) {
            return text;
        }
        try {
            new MemoGuard(p.senderKeys).check(text);
        } catch (KeystoreException e) {
            throw new WalletException(Reason.MEMO_UNSAFE, e.getMessage() + "; nothing was signed", e);
        }
        String memo = text;
        if (MemoCipher.isEncrypted(text)) {
            boolean stored = p.vault().list(p.account).stream().anyMatch(e -> e.role() == KeyRole.MEMO);
            if (!stored) {
                throw new WalletException(Reason.MEMO_KEY_MISSING, "an encrypted (#) memo needs the memo key of "
                        + p.account + " in the vault");
            }
            memo = memoCipher.encrypt(p.vault().key(p.account, KeyRole.MEMO), recipient.memoKey(), text);
        }
        if (memo.getBytes(StandardCharsets.UTF_8).length >= MAX_MEMO_BYTES) {
            throw new WalletException(Reason.MEMO_TOO_LONG,
                    "the memo is too long: the chain takes less than " + MAX_MEMO_BYTES + " bytes");
        }
        return memo;
    }

    private static List<SavingsWithdrawal> pendingWithdrawals(Planning p) {
        return p.api.getSavingsWithdrawFrom(p.account).send();
    }

    /** The smallest request id, from 1, that no pending withdrawal of the account uses (the chain needs it unique). */
    static long freeRequestId(List<SavingsWithdrawal> pending) {
        Set<Long> used = new HashSet<>();
        pending.forEach(w -> used.add(w.requestId()));
        return WalletPlanner.smallestFree(used);
    }
}
