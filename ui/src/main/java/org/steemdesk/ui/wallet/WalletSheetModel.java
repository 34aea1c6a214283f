package org.steemdesk.ui.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.steemdesk.app.stake.VestingPrice;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.app.wallet.BalanceSheet;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.app.wallet.WalletPlan;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.OperationErrors;

/**
 * The wallet sheet without JavaFX, so it is tested with plain JUnit: what each operation asks for, the request the
 * typed fields make (a malformed name, amount or request number is refused before anything is asked of the node),
 * and what the confirmation shows in the user's language — the operations JSON exactly as they will be signed, the
 * key that signs them, their effect on the balances, and the receipt. Planning and signing are the app's.
 */
public record WalletSheetModel(Messages messages, Formats formats, OperationErrors errors) {
    public String title(WalletDialog kind) {
        return switch (kind) {
            case TRANSFER -> messages.get("wallet.action.TRANSFER");
            case POWER_UP -> messages.get("wallet.action.POWER_UP");
            case POWER_DOWN -> messages.get("wallet.action.POWER_DOWN");
            case CANCEL_POWER_DOWN -> messages.get("wallet.action.CANCEL_POWER_DOWN");
            case DELEGATE -> messages.get("wallet.action.DELEGATE");
            case SAVINGS_DEPOSIT -> messages.get("wallet.action.SAVINGS_DEPOSIT");
            case SAVINGS_WITHDRAW -> messages.get("wallet.action.SAVINGS_WITHDRAW");
            case SAVINGS_CANCEL -> messages.get("wallet.action.SAVINGS_CANCEL");
            case CLAIM -> messages.get("wallet.claim");
            case CONVERT -> messages.get("wallet.action.CONVERT");
            case WITNESS_VOTE -> messages.get("wallet.action.WITNESS_VOTE");
            case WITNESS_PROXY -> messages.get("wallet.action.WITNESS_PROXY");
            case ROUTE -> messages.get("wallet.action.ROUTE");
            case RECOVERY -> messages.get("wallet.action.RECOVERY");
            case PREPARED -> messages.get("wallet.action.PREPARED");
        };
    }

    /** What the account field of the account form is for. */
    public String accountLabel(WalletDialog kind) {
        return switch (kind) {
            case WITNESS_VOTE -> messages.get("wallet.form.witness");
            case WITNESS_PROXY -> messages.get("wallet.form.proxy");
            case RECOVERY -> messages.get("wallet.form.recovery");
            default -> messages.get("wallet.form.to");
        };
    }

    /** What the operation does, under the account form. */
    public String accountHint(WalletDialog kind) {
        return switch (kind) {
            case WITNESS_VOTE -> messages.get("wallet.form.witness.hint");
            case WITNESS_PROXY -> messages.get("wallet.form.proxy.hint");
            case RECOVERY -> messages.get("wallet.form.recovery.hint");
            default -> messages.get("wallet.form.route.hint");
        };
    }

    /** The assets the amount may be given in: a power up takes STEEM only. */
    public List<AssetSymbol> symbols(WalletDialog kind) {
        return switch (kind) {
            case POWER_UP -> List.of(AssetSymbol.STEEM);
            case CONVERT -> List.of(AssetSymbol.SBD);
            default -> List.of(AssetSymbol.STEEM, AssetSymbol.SBD);
        };
    }

    /** The recipient a fresh form starts with: nobody for a transfer or delegation, the account itself otherwise. */
    public String recipient(WalletDialog kind, Optional<AccountName> self) {
        return kind == WalletDialog.TRANSFER || kind == WalletDialog.DELEGATE ? ""
                : self.map(AccountName::value).orElse("");
    }

    /**
     * The request the fields make.
     *
     * @throws WalletException INVALID_AMOUNT, UNKNOWN_ACCOUNT (not an account name) or NOTHING_TO_DO (not a request
     *     number); nothing was asked of the node
     */
    public WalletRequest request(WalletDialog kind, WalletFields fields) {
        String memo = fields.memo();
        if (fields.encryptMemo() && !memo.isEmpty() && !memo.startsWith("#")) {
            memo = "#" + memo;
        }
        return switch (kind) {
            case TRANSFER -> new WalletRequest.Transfer(recipient(fields), liquid(fields), memo);
            case POWER_UP -> new WalletRequest.PowerUp(recipient(fields), liquid(fields));
            case POWER_DOWN -> new WalletRequest.PowerDown(AmountText.stake(fields.amount().strip()));
            case CANCEL_POWER_DOWN -> new WalletRequest.CancelPowerDown();
            case DELEGATE -> new WalletRequest.Delegate(recipient(fields), AmountText.stake(fields.amount().strip()));
            case SAVINGS_DEPOSIT -> new WalletRequest.SavingsDeposit(recipient(fields), liquid(fields), memo);
            case SAVINGS_WITHDRAW -> new WalletRequest.SavingsWithdraw(recipient(fields), liquid(fields), memo);
            case SAVINGS_CANCEL -> new WalletRequest.SavingsCancel(requestId(fields));
            case CLAIM -> new WalletRequest.ClaimRewards();
            case CONVERT -> new WalletRequest.Convert(liquid(fields));
            case WITNESS_VOTE -> new WalletRequest.WitnessVote(recipient(fields), true);
            case WITNESS_PROXY -> new WalletRequest.WitnessProxy(Optional.of(recipient(fields)));
            case ROUTE -> new WalletRequest.WithdrawRoute(recipient(fields), share(fields.amount()), fields.autoVest());
            case RECOVERY -> new WalletRequest.ChangeRecoveryAccount(recipient(fields));
            case PREPARED -> throw new IllegalArgumentException("a prepared request is given whole, not typed");
        };
    }

    private static AccountName recipient(WalletFields fields) {
        try {
            return AccountName.of(fields.to().strip().replaceFirst("^@", ""));
        } catch (IllegalArgumentException e) {
            throw new WalletException(WalletException.Reason.UNKNOWN_ACCOUNT, "not an account name", e);
        }
    }

    /** A bare number is in the chosen asset; a number with an asset must name the chosen one. */
    private static Asset liquid(WalletFields fields) {
        String number = fields.amount().strip();
        return AmountText.liquid(number.matches(".*[A-Za-z].*") ? number : number + " " + fields.symbol(),
                EnumSet.of(fields.symbol()));
    }

    /**
     * A route's share: {@code 25}, {@code 25%} or {@code 12.5 %} in hundredths of a percent, above 0 and at most
     * 100 % (a route is removed from its line, not by typing 0).
     */
    static int share(String typed) {
        String number = typed.strip().replaceFirst("\\s*%$", "");
        try {
            BigDecimal hundredths = new BigDecimal(number).movePointRight(2);
            if (hundredths.signum() > 0 && hundredths.compareTo(BigDecimal.valueOf(10_000)) <= 0
                    && hundredths.stripTrailingZeros().scale() <= 0) {
                return hundredths.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the refusal below
        }
        throw new WalletException(WalletException.Reason.INVALID_AMOUNT, "not a share between 0.01% and 100%");
    }

    private static long requestId(WalletFields fields) {
        try {
            long id = Long.parseLong(fields.requestId().strip());
            if (id >= 0 && id <= 0xFFFF_FFFFL) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the same refusal as a number out of range
        }
        throw new WalletException(WalletException.Reason.NOTHING_TO_DO, "not a savings request number");
    }

    /**
     * Under a Steem Power amount: how it is written, or what the typed amount is in SP and VESTS at today's price
     * (the chain only knows VESTS), or why it is not an amount.
     */
    public String stakeHint(WalletDialog kind, String amount, Optional<VestingPrice> price) {
        if (amount == null || amount.isBlank() || price.isEmpty()) {
            return kind == WalletDialog.DELEGATE ? messages.get("wallet.form.stake.hint.delegate")
                    : messages.get("wallet.form.stake.hint");
        }
        try {
            Asset vests = AmountText.stake(amount).toVests(price.get());
            return messages.get("wallet.form.stake.vests", sp(price.get().toSteem(vests)),
                    formats.amount(vests.toDecimal(), "VESTS"));
        } catch (WalletException e) {
            return errors.wallet(e.reason());
        }
    }

    /** The key that signs, said before anything is signed. */
    public String signingKey(WalletPlan plan) {
        return messages.get("wallet.confirm.key", switch (plan.signingRole()) {
            case OWNER -> messages.get("keys.role.owner");
            case ACTIVE -> messages.get("keys.role.active");
            case POSTING -> messages.get("keys.role.posting");
            case MEMO -> messages.get("keys.role.memo");
        });
    }

    /** The operations exactly as they will be signed, indented for reading. */
    public String operations(WalletPlan plan) {
        String json = plan.operationsJson();
        try {
            var mapper = SteemJson.mapper();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            return json; // the plan's own JSON is shown as it is rather than not at all
        }
    }

    /** The balances after the operation, one line each, in SP rather than VESTS. */
    public String effect(WalletPlan plan) {
        VestingPrice price = plan.price();
        BalanceSheet after = plan.after();
        var lines = new ArrayList<String>();
        lines.add(messages.get("wallet.effect.liquid", amount(after.steem()), amount(after.sbd())));
        lines.add(messages.get("wallet.effect.savings", amount(after.savingsSteem()), amount(after.savingsSbd())));
        lines.add(messages.get("wallet.effect.sp", sp(price.toSteem(after.vests())),
                sp(price.toSteem(after.delegatedVests())), sp(price.toSteem(after.receivedVests()))));
        plan.powerDown().ifPresent(p -> lines.add(messages.get("wallet.effect.powerDown",
                sp(p.totalSteemPower()), p.weeks(), sp(p.weeklySteem()),
                formats.amount(p.weeklyVests().toDecimal(), "VESTS"))));
        plan.delegation().ifPresent(d -> lines.add(messages.get("wallet.effect.delegation",
                d.delegatee().value(), sp(price.toSteem(d.currentVests())), sp(price.toSteem(d.newVests())),
                formats.amount(d.newVests().toDecimal(), "VESTS"))));
        return String.join("\n", lines);
    }

    /** What became of the signed transaction: in a block, or sent with its outcome still open (it waits in the outbox). */
    public String receipt(WalletReceipt receipt) {
        return receipt.status() == WalletReceipt.Status.CONFIRMED
                ? messages.get("wallet.sheet.confirmed", receipt.txId())
                : messages.get("wallet.sheet.pending", receipt.txId());
    }

    /** Why a request could not be planned or sent. */
    public String failure(Throwable failure) {
        return errors.describe(failure);
    }

    private String amount(Asset asset) {
        return formats.amount(asset.toDecimal(), asset.symbol().name());
    }

    private String sp(Asset steem) {
        return formats.amount(steem.toDecimal(), "SP");
    }
}
