package org.steemdesk.ui.settings;

import java.math.BigDecimal;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.steemdesk.app.rewards.AutoClaimSettings;
import org.steemdesk.app.rewards.Rewards;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;

/** Opt-in automatic claiming of rewards once they reach the thresholds (the app's {@link Rewards} rules). */
public final class AutoClaimController {
    private final Rewards rewards;
    private final Background background;
    private final Messages messages;
    private ActionMessage message;

    @FXML private CheckBox autoClaim;
    @FXML private TextField autoClaimSteem;
    @FXML private TextField autoClaimSbd;
    @FXML private Button autoClaimSave;
    @FXML private Label autoClaimMessage;

    public AutoClaimController(Rewards rewards, Background background, Messages messages) {
        this.rewards = rewards;
        this.background = background;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(autoClaimMessage);
        background.run(rewards::autoClaimRules, rules -> {
            autoClaim.setSelected(rules.enabled());
            autoClaimSteem.setText(rules.steemThreshold().toDecimal().toPlainString());
            autoClaimSbd.setText(rules.sbdThreshold().toDecimal().toPlainString());
        }, failure -> message.error(messages.get("error.unexpected")));
        autoClaimSave.setOnAction(e -> save());
    }

    private void save() {
        AutoClaimSettings rules;
        try {
            rules = new AutoClaimSettings(autoClaim.isSelected(), threshold(autoClaimSteem, AssetSymbol.STEEM),
                    threshold(autoClaimSbd, AssetSymbol.SBD));
        } catch (IllegalArgumentException invalid) {
            message.error(messages.get("settings.autoClaim.invalid"));
            return;
        }
        background.run(() -> {
            rewards.saveAutoClaimRules(rules);
            return rules;
        }, saved -> message.success(messages.get("settings.autoClaim.saved")),
                failure -> message.error(messages.get("error.unexpected")));
    }

    /** A threshold typed as a plain number ("1.5"); more decimals than the asset has are refused. */
    private static Asset threshold(TextField field, AssetSymbol symbol) {
        try {
            return Asset.fromDecimal(new BigDecimal(field.getText().strip()), symbol);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }
}
