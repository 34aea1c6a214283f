package org.steemdesk.ui.feed;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.util.Duration;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.vote.VoteInputs;
import org.steemdesk.app.vote.Votes;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Permlink;
import org.steemdesk.chain.rpc.model.Discussion;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.ActionMessage;
import org.steemdesk.ui.Background;
import org.steemdesk.ui.session.VaultSession;
import org.steemdesk.ui.session.VoteDispatcher;

/**
 * The vote panel beside the open post: the weight slider with the vote's estimated value (worked out again a moment
 * after the slider stops), the optional schedule (post age) and mana floor, and the Vote button. The vote is
 * recorded in the queue and sent by the {@link VoteDispatcher} when the vault is unlocked and a node answers; what
 * the panel says comes from its {@link VotePanelModel}.
 */
public final class VotePanelController {
    /** How long the slider rests before its vote is estimated again (each estimate reads the chain's figures). */
    static final Duration ESTIMATE_DELAY = Duration.millis(150);

    private final Votes votes;
    private final Background background;
    private final VaultSession session;
    private final OpenPost openPost;
    private final VoteDispatcher sender;
    private final VotePanelModel model;
    private final Messages messages;
    private final PauseTransition estimateDelay = new PauseTransition(ESTIMATE_DELAY);
    private VoteInputs inputs;
    private int generation;
    private ActionMessage message;

    @FXML private Slider weight;
    @FXML private Label weightLabel;
    @FXML private Label voteValue;
    @FXML private CheckBox atAgeOption;
    @FXML private Spinner<Integer> atAgeMinutes;
    @FXML private CheckBox minManaOption;
    @FXML private Spinner<Integer> minMana;
    @FXML private Button voteButton;
    @FXML private ProgressIndicator voteBusy;
    @FXML private Label voteMessage;

    public VotePanelController(Votes votes, Background background, VaultSession session, OpenPost openPost,
                               VoteDispatcher sender, VotePanelModel model, Messages messages) {
        this.votes = Objects.requireNonNull(votes, "votes");
        this.background = Objects.requireNonNull(background, "background");
        this.session = Objects.requireNonNull(session, "session");
        this.openPost = Objects.requireNonNull(openPost, "openPost");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(voteMessage);
        atAgeMinutes.setValueFactory(new IntegerSpinnerValueFactory(1, 7 * 24 * 60, 15));
        minMana.setValueFactory(new IntegerSpinnerValueFactory(1, 100, 80));
        atAgeMinutes.disableProperty().bind(atAgeOption.selectedProperty().not());
        minMana.disableProperty().bind(minManaOption.selectedProperty().not());
        weight.valueProperty().addListener((obs, old, value) -> {
            long step = Math.round(value.doubleValue());
            if (step != value.doubleValue()) {
                weight.setValue(step);
                return;
            }
            model.weightPercent(step);
            weightLabel.setText(model.weightText());
            estimateDelay.playFromStart();
        });
        estimateDelay.setOnFinished(e -> estimate());
        voteButton.setOnAction(e -> vote());
        model.weightPercent(weight.getValue());
        weightLabel.setText(model.weightText());
        openPost.postProperty().addListener((obs, old, post) -> open(post));
        open(openPost.postProperty().get());
    }

    private void open(Discussion post) {
        int run = ++generation;
        inputs = null;
        message.clear();
        voteValue.setText(messages.get("post.vote.value.unknown"));
        if (post == null) {
            return;
        }
        AccountName voter = session.currentAccountProperty().get();
        voteButton.setDisable(voter == null);
        if (voter == null) {
            voteValue.setText(messages.get("post.vote.noAccount"));
            return;
        }
        background.run(() -> {
            try {
                return votes.estimateInputs(voter, post);
            } catch (NodeUnreachableException e) {
                throw new CompletionException(e);
            }
        }, fetched -> {
            if (run == generation) {
                inputs = fetched;
                estimate();
            }
        }, failure -> {
            if (run == generation) {
                voteValue.setText(model.estimateFailure(failure));
            }
        });
    }

    private void estimate() {
        VoteInputs known = inputs;
        if (known == null) {
            return;
        }
        int basisPoints = model.weight();
        int run = generation;
        background.run(() -> known.value(basisPoints), value -> {
            if (run == generation && basisPoints == model.weight()) {
                voteValue.setText(model.estimate(value));
            }
        }, failure -> voteValue.setText(model.estimateFailure(failure)));
    }

    private void vote() {
        Discussion post = openPost.postProperty().get();
        AccountName voter = session.currentAccountProperty().get();
        if (post == null || voter == null) {
            return;
        }
        model.atAge(atAgeOption.isSelected(), atAgeMinutes.getValue());
        model.minMana(minManaOption.isSelected(), minMana.getValue());
        var request = model.request(voter, new AccountName(post.author()), new Permlink(post.permlink()));
        voteButton.setDisable(true);
        voteBusy.setVisible(true);
        message.info(messages.get("post.vote.sending"));
        sender.vote(request).whenCompleteAsync((recorded, failure) -> {
            voteButton.setDisable(false);
            voteBusy.setVisible(false);
            show(failure != null ? model.failure(failure) : model.outcome(recorded));
        }, background.ui());
    }

    private void show(VotePanelModel.Message said) {
        switch (said.tone()) {
            case INFO -> message.info(said.text());
            case SUCCESS -> message.success(said.text());
            case ERROR -> message.error(said.text());
        }
    }
}
