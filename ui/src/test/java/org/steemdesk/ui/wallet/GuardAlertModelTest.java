package org.steemdesk.ui.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.guard.GuardAlert;
import org.steemdesk.app.guard.GuardAlertKind;
import org.steemdesk.app.guard.Remedy;
import org.steemdesk.app.guard.RemedyKind;
import org.steemdesk.app.wallet.WalletRequest;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/** The guard banner's choice of alerts and its texts, without a toolkit. */
class GuardAlertModelTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final Instant FOUND = Instant.parse("2026-11-29T10:00:00Z");

    private static GuardAlertModel model(Language language) {
        Messages messages = new Messages(language);
        return new GuardAlertModel(messages, new Formats(messages, ZoneOffset.UTC));
    }

    private static GuardAlert route(long id, boolean own) {
        return new GuardAlert(id, ALICE, GuardAlertKind.ROUTE_ADDED, FOUND, "thief", "", "25.00%", Optional.empty(),
                own, new Remedy(RemedyKind.REMOVE_ROUTE, "thief"));
    }

    @Test
    void theBannerShowsOnlyOthersChangesThatWereNotDismissed() {
        GuardAlertModel model = model(Language.ENGLISH);
        assertThat(model.shown(List.of(route(1, false), route(2, true), route(3, false)), Set.of(3L)))
                .extracting(GuardAlert::id).containsExactly(1L);
    }

    @Test
    void anAlertReadsAsASentenceWithTheRemedyTheWalletCanSign() {
        GuardAlertModel english = model(Language.ENGLISH);
        GuardAlert alert = route(1, false);
        assertThat(english.sentence(alert)).startsWith("A power-down route to @thief was added: 25.00% (found ");
        assertThat(english.remedyLabel(alert.remedy())).contains("Remove the route to @thief");
        assertThat(alert.remedy().request()).contains(new WalletRequest.WithdrawRoute(AccountName.of("thief"), 0,
                false));

        GuardAlertModel korean = model(Language.KOREAN);
        assertThat(korean.sentence(alert)).startsWith("@thief(으)로 가는 파워다운 경로가 추가되었습니다: 25.00%");
        assertThat(korean.remedyLabel(alert.remedy())).contains("@thief(으)로 가는 경로 지우기");
    }

    @Test
    void aKeyChangeHasAdviceInsteadOfAButton() {
        GuardAlertModel english = model(Language.ENGLISH);
        Remedy recovery = new Remedy(RemedyKind.ACCOUNT_RECOVERY, "");
        assertThat(english.remedyLabel(recovery)).isEmpty();
        assertThat(english.advice(recovery)).hasValueSatisfying(a -> assertThat(a).contains("account recovery"));
        assertThat(english.remedyLabel(new Remedy(RemedyKind.CANCEL_RECOVERY_CHANGE, "steem")))
                .contains("Keep @steem as recovery account");
    }
}
