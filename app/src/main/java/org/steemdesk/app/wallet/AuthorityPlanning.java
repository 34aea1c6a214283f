package org.steemdesk.app.wallet;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.operation.AccountUpdateOperation;
import org.steemdesk.chain.operation.ChangeRecoveryAccountOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Authority;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.model.RecoveryAccountChange;

/** The account's own control, signed with the owner key: the recovery account and a change of all keys. */
final class AuthorityPlanning implements PlanFamily {

    @Override
    public Optional<WalletPlan> plan(Planning p) {
        WalletRequest request = p.request;
        if (request instanceof WalletRequest.ChangeRecoveryAccount c) {
            return Optional.of(recovery(p, c));
        } else if (request instanceof WalletRequest.RotateKeys r) {
            return Optional.of(rotate(p, r));
        }
        return Optional.empty();
    }

    /**
     * Names a new recovery account, effective after the chain's recovery period; naming the current one cancels a
     * pending change (the chain's only way to undo one a thief asked for).
     */
    private WalletPlan recovery(Planning p, WalletRequest.ChangeRecoveryAccount c) {
        AccountName wanted = c.newRecoveryAccount();
        p.recipient(wanted);
        String current = p.sender.recoveryAccount();
        Optional<RecoveryAccountChange> pending = p.api.findChangeRecoveryAccountRequests(List.of(p.account)).send()
                .stream().filter(r -> r.accountToRecover().equals(p.account.value())).findFirst();
        boolean cancels = wanted.value().equals(current);
        if (cancels && pending.isEmpty()) {
            throw new WalletException(Reason.NO_CHANGE, wanted + " is already the recovery account of " + p.account);
        }
        if (pending.isPresent() && pending.get().recoveryAccount().equals(wanted.value())) {
            throw new WalletException(Reason.NO_CHANGE, "a change of the recovery account to " + wanted
                    + " is already waiting (effective " + pending.get().effectiveOn() + ")");
        }
        Instant effective = cancels ? p.headTime : p.headTime.plus(p.limits().recoveryPeriod());
        return p.plan(new ChangeRecoveryAccountOperation(p.account, wanted), p.before,
                Optional.of(new PlanDetail.Recovery(current, wanted, effective,
                        pending.map(RecoveryAccountChange::recoveryAccount), cancels)));
    }

    /**
     * Replaces the key of each authority by the new one (weighted to reach the threshold alone) and the memo key,
     * keeping the accounts an authority grants (app authorizations), as Steemit's password change does. An authority
     * with several keys (multi-signature) is refused: replacing its keys would lock the co-signers out.
     */
    private WalletPlan rotate(Planning p, WalletRequest.RotateKeys r) {
        Optional<Instant> lastOwnerUpdate = p.sender.lastOwnerUpdate();
        if (lastOwnerUpdate.isPresent()) {
            Instant allowed = lastOwnerUpdate.get().plus(p.limits().ownerUpdateLimit());
            if (p.headTime.isBefore(allowed)) {
                throw new WalletException(Reason.OWNER_UPDATE_TOO_SOON, "the owner key of " + p.account
                        + " changed less than the chain's limit ago; a change is possible from " + allowed,
                        allowed.toString());
            }
        }
        Map<KeyRole, Authority> authorities = new EnumMap<>(KeyRole.class);
        Map<KeyRole, List<AccountName>> kept = new EnumMap<>(KeyRole.class);
        for (KeyRole role : List.of(KeyRole.OWNER, KeyRole.ACTIVE, KeyRole.POSTING)) {
            Authority current = p.senderKeys.authority(role).orElseThrow();
            if (current.keyAuths().size() > 1 || current.weightThreshold() > 0xFFFF) {
                throw new WalletException(Reason.MULTISIG_AUTHORITY, "the " + role.wireName() + " authority of "
                        + p.account + " has several keys (multi-signature): a password change would remove the "
                        + "others; nothing was signed", role.wireName());
            }
            PublicKey key = r.newKeys().get(role);
            int weight = (int) Math.max(1, current.weightThreshold());
            authorities.put(role, new Authority(current.weightThreshold(), current.accountAuths(),
                    Map.of(key, weight)));
            kept.put(role, current.accountAuths().keySet().stream().sorted().toList());
        }
        var op = new AccountUpdateOperation(p.account, Optional.of(authorities.get(KeyRole.OWNER)),
                Optional.of(authorities.get(KeyRole.ACTIVE)), Optional.of(authorities.get(KeyRole.POSTING)),
                r.newKeys().get(KeyRole.MEMO), "");
        return p.plan(op, p.before, Optional.of(new PlanDetail.NewKeys(r.newKeys(), kept)));
    }
}
