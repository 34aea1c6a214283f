package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.steemdesk.app.keys.StoredKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Language;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.testnode.Recorded;
import org.steemdesk.testnode.Reply;
import org.steemdesk.testnode.TestNode;
import org.steemdesk.ui.keys.KeyRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys page's password change against the shared loopback node, which installs the keys of the account_update
 * it accepts: the new password is shown, its backup typed back, exactly what will be signed is shown, a wrong
 * current password signs nothing, the right one changes the keys on chain and in the vault (the old password then
 * derives keys the chain no longer has); a refusal by the node is said in Korean and leaves the vault as it was.
 */
class PasswordChangeSheetTest extends OnlineDesktopTest {
    private static final Pattern POSITIONS = Pattern.compile("([0-9]+(?:, [0-9]+)+)");
    /** The keys the node installed from the account_update it accepted. */
    private final Map<KeyRole, PublicKey> installed = new EnumMap<>(KeyRole.class);
    private Language language;

    @Test
    void theChangeInstallsTheNewKeysOnChainAndInTheVaultAndTheOldPasswordIsUseless(FxRobot robot) throws Exception {
        node.replyTo(TestNode.BROADCAST, this::install);
        open(Language.ENGLISH);
        String newPassword = walkToSigning(robot);

        LoginKeys expected = LoginKeys.derive(VaultFixtures.ALICE, newPassword.toCharArray());
        String shownKeys = text(robot, "#rotationKeys");
        for (KeyRole role : KeyRole.values()) {
            assertThat(shownKeys).contains(expected.publicKey(role).toString());
        }
        assertThat(((TextArea) robot.lookup("#rotationJson").query()).getText()).contains("\"account_update\"")
                .contains(expected.publicKey(KeyRole.OWNER).toString());
        assertThat(robot.lookup("#rotationSign").queryButton().isDisabled()).isTrue();

        type(robot, "#rotationCurrent", "P5not-alices-password");
        robot.interact(() -> robot.lookup("#rotationUnderstood").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#rotationSign").queryButton().fire());
        await(() -> text(robot, "#rotationMessage").startsWith("That master password does not give"));
        shot("4-wrong-password");
        assertThat(node.received(TestNode.BROADCAST)).isEmpty();
        assertThat(text(robot, "#rotationCurrent")).isEmpty();

        type(robot, "#rotationCurrent", VaultFixtures.ALICE_PASSWORD);
        robot.interact(() -> robot.lookup("#rotationSign").queryButton().fire());
        await(() -> text(robot, "#rotationMessage").startsWith("Password changed"), () -> text(robot,
                "#rotationMessage"));
        assertThat(node.received(TestNode.BROADCAST)).hasSize(1);
        assertThat(text(robot, "#rotationPassword")).isEmpty();
        shot("5-done");

        LoginKeys old = VaultFixtures.aliceKeys();
        for (KeyRole role : KeyRole.values()) {
            assertThat(installed.get(role)).isEqualTo(expected.publicKey(role)).isNotEqualTo(old.publicKey(role));
        }
        await(() -> aliceKeys().size() == 3);
        assertThat(aliceKeys()).allSatisfy((role, key) -> assertThat(key).isEqualTo(expected.publicKey(role)));
        assertThat(desktop.app.keys().vault().pending(VaultFixtures.ALICE)).isEmpty();
        old.destroy();
        expected.destroy();
    }

    @Test
    void aRefusalIsSaidInKoreanAndTheVaultKeepsTheOldKeys(FxRobot robot) throws Exception {
        node.reply(TestNode.BROADCAST, Reply.error(-32000, "Owner authority can only be updated once an hour."));
        open(Language.KOREAN);
        Map<KeyRole, PublicKey> before = aliceKeys();
        walkToSigning(robot);
        type(robot, "#rotationCurrent", VaultFixtures.ALICE_PASSWORD);
        robot.interact(() -> robot.lookup("#rotationUnderstood").queryAs(CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#rotationSign").queryButton().fire());
        await(() -> text(robot, "#rotationMessage").startsWith("블록체인이 거래를 거부했습니다"),
                () -> text(robot, "#rotationMessage"));
        shot("5-refused");
        assertThat(aliceKeys()).isEqualTo(before);
        assertThat(desktop.app.keys().vault().pending(VaultFixtures.ALICE)).isEmpty();
        robot.interact(() -> robot.lookup("#rotationCancel").queryButton().fire());
        assertThat(robot.lookup("#rotationSheet").query().isVisible()).isFalse();
    }

    /** Opens the sheet for alice, reads the new password, types back the asked characters; returns the password. */
    private String walkToSigning(FxRobot robot) {
        TableView<KeyRow> table = robot.lookup("#keysTable").queryTableView();
        await(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#rotateAccount").queryButton().fire());
        await(() -> !text(robot, "#rotationPassword").isEmpty(), () -> text(robot, "#rotationMessage"));
        String password = text(robot, "#rotationPassword");
        assertThat(password).startsWith("P5").hasSize(52);
        shot("1-new-password");
        robot.interact(() -> robot.lookup("#rotationNext").queryButton().fire());
        assertThat(robot.lookup("#newPasswordStep").query().isVisible()).isFalse();

        type(robot, "#rotationTypedBack", "###");
        robot.interact(() -> robot.lookup("#rotationNext").queryButton().fire());
        assertThat(robot.lookup("#rotationMessage").queryLabeled().getStyleClass()).contains("error");
        shot("2-backup-mismatch");
        assertThat(robot.lookup("#backupStep").query().isVisible()).isTrue();

        Matcher positions = POSITIONS.matcher(text(robot, "#rotationChallenge"));
        assertThat(positions.find()).isTrue();
        StringBuilder typed = new StringBuilder();
        for (String position : positions.group(1).split(", ")) {
            typed.append(password.charAt(Integer.parseInt(position) - 1)).append(' ');
        }
        type(robot, "#rotationTypedBack", typed.toString());
        robot.interact(() -> robot.lookup("#rotationNext").queryButton().fire());
        await(() -> robot.lookup("#signStep").query().isVisible());
        shot("3-sign");
        return password;
    }

    /** With -Dsteemdesk.shots=DIR (the screenshots profile's real glass, under a display), a PNG of the window. */
    private void shot(String step) {
        String dir = System.getProperty("steemdesk.shots");
        if (dir == null) {
            return;
        }
        try {
            Path file = Path.of(dir).resolve(language.tag() + "-password-change-" + step + ".png");
            Files.createDirectories(file.getParent());
            ScreenshotTour.write(FxToolkit.setupFixture(() -> shown.stage().getScene().snapshot(null)), file);
        } catch (Exception e) {
            throw new AssertionError("screenshot " + step, e);
        }
    }

    private void open(Language chosen) throws Exception {
        language = chosen;
        desktop = shown.open(language, Page.KEYS);
    }

    /** Alice's keys as the vault lists them now. */
    private Map<KeyRole, PublicKey> aliceKeys() {
        Map<KeyRole, PublicKey> keys = new EnumMap<>(KeyRole.class);
        for (StoredKey key : desktop.app.keys().list()) {
            if (key.account().equals(VaultFixtures.ALICE)) {
                keys.put(key.role(), key.publicKey());
            }
        }
        return keys;
    }

    /** The node's side of an accepted account_update: alice's account shows the new keys from now on. */
    private Reply install(JsonNode params) {
        JsonNode op = params.path(0).path("operations").path(0);
        if (op.path(0).asText().equals("account_update")) {
            JsonNode body = op.path(1);
            for (KeyRole role : List.of(KeyRole.OWNER, KeyRole.ACTIVE, KeyRole.POSTING)) {
                installed.put(role, PublicKey.fromString(body.path(role.name().toLowerCase(java.util.Locale.ROOT))
                        .path("key_auths").path(0).path(0).asText()));
            }
            installed.put(KeyRole.MEMO, PublicKey.fromString(body.path("memo_key").asText()));
            node.account(Recorded.account("alice", new Recorded.AccountKeys(installed.get(KeyRole.OWNER).toString(),
                    installed.get(KeyRole.ACTIVE).toString(), installed.get(KeyRole.POSTING).toString(),
                    installed.get(KeyRole.MEMO).toString())));
        }
        return Reply.result(SteemJson.mapper().createObjectNode().put("id", "0".repeat(40))
                .put("block_num", TestNode.BROADCAST_BLOCK).put("trx_num", 0).put("expired", false));
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        var node = robot.lookup(query).query();
        String text = node instanceof TextInputControl input ? input.getText()
                : ((javafx.scene.control.Labeled) node).getText();
        return text == null ? "" : text;
    }

    private static void await(BooleanSupplier condition) {
        await(condition, () -> "");
    }

    /** Waits, and says what the sheet said when the wait ran out. */
    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> said) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the sheet said: " + said.get(), e);
        }
    }
}
