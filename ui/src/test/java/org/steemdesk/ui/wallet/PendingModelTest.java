package org.steemdesk.ui.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.outbox.OutboxRecord;
import org.steemdesk.chain.operation.TransferOperation;
import org.steemdesk.chain.operation.WithdrawVestingOperation;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Language;
import org.steemdesk.i18n.Messages;

/** The "pending and unclear" list's texts in both languages, without a toolkit. */
class PendingModelTest {
    private static final AccountName ALICE = AccountName.of("alice");
    private static final Instant SIGNED = Instant.parse("2026-11-29T10:00:00Z");

    private static PendingModel model(Language language) {
        Messages messages = new Messages(language);
        return new PendingModel(messages, new Formats(messages, ZoneOffset.UTC));
    }

    private static OutboxRecord record(OutboxRecord.State state, int attempts) {
        return new OutboxRecord(7, "ab".repeat(20), state, Optional.of(ALICE),
                List.of(new TransferOperation(ALICE, AccountName.of("bob"), Asset.steem("1.500"), "private memo"),
                        new WithdrawVestingOperation(ALICE, Asset.zero(AssetSymbol.VESTS))),
                SIGNED, SIGNED.plusSeconds(600), SIGNED.plusSeconds(5), attempts, Optional.empty(), Optional.empty());
    }

    @Test
    void aRowSaysWhatWhenAndWhereItStandsWithoutTheMemo() {
        PendingModel english = model(Language.ENGLISH);
        OutboxRecord unclear = record(OutboxRecord.State.SENT_UNCLEAR, 3);
        assertThat(english.what(unclear)).isEqualTo("Transfer, Power down");
        assertThat(english.detail(unclear)).contains("to=bob", "amount=1.500 STEEM").doesNotContain("private memo");
        assertThat(english.state(unclear)).isEqualTo("Sent, outcome unclear (3 tries)");
        assertThat(english.when(unclear)).startsWith("signed ").contains("can land until");

        PendingModel korean = model(Language.KOREAN);
        assertThat(korean.what(unclear)).isEqualTo("송금, 파워다운");
        assertThat(korean.state(record(OutboxRecord.State.PENDING, 0))).isEqualTo("보내기 대기 중");
    }

    @Test
    void aSettlementCountsWhatLandedExpiredWasRefusedOrIsStillOpen() {
        PendingModel english = model(Language.ENGLISH);
        assertThat(english.settled(List.of())).isEqualTo("Nothing was waiting.");
        assertThat(english.settled(List.of(record(OutboxRecord.State.CONFIRMED, 1),
                record(OutboxRecord.State.EXPIRED_ABSENT, 2), record(OutboxRecord.State.SENT_UNCLEAR, 4))))
                .isEqualTo("Settled: 1 on chain, 1 expired unsent, 0 refused, 1 still unclear.");
    }
}
