package org.steemdesk.app.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.steemdesk.app.guard.GuardAlertKind;
import org.steemdesk.app.guard.ChainWatch.Observation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.rpc.model.AccountHistoryEntry;

/**
 * Turns the difference between the last snapshot and the account now, and the history entries in between, into
 * alerts. Each alert names the transaction that made the change when the history shows one, and is marked as the
 * user's own when that transaction is in Steemdesk's outbox ({@code ownTransaction}).
 */
final class SnapshotDiff {
    private final AccountName account;
    private final GuardSnapshot before;
    private final Observation now;
    private final GuardThresholds thresholds;
    private final Predicate<String> ownTransaction;
    private final Instant detectedAt;
    private final List<GuardAlert> alerts = new ArrayList<>();

    SnapshotDiff(AccountName account, GuardSnapshot before, Observation now, GuardThresholds thresholds,
            Predicate<String> ownTransaction, Instant detectedAt) {
        this.account = account;
        this.before = before;
        this.now = now;
        this.thresholds = thresholds;
        this.ownTransaction = ownTransaction;
        this.detectedAt = detectedAt;
    }

    List<GuardAlert> alerts() {
        GuardSnapshot after = now.snapshot();
        Remedy recovery = new Remedy(RemedyKind.ACCOUNT_RECOVERY, "");
        if (!before.owner().equals(after.owner()) || after.ownerChanges() > before.ownerChanges()) {
            add(GuardAlertKind.OWNER_KEY_CHANGED, "owner", before.owner(), after.owner(), updateTx(), recovery);
        }
        if (!before.active().equals(after.active())) {
            add(GuardAlertKind.ACTIVE_KEY_CHANGED, "active", before.active(), after.active(), updateTx(), recovery);
        }
        if (!before.posting().equals(after.posting())) {
            add(GuardAlertKind.POSTING_KEY_CHANGED, "posting", before.posting(), after.posting(), updateTx(), recovery);
        }
        if (!before.memoKey().equals(after.memoKey())) {
            add(GuardAlertKind.MEMO_KEY_CHANGED, "memo", before.memoKey(), after.memoKey(), updateTx(), recovery);
        }
        recovery(after);
        routes(after);
        powerDown(after);
        if (!before.proxy().equals(after.proxy())) {
            add(GuardAlertKind.PROXY_CHANGED, "", before.proxy(), after.proxy(), tx("account_witness_proxy", b -> true),
                    after.proxy().isEmpty() ? Remedy.none() : new Remedy(RemedyKind.CLEAR_PROXY, ""));
        }
        now.fresh().forEach(this::outgoing);
        return List.copyOf(alerts);
    }

    private void recovery(GuardSnapshot after) {
        Optional<String> tx = tx("change_recovery_account", b -> true);
        if (!before.recoveryAccount().equals(after.recoveryAccount())) {
            add(GuardAlertKind.RECOVERY_ACCOUNT_CHANGED, "", before.recoveryAccount(), after.recoveryAccount(), tx,
                    new Remedy(RemedyKind.ACCOUNT_RECOVERY, ""));
        }
        if (!after.pendingRecovery().isEmpty() && !after.pendingRecovery().equals(before.pendingRecovery())) {
            add(GuardAlertKind.RECOVERY_CHANGE_REQUESTED, "", before.pendingRecovery(), after.pendingRecovery(), tx,
                    new Remedy(RemedyKind.CANCEL_RECOVERY_CHANGE, after.recoveryAccount()));
        } else if (after.pendingRecovery().isEmpty() && !before.pendingRecovery().isEmpty()
                && before.recoveryAccount().equals(after.recoveryAccount())) {
            add(GuardAlertKind.RECOVERY_CHANGE_CANCELLED, "", before.pendingRecovery(), "", tx, Remedy.none());
        }
    }

    private void routes(GuardSnapshot after) {
        Map<String, String> old = routeMap(before.routes());
        Map<String, String> current = routeMap(after.routes());
        current.forEach((to, share) -> {
            Optional<String> tx = tx("set_withdraw_vesting_route", b -> to.equals(b.path("to_account").asText()));
            Remedy remove = new Remedy(RemedyKind.REMOVE_ROUTE, to);
            if (!old.containsKey(to)) {
                add(GuardAlertKind.ROUTE_ADDED, to, "", share, tx, remove);
            } else if (!old.get(to).equals(share)) {
                add(GuardAlertKind.ROUTE_CHANGED, to, old.get(to), share, tx, remove);
            }
        });
        old.keySet().stream().filter(to -> !current.containsKey(to)).forEach(to -> add(GuardAlertKind.ROUTE_REMOVED, to,
                old.get(to), "", tx("set_withdraw_vesting_route", b -> to.equals(b.path("to_account").asText())),
                Remedy.none()));
    }

    private void powerDown(GuardSnapshot after) {
        boolean wasRunning = !Asset.parse(before.powerDownRate()).isZero();
        boolean running = !Asset.parse(after.powerDownRate()).isZero();
        if (!running) {
            return;
        }
        String text = after.powerDownRate() + " a week";
        Optional<String> tx = tx("withdraw_vesting", b -> true);
        Remedy stop = new Remedy(RemedyKind.STOP_POWER_DOWN, "");
        if (!wasRunning) {
            add(GuardAlertKind.POWER_DOWN_STARTED, "", "", text, tx, stop);
        } else if (!before.powerDownRate().equals(after.powerDownRate())
                || before.powerDownTotal() != after.powerDownTotal()) {
            add(GuardAlertKind.POWER_DOWN_CHANGED, "", before.powerDownRate() + " a week", text, tx, stop);
        }
    }

    /** Funds and stake leaving the account, from the history entries since the last pass. */
    private void outgoing(AccountHistoryEntry e) {
        JsonNode body = e.opBody();
        String self = account.value();
        Optional<String> tx = e.isVirtual() ? Optional.empty() : Optional.of(e.trxId());
        switch (e.opName()) {
            case "transfer", "transfer_to_savings", "transfer_to_vesting" -> {
                // to another account: a transfer, a deposit into another's savings, a power up of another
                String to = body.path("to").asText();
                Asset amount = Asset.parse(body.path("amount").asText());
                if (self.equals(body.path("from").asText()) && !to.isEmpty() && !to.equals(self)
                        && amount.compareTo(thresholds.forTransfer(amount.symbol())) >= 0) {
                    add(GuardAlertKind.TRANSFER_OUT, to, "", amount.toString(), tx,
                            new Remedy(RemedyKind.CHANGE_PASSWORD, ""));
                }
            }
            case "transfer_from_savings" -> {
                String to = body.path("to").asText();
                Asset amount = Asset.parse(body.path("amount").asText());
                if (self.equals(body.path("from").asText()) && !to.equals(self)
                        && amount.compareTo(thresholds.forTransfer(amount.symbol())) >= 0) {
                    add(GuardAlertKind.SAVINGS_WITHDRAWAL_OUT, to, "", amount.toString(), tx,
                            new Remedy(RemedyKind.CANCEL_SAVINGS_WITHDRAWAL, body.path("request_id").asText()));
                }
            }
            case "delegate_vesting_shares" -> {
                String to = body.path("delegatee").asText();
                Asset vests = Asset.parse(body.path("vesting_shares").asText());
                if (self.equals(body.path("delegator").asText()) && !vests.isZero()
                        && now.price().toSteem(vests).compareTo(thresholds.sp()) >= 0) {
                    add(GuardAlertKind.DELEGATION_OUT, to, "", vests.toString(), tx,
                            new Remedy(RemedyKind.UNDELEGATE, to));
                }
            }
            default -> {
                // other operations change nothing the guard watches, or are seen in the state comparison
            }
        }
    }

    private void add(GuardAlertKind kind, String subject, String was, String is, Optional<String> tx, Remedy remedy) {
        boolean own = tx.filter(ownTransaction).isPresent();
        alerts.add(new GuardAlert(0, account, kind, detectedAt, subject, was, is, tx, own,
                own ? Remedy.none() : remedy));
    }

    /** The newest new entry of this operation on this account (a key change may come from a recovery as well). */
    private Optional<String> updateTx() {
        return tx("account_update", b -> true).or(() -> tx("recover_account", b -> true));
    }

    private Optional<String> tx(String opName, Predicate<JsonNode> matches) {
        List<AccountHistoryEntry> fresh = now.fresh();
        for (int i = fresh.size() - 1; i >= 0; i--) {
            AccountHistoryEntry e = fresh.get(i);
            if (e.opName().equals(opName) && !e.isVirtual() && matches.test(e.opBody())) {
                return Optional.of(e.trxId());
            }
        }
        return Optional.empty();
    }

    /** "to percent auto_vest" lines as to → "25%" or "25% auto_vest". */
    private Map<String, String> routeMap(List<String> routes) {
        Map<String, String> map = new LinkedHashMap<>();
        int hundred = now.limits().hundredPercent();
        for (String route : routes) {
            String[] parts = route.split(" ");
            String share = BigDecimal.valueOf(Long.parseLong(parts[1])).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(hundred), 2, RoundingMode.DOWN).stripTrailingZeros().toPlainString()
                    + "%" + (Boolean.parseBoolean(parts[2]) ? " auto_vest" : "");
            map.put(parts[0], share);
        }
        return map;
    }
}
