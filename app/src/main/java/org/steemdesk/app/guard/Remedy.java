package org.steemdesk.app.guard;

import java.util.Objects;
import java.util.Optional;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.app.wallet.StakeAmount;

/**
 * What the user can do about an alert. Where Steemdesk can sign the remedy with the keys it holds, {@link #request()}
 * is the wallet request to plan and confirm as any other; for a change of keys or of the recovery account the doors
 * show the steps of Steem's account recovery ({@code guard.recovery.step.*} in the bundles).
 *
 * @param target what the remedy acts on: the route's or delegation's account, the savings request id, the current
 *               recovery account; "" when none
 */
public record Remedy(RemedyKind kind, String target) {
    public Remedy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    public static Remedy none() {
        return new Remedy(RemedyKind.NONE, "");
    }

    /** The wallet request that undoes the change, when Steemdesk can sign one. */
    public Optional<WalletRequest> request() {
        return switch (kind) {
            case REMOVE_ROUTE -> Optional.of(new WalletRequest.WithdrawRoute(AccountName.of(target), 0, false));
            case STOP_POWER_DOWN -> Optional.of(new WalletRequest.CancelPowerDown());
            case UNDELEGATE -> Optional.of(new WalletRequest.Delegate(AccountName.of(target),
                    StakeAmount.vests(Asset.zero(AssetSymbol.VESTS))));
            case CLEAR_PROXY -> Optional.of(new WalletRequest.WitnessProxy(Optional.empty()));
            case CANCEL_SAVINGS_WITHDRAWAL -> Optional.of(new WalletRequest.SavingsCancel(Long.parseLong(target)));
            case CANCEL_RECOVERY_CHANGE -> Optional.of(new WalletRequest.ChangeRecoveryAccount(AccountName.of(target)));
            case CHANGE_PASSWORD, ACCOUNT_RECOVERY, NONE -> Optional.empty();
        };
    }

    /** Whether the doors should explain Steem's account recovery with this remedy. */
    public boolean explainsRecovery() {
        return kind == RemedyKind.ACCOUNT_RECOVERY || kind == RemedyKind.CANCEL_RECOVERY_CHANGE;
    }
}
