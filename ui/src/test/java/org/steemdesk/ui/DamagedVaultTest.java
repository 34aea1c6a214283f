package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.AppSettings;
import org.steemdesk.keystore.vault.Argon2idParameters;
import org.steemdesk.keystore.vault.VaultSettings;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.session.VaultSession;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A vault file that cannot be opened is said on the keys page before any password is typed, in both languages. */
@ExtendWith(ApplicationExtension.class)
class DamagedVaultTest {
    private TestDesktop desktop;

    @AfterEach
    void close() {
        desktop.close();
    }

    private void open(Consumer<AppContext> damage) throws Exception {
        desktop = new TestDesktop(Language.ENGLISH, Theme.LIGHT, new KoreanFont(Optional.of("System")),
                List.of(TestDesktop.NO_NODE), damage);
        desktop.settings.pageProperty().set(Page.KEYS);
        Stage stage = FxToolkit.setupStage(s -> { });
        FxToolkit.setupFixture(() -> {
            new MainWindow(stage, desktop.context);
            stage.show();
        });
    }

    @Test
    void aFileThatIsNoVaultIsADamagedVault(FxRobot robot) throws Exception {
        open(app -> write(app, "not a vault at all, just some bytes".repeat(40)));
        assertThat(desktop.session.stateProperty().get()).isEqualTo(VaultSession.State.LOCKED);
        assertThat(message(robot)).isEqualTo("The key vault file is damaged or cut short, so the vault cannot be "
                + "opened. Restore vault.db from a backup; or move it out of the data folder, create a new vault and "
                + "add your keys again.");
        robot.interact(() -> desktop.settings.languageProperty().set(Language.KOREAN));
        assertThat(message(robot)).isEqualTo("키 보관함 파일이 손상되었거나 잘려 있어 보관함을 열 수 없습니다. 백업해 둔 vault.db를 "
                + "되살리거나, 데이터 폴더 밖으로 옮긴 뒤 새 보관함을 만들고 키를 다시 추가하세요.");
    }

    @Test
    void aDamagedHeaderIsNamedAsSuch(FxRobot robot) throws Exception {
        open(app -> {
            // A whole vault made elsewhere, its KDF cost (part of the header) then put out of bounds: found before
            // any password is tried.
            try {
                var elsewhere = Files.createTempDirectory("steemdesk-vault");
                try (var other = AppContext.open(AppSettings.defaults().withDataDir(elsewhere)
                        .withNodes(List.of(TestDesktop.NO_NODE)).withVault(new VaultSettings(
                                new Argon2idParameters(64, 1, 1), Duration.ofHours(1), Clock.systemUTC(),
                                new SecureRandom())))) {
                    other.keys().create("a vault password".toCharArray());
                }
                var file = elsewhere.resolve(AppContext.VAULT_FILE);
                try (var db = DriverManager.getConnection("jdbc:sqlite:" + file);
                     var update = db.prepareStatement("UPDATE vault_header SET memory_kib = 1")) {
                    update.executeUpdate();
                }
                Files.copy(file, app.dataDirectory().resolve(AppContext.VAULT_FILE));
            } catch (IOException | SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(message(robot)).isEqualTo("The header of the key vault file (its password check) is damaged, so "
                + "the vault cannot be opened. Restore vault.db from a backup; or move it out of the data folder, "
                + "create a new vault and add your keys again.");
        robot.interact(() -> desktop.settings.languageProperty().set(Language.KOREAN));
        assertThat(message(robot)).startsWith("키 보관함 파일의 헤더(비밀번호 확인 정보)가 손상되어");
    }

    private static void write(AppContext app, String content) {
        try {
            Files.writeString(app.dataDirectory().resolve(AppContext.VAULT_FILE), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String message(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#unlockMessage").queryLabeled().getText();
        return text == null ? "" : text;
    }
}
