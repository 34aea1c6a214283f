package org.steemdesk.ui.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.wallet.KeyRotation;
import org.steemdesk.app.wallet.WalletException;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.app.wallet.WalletReceipt;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ErrorMessages;
import org.steemdesk.ui.OperationErrors;
import org.steemdesk.ui.wallet.WalletSheetModel;

/** The password-change sheet's view model, without a toolkit: the typed-back characters and the texts. */
class PasswordChangeModelTest {
    private static final AccountName ALICE = AccountName.of("alice");

    private static PasswordChangeModel model(Language language) {
        Messages messages = new Messages(language);
        ErrorMessages errors = new ErrorMessages(messages);
        return new PasswordChangeModel(messages, errors, new WalletSheetModel(messages,
                new Formats(messages, ZoneOffset.UTC), new OperationErrors(messages, errors)));
    }

    @Test
    void theTypedBackCharactersAreTakenWithoutSpacesAndOnlyWhenThreeWereTyped() {
        PasswordChangeModel model = model(Language.ENGLISH);
        assertThat(model.typedBack(" a b\tC ")).containsExactly('a', 'b', 'C');
        assertThat(model.typedBack("aBc")).containsExactly('a', 'B', 'c');
        assertThat(model.typedBack("ab")).isNull();
        assertThat(model.typedBack("abcd")).isNull();
        assertThat(model.typedBack("")).isNull();
    }

    @Test
    void theChallengeNamesThePositionsInBothLanguages() {
        assertThat(model(Language.ENGLISH).challenge(List.of(3, 17, 40))).contains("characters 3, 17, 40 of");
        assertThat(model(Language.KOREAN).challenge(List.of(3, 17, 40))).contains("3, 17, 40번째");
        assertThat(model(Language.ENGLISH).backupMismatch()).contains("3 characters");
    }

    @Test
    void aWrongPasswordAnUnknownAccountAndARefusalAreSaidInBothLanguages() {
        for (Language language : Language.values()) {
            PasswordChangeModel model = model(language);
            for (Reason reason : List.of(Reason.WRONG_MASTER_PASSWORD, Reason.UNKNOWN_SENDER, Reason.REJECTED,
                    Reason.ROTATION_PENDING, Reason.OWNER_UPDATE_TOO_SOON)) {
                String said = model.failure(new CompletionException(new WalletException(reason, "english detail")));
                assertThat(said).as("%s %s", language, reason).isNotBlank().doesNotContain("english detail");
            }
        }
        assertThat(model(Language.KOREAN).failure(new WalletException(Reason.WRONG_MASTER_PASSWORD, "x")))
                .contains("오너 키");
        assertThat(model(Language.ENGLISH).failure(new WalletException(Reason.UNKNOWN_SENDER, "x")))
                .contains("not found");
    }

    @Test
    void theOutcomeSaysWhetherTheChainHasTheNewKeys() {
        WalletReceipt confirmed = new WalletReceipt("abc123", List.of(), WalletReceipt.Status.CONFIRMED, "");
        WalletReceipt pending = new WalletReceipt("abc123", List.of(), WalletReceipt.Status.PENDING, "");
        assertThat(model(Language.ENGLISH).outcome(new KeyRotation.Outcome(KeyRotation.State.DONE, confirmed), ALICE))
                .startsWith("Password changed").contains("@alice");
        assertThat(model(Language.KOREAN).outcome(new KeyRotation.Outcome(KeyRotation.State.WAITING, pending), ALICE))
                .contains("abc123").contains("@alice");
    }
}
