package org.steemdesk.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steemdesk.app.wallet.WalletFixture.ALICE;
import static org.steemdesk.app.wallet.WalletFixture.BOB;

import org.junit.jupiter.api.Test;
import org.steemdesk.chain.protocol.Asset;

/** "The same operation" is the same account, request type and fields; an encrypted memo's text is never kept. */
class RequestKeyTest {
    private static Asset a(String text) {
        return Asset.parse(text);
    }

    @Test
    void equalRequestsHaveEqualKeysAndAnyFieldMakesThemDiffer() {
        String transfer = RequestKey.of(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "coffee"));
        assertThat(RequestKey.of(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "coffee")))
                .isEqualTo(transfer)
                .isEqualTo("alice Transfer to=bob amount=1.000 STEEM memo=coffee")
                .isEqualTo(RequestKey.of(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "coffee",
                        java.util.Optional.of(BOB))));
        assertThat(RequestKey.of(BOB, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "coffee"))).isNotEqualTo(transfer);
        assertThat(RequestKey.of(ALICE, new WalletRequest.Transfer(BOB, a("1.001 STEEM"), "coffee")))
                .isNotEqualTo(transfer);
        assertThat(RequestKey.of(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "tea"))).isNotEqualTo(transfer);
        assertThat(RequestKey.of(ALICE, new WalletRequest.SavingsDeposit(BOB, a("1.000 STEEM"), "coffee")))
                .isNotEqualTo(transfer);
        assertThat(RequestKey.of(ALICE, new WalletRequest.ClaimRewards()))
                .isEqualTo(RequestKey.of(ALICE, new WalletRequest.ClaimRewards()));
        assertThat(RequestKey.of(ALICE, new WalletRequest.SavingsCancel(1)))
                .isNotEqualTo(RequestKey.of(ALICE, new WalletRequest.SavingsCancel(2)));
    }

    @Test
    void anEncryptedMemoIsBlindedSoItsTextIsNeverStored() {
        String key = RequestKey.of(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "#meet at 7, gate 3"));
        assertThat(key).doesNotContain("gate").endsWith("memo=#");
        assertThat(RequestKey.of(ALICE, new WalletRequest.Transfer(BOB, a("1.000 STEEM"), "#another secret")))
                .isEqualTo(key);
    }

    @Test
    void stakeKeepsItsUnitSoSpAndVestsAreDifferentRequests() {
        assertThat(RequestKey.of(ALICE, new WalletRequest.Delegate(BOB, StakeAmount.sp(a("10.000 STEEM")))))
                .isEqualTo("alice Delegate to=bob amount=10.000 SP");
    }

    /** A component left out by its annotation, whatever its name; one merely named "confirmed…" stays in. */
    private record Marked(String to, @NotInRequestKey String askedHow, String confirmedAmount) {}

    @Test
    void theAnnotationNotTheNameLeavesAComponentOut() {
        assertThat(RequestKey.of(ALICE, new Marked("bob", "typed twice", "1.000 STEEM")))
                .isEqualTo("alice Marked to=bob confirmedAmount=1.000 STEEM")
                .isEqualTo(RequestKey.of(ALICE, new Marked("bob", "", "1.000 STEEM")));
    }

    @Test
    void everyConfirmedRecipientIsMarkedSoItStaysOutOfTheKey() {
        for (Class<?> type : WalletRequest.class.getPermittedSubclasses()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().startsWith("confirmed")) {
                    assertThat(component.isAnnotationPresent(NotInRequestKey.class))
                            .as(type.getSimpleName() + "." + component.getName()).isTrue();
                }
            }
        }
    }
}
