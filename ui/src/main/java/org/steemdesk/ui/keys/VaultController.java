package org.steemdesk.ui.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Preferences;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VaultSession.State;

/**
 * The vault section of the keys page: create the vault on first run, unlock it, or (unlocked) lock it and choose the
 * auto-lock time. One of the three shows, by the vault's state; Argon2 and the vault file are the session's work,
 * off the FX thread. Passwords are wiped once handed over.
 */
public final class VaultController {
    private static final List<Duration> AUTO_LOCK_CHOICES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60));

    private final VaultSession session;
    private final Preferences preferences;
    private final Messages messages;
    private final VaultTask task;
    private final InvalidationListener stateShown = obs -> showState();

    @FXML private VBox createSection;
    @FXML private PasswordField createPassword;
    @FXML private PasswordField createPasswordRepeat;
    @FXML private Button createVault;
    @FXML private ProgressIndicator createBusy;
    @FXML private Label createMessage;
    @FXML private VBox unlockSection;
    @FXML private PasswordField unlockPassword;
    @FXML private Button unlockVault;
    @FXML private ProgressIndicator unlockBusy;
    @FXML private Label unlockMessage;
    @FXML private VBox unlockedSection;
    @FXML private ComboBox<Duration> autoLock;
    @FXML private Button lockVault;
    private ActionMessage created;
    private ActionMessage unlocked;
    private Runnable onReady = () -> { };

    public VaultController(VaultSession session, Preferences preferences, Messages messages, VaultTask task) {
        this.session = session;
        this.preferences = preferences;
        this.messages = messages;
        this.task = task;
    }

    @FXML
    private void initialize() {
        created = new ActionMessage(createMessage);
        unlocked = new ActionMessage(unlockMessage);
        for (Label message : List.of(createMessage, unlockMessage)) {
            message.managedProperty().bind(message.textProperty().isNotEmpty());
        }
        for (VBox section : List.of(createSection, unlockSection, unlockedSection)) {
            section.managedProperty().bind(section.visibleProperty());
        }
        setUpAutoLock();
        createVault.setOnAction(e -> create());
        // Enter in either field creates, as it unlocks in the unlock field.
        createPassword.setOnAction(e -> create());
        createPasswordRepeat.setOnAction(e -> create());
        unlockVault.setOnAction(e -> unlock());
        unlockPassword.setOnAction(e -> unlock());
        lockVault.setOnAction(e -> session.lock());
        // Observed weakly: a view replaced by a language switch must not be kept alive (or updated) by the session.
        session.stateProperty().addListener(new WeakInvalidationListener(stateShown));
        showState();
    }

    /** Called once the vault is created or unlocked here: the page moves the focus on to what comes next. */
    void onReady(Runnable next) {
        this.onReady = Objects.requireNonNull(next, "next");
    }

    private void setUpAutoLock() {
        var choices = new ArrayList<>(AUTO_LOCK_CHOICES);
        Duration current = session.autoLockProperty().get();
        if (!choices.contains(current)) {
            choices.add(current);
            choices.sort(null);
        }
        autoLock.getItems().setAll(choices);
        autoLock.setConverter(VaultTask.names(d -> messages.get("keys.autolock.minutes", d.toMinutes())));
        autoLock.setValue(current);
        autoLock.valueProperty().addListener((obs, old, idle) -> {
            if (idle != null && !idle.equals(session.autoLockProperty().get())) {
                session.autoLockProperty().set(idle);
                task.background().perform(() -> preferences.autoLock(idle));
            }
        });
    }

    private void showState() {
        State state = session.stateProperty().get();
        createSection.setVisible(state == State.ABSENT);
        unlockSection.setVisible(state == State.LOCKED);
        unlockedSection.setVisible(state == State.UNLOCKED);
        // A vault file that cannot be opened (damaged, or from a newer version) is said before any password is typed.
        session.openFailure().ifPresent(failure -> unlocked.error(task.errors().describe(failure)));
    }

    private void create() {
        char[] password = createPassword.getText().toCharArray();
        char[] repeat = createPasswordRepeat.getText().toCharArray();
        boolean same = Arrays.equals(password, repeat);
        Arrays.fill(repeat, '\0');
        if (!same) {
            Arrays.fill(password, '\0');
            created.error(messages.get("keys.error.passwordsDiffer"));
            VaultTask.retype(createPasswordRepeat);
            return;
        }
        task.track(session.create(password), createBusy, createVault.disableProperty(), created, done -> {
            createPassword.clear();
            createPasswordRepeat.clear();
            onReady.run();
        }, failure -> VaultTask.retype(createPassword));
    }

    /** A refused password stays in the field, selected, so the next try replaces it; the message says why. */
    private void unlock() {
        task.track(session.unlock(unlockPassword.getText().toCharArray()), unlockBusy, unlockVault.disableProperty(),
                unlocked, done -> {
                    unlockPassword.clear();
                    onReady.run();
                }, failure -> VaultTask.retype(unlockPassword));
    }
}
