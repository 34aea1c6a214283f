package org.steemdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steemdesk.app.guard.GuardAlert;
import org.steemdesk.app.guard.GuardAlertKind;
import org.steemdesk.app.guard.Remedy;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.i18n.Language;
import org.steemdesk.ui.wallet.GuardNotices;

/**
 * Guard alerts as desktop notifications, with a notifier that records what it was asked to show, against the
 * loopback node: a route someone else set is told once, in the user's language; nothing is told when turned off,
 * and what existed before the first look is not news. notify-send is found on the PATH and gets the texts as
 * arguments of their own.
 */
class GuardNotificationTest {
    private final DesktopChain node = new DesktopChain();
    private final TestDesktop desktop = new TestDesktop(Language.ENGLISH, Theme.LIGHT,
            new KoreanFont(Optional.of("System")), List.of(node.url()), app -> { });
    private final List<String> shown = new ArrayList<>();
    private final AtomicReference<Language> language = new AtomicReference<>(Language.ENGLISH);
    private final GuardNotices notices = new GuardNotices(desktop.app::guard, desktop.preferences, language::get,
            new DesktopNotifier() {
                @Override
                public void show(String title, String body) {
                    shown.add(title + " | " + body);
                }

                @Override
                public boolean available() {
                    return true;
                }
            });

    @TempDir
    Path dir;

    GuardNotificationTest() {
        node.noAccountChanges();
    }

    @AfterEach
    void close() {
        desktop.close();
        node.close();
    }

    @Test
    void aRouteSetBySomeoneElseIsToldOnceInTheUsersLanguage() throws Exception {
        desktop.app.guard().check(VaultFixtures.ALICE); // the first pass only takes the snapshot
        assertThat(notices.afterPass(VaultFixtures.ALICE)).isZero();

        node.answer("condenser_api.get_withdraw_routes", route("bob", 2500));
        desktop.app.guard().check(VaultFixtures.ALICE);
        assertThat(notices.afterPass(VaultFixtures.ALICE)).isOne();
        assertThat(shown).singleElement().asString()
                .startsWith("Steemdesk: @alice was changed | A power-down route to @bob was added: 25");
        assertThat(notices.afterPass(VaultFixtures.ALICE)).isZero();
        desktop.app.guard().check(VaultFixtures.ALICE);
        assertThat(notices.afterPass(VaultFixtures.ALICE)).isZero();

        language.set(Language.KOREAN);
        node.answer("condenser_api.get_withdraw_routes", route("bob", 5000));
        desktop.app.guard().check(VaultFixtures.ALICE);
        assertThat(notices.afterPass(VaultFixtures.ALICE)).isOne();
        assertThat(shown.get(1)).startsWith("스팀데스크: @alice 계정이 바뀌었습니다 | ").contains("@bob");
    }

    @Test
    void turnedOffNothingIsToldAndWhatCameMeanwhileIsNotToldLater() throws Exception {
        desktop.app.guard().check(VaultFixtures.ALICE);
        notices.afterPass(VaultFixtures.ALICE);
        desktop.preferences.guardNotifications(false);
        node.answer("condenser_api.get_withdraw_routes", route("bob", 2500));
        desktop.app.guard().check(VaultFixtures.ALICE);
        assertThat(notices.afterPass(VaultFixtures.ALICE)).isZero();
        desktop.preferences.guardNotifications(true);
        assertThat(notices.afterPass(VaultFixtures.ALICE)).isZero();
        assertThat(shown).isEmpty();
    }

    @Test
    void alertsThatExistedBeforeTheFirstLookAreNotNews() throws Exception {
        desktop.app.guard().check(VaultFixtures.ALICE);
        node.answer("condenser_api.get_withdraw_routes", route("bob", 2500));
        desktop.app.guard().check(VaultFixtures.ALICE);
        assertThat(notices.afterPass(VaultFixtures.ALICE)).isZero();
        assertThat(shown).isEmpty();
    }

    @Test
    void notifySendIsFoundOnThePathAndGetsTheTextsAsArgumentsOfTheirOwn() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        assertThat(NotifySend.onPath(bin + java.io.File.pathSeparator + dir)).isEmpty();
        Path program = Files.createFile(bin.resolve("notify-send"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(NotifySend.onPath(dir + java.io.File.pathSeparator + bin)).contains(program);
        List<String> command = new NotifySend(program).command("Steemdesk: @alice", "`rm -rf ~`; $(reboot) \"x\"");
        assertThat(command).first().isEqualTo(program.toString());
        assertThat(command).endsWith("--", "Steemdesk: @alice", "`rm -rf ~`; $(reboot) \"x\"");
    }

    @Test
    void onlyNewAlertsSomeoneElseMadeAreTold() {
        GuardAlert ours = alert(5, true);
        GuardAlert theirs = alert(6, false);
        GuardAlert old = alert(3, false);
        assertThat(GuardNotices.toTell(List.of(theirs, ours, old), 4)).containsExactly(theirs);
    }

    private static GuardAlert alert(long id, boolean own) {
        return new GuardAlert(id, VaultFixtures.ALICE, GuardAlertKind.ROUTE_ADDED, Instant.EPOCH, "bob", "",
                "25%", Optional.empty(), own, Remedy.none());
    }

    private static ArrayNode route(String to, int percent) {
        ArrayNode list = SteemJson.mapper().createArrayNode();
        list.addObject().put("id", 1).put("from_account", "alice").put("to_account", to).put("percent", percent)
                .put("auto_vest", false);
        return list;
    }
}
