package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Language;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.keystore.memo.MemoCipher;
import org.steemdesk.ui.wallet.HistoryLine;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wallet's history against the loopback node: rows read as sentences, bob's encrypted memo is decrypted with
 * alice's memo key while the vault is unlocked and shown as "unlock to read" again once it locks.
 */
class WalletHistoryViewTest extends OnlineDesktopTest {
    private static final String SECRET = "점심 고마워 (secret)";

    WalletHistoryViewTest() {
        node.noAccountChanges();
        LoginKeys alice = VaultFixtures.aliceKeys();
        PrivateKey bobMemo = PrivateKey.fromSeed("bob memo for the history view".getBytes());
        String memo = new MemoCipher(new SecureRandom()).encrypt(bobMemo, alice.publicKey(KeyRole.MEMO), SECRET);
        alice.destroy();
        node.answer("condenser_api.get_account_history", history(memo));
    }

    private static JsonNode history(String memo) {
        var rows = SteemJson.mapper().createArrayNode();
        var row = rows.addArray();
        row.add(0);
        ObjectNode body = row.addObject();
        body.put("trx_id", "11".repeat(20));
        body.put("block", 100);
        body.put("timestamp", "2026-11-21T02:03:23");
        var op = body.putArray("op");
        op.add("transfer");
        ObjectNode fields = op.addObject();
        fields.put("from", "bob");
        fields.put("to", "alice");
        fields.put("amount", "1.000 SBD");
        fields.put("memo", memo);
        return rows;
    }

    @Test
    @SuppressWarnings("unchecked")
    void bobsEncryptedMemoIsReadWhileUnlockedAndHiddenOnceLocked(FxRobot robot) throws Exception {
        desktop = shown.open(Language.ENGLISH, Page.WALLET);
        TableView<HistoryLine> table = robot.lookup("#historyTable").queryAs(TableView.class);
        await(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).sentence()).isEqualTo("Received 1.000 SBD from bob");
        await(() -> memoCell(table).equals(SECRET));
        desktop.session.lock().get(30, TimeUnit.SECONDS);
        await(() -> memoCell(table).equals("Encrypted memo (unlock to read)"));
    }

    /** The memo column's cell of the first row, as drawn. */
    private static String memoCell(TableView<HistoryLine> table) {
        Object value = table.getColumns().get(3).getCellData(0);
        return value == null ? "" : cellText(table);
    }

    private static String cellText(TableView<HistoryLine> table) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() == table
                        .getColumns().get(3) && c.getIndex() == 0)
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText())
                .filter(t -> t != null).findFirst().orElse("");
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
