package org.steemdesk.ui.feed;

import java.util.List;
import java.util.concurrent.CompletionException;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
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
 * The vote panel beside the open post, on the post or on one of its comments (chosen in the post view): the weight (slider in whole percents with a zero mark, arrow keys a percent
 * each, or typed exactly in the field) with what the vote does — payout change, expected curation reward, age
 * penalty and the best-age what-if, worked out off the FX thread a moment after the weight stops changing — the
 * optional schedule (post age) and mana floor, reset for each post, and the Vote button, which becomes an explicit
 * Downvote asking once more below zero. The vote is recorded in the queue and sent by the {@link VoteDispatcher};
 * afterwards the post is loaded again. The panel follows the current account (login, switch). What it says comes
 * from its {@link VotePanelModel}.
 */
public final class VotePanelController {
    /** How long the weight rests before its vote is estimated again. */
    static final Duration ESTIMATE_DELAY = Duration.millis(150);

    private final Votes votes;
    private final Background background;
    private final VaultSession session;
    private final OpenPost openPost;
    private final VoteDispatcher sender;
    private final VotePanelModel model;
    private final Messages messages;
    private final PauseTransition estimateDelay = new PauseTransition(ESTIMATE_DELAY);
    /** Kept as a field: the session outlives this view, which a language switch replaces. */
    private final InvalidationListener accountChanged = this::accountChanged;
    private VoteInputs inputs;
    private int generation;
    /** The slider is being set from the model (a typed weight): its listener must not round it. */
    private boolean syncing;
    private ActionMessage message;

    @FXML private VBox targetLine;
    @FXML private Label targetText;
    @FXML private Button onPost;
    @FXML private Label myVote;
    @FXML private Slider weight;
    @FXML private TextField weightField;
    @FXML private Label weightKind;
    @FXML private Label voteValue;
    @FXML private Label curationValue;
    @FXML private Label agePenalty;
    @FXML private Label bestAge;
    @FXML private CheckBox atAgeOption;
    @FXML private Spinner<Integer> atAgeMinutes;
    @FXML private CheckBox minManaOption;
    @FXML private Spinner<Integer> minMana;
    @FXML private Button voteButton;
    @FXML private FontIcon voteIcon;
    @FXML private ProgressIndicator voteBusy;
    @FXML private VBox downConfirm;
    @FXML private Label downConfirmText;
    @FXML private Button downConfirmYes;
    @FXML private Button downConfirmNo;
    @FXML private Label voteMessage;

    public VotePanelController(Votes votes, Background background, VaultSession session, OpenPost openPost,
                               VoteDispatcher sender, VotePanelModel model, Messages messages) {
        this.votes = votes;
        this.background = background;
        this.session = session;
        this.openPost = openPost;
        this.sender = sender;
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        message = new ActionMessage(voteMessage);
        targetLine.managedProperty().bind(targetLine.visibleProperty());
        for (Label figure : List.of(myVote, curationValue, agePenalty, bestAge)) {
            figure.managedProperty().bind(figure.visibleProperty());
            figure.visibleProperty().bind(figure.textProperty().isNotEmpty());
        }
        downConfirm.managedProperty().bind(downConfirm.visibleProperty());
        atAgeMinutes.setValueFactory(new IntegerSpinnerValueFactory(1, 7 * 24 * 60, 15));
        minMana.setValueFactory(new IntegerSpinnerValueFactory(1, 100, 80));
        atAgeMinutes.disableProperty().bind(atAgeOption.selectedProperty().not());
        minMana.disableProperty().bind(minManaOption.selectedProperty().not());
        weight.setLabelFormatter(new PercentTicks());
        weight.valueProperty().addListener((obs, old, value) -> {
            if (syncing) {
                return;
            }
            long step = Math.round(value.doubleValue());
            if (step != value.doubleValue()) {
                weight.setValue(step);
                return;
            }
            model.weightPercent(step);
            weightChanged();
        });
        weightField.setOnAction(e -> takeTypedWeight());
        weightField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                takeTypedWeight();
            }
        });
        estimateDelay.setOnFinished(e -> estimate());
        voteButton.setOnAction(e -> vote());
        downConfirmYes.setOnAction(e -> send());
        downConfirmNo.setOnAction(e -> downConfirm.setVisible(false));
        showWeight();
        onPost.setOnAction(e -> openPost.targetProperty().set(openPost.postProperty().get()));
        openPost.targetProperty().addListener((obs, old, target) -> {
            if (!OpenPost.same(old, target)) {
                open(target);
            }
        });
        openPost.votesProperty().addListener((obs, old, now) -> showMyVote());
        session.currentAccountProperty().addListener(new WeakInvalidationListener(accountChanged));
        open(openPost.targetProperty().get());
    }

    /**
     * Another post, or a comment of the open post: its own options (none carried over from the last one), then its
     * estimate (the comment's own: its rshares, age and payout window).
     */
    private void open(Discussion post) {
        boolean comment = openPost.targetIsComment();
        targetLine.setVisible(comment);
        targetText.setText(comment ? messages.get("post.vote.onComment", post.author()) : "");
        model.resetForNewPost();
        atAgeOption.setSelected(false);
        minManaOption.setSelected(false);
        atAgeMinutes.getValueFactory().setValue(15);
        minMana.getValueFactory().setValue(80);
        setSlider();
        showWeight();
        load(post);
    }

    private void accountChanged(javafx.beans.Observable account) {
        load(openPost.targetProperty().get());
    }

    /** Reads what the estimate depends on for the current account (again after a login, a switch or a vote). */
    private void load(Discussion post) {
        int run = ++generation;
        inputs = null;
        estimateDelay.stop();
        downConfirm.setVisible(false);
        message.clear();
        clearFigures(messages.get("post.vote.value.unknown"));
        showMyVote();
        if (post == null) {
            return;
        }
        AccountName voter = session.currentAccountProperty().get();
        voteButton.setDisable(voter == null || model.weight() == 0);
        if (voter == null) {
            clearFigures(messages.get("post.vote.noAccount"));
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
                clearFigures(model.estimateFailure(failure));
            }
        });
    }

    private void takeTypedWeight() {
        if (model.weightTyped(weightField.getText())) {
            message.clear();
            setSlider();
            weightChanged();
        } else {
            message.error(messages.get("post.vote.weightField.bad"));
            weightField.selectAll();
        }
    }

    private void setSlider() {
        syncing = true;
        try {
            weight.setValue(model.weight() / 100.0);
        } finally {
            syncing = false;
        }
    }

    private void weightChanged() {
        downConfirm.setVisible(false);
        showWeight();
        if (openPost.targetProperty().get() != null && session.currentAccountProperty().get() != null) {
            voteButton.setDisable(model.weight() == 0);
        }
        estimateDelay.playFromStart();
    }

    private void showWeight() {
        weightField.setText(model.weightFieldText());
        weightKind.setText(model.weightKind());
        voteButton.setText(model.buttonText());
        voteIcon.setIconLiteral(model.downvote() ? "fth-thumbs-down" : "fth-thumbs-up");
        for (var node : List.of(weight, weightKind, voteValue)) {
            node.getStyleClass().remove("downvote");
            if (model.downvote()) {
                node.getStyleClass().add("downvote");
            }
        }
        voteButton.getStyleClass().remove("danger");
        if (model.downvote()) {
            voteButton.getStyleClass().add("danger");
        }
    }

    private void showMyVote() {
        AccountName voter = session.currentAccountProperty().get();
        myVote.setText(voter == null || openPost.targetProperty().get() == null ? ""
                : model.myVote(openPost.votesProperty().get(), voter));
    }

    /** The figures of the weight now, worked out off the FX thread from the inputs read once per post. */
    private void estimate() {
        VoteInputs known = inputs;
        if (known == null) {
            return;
        }
        int basisPoints = model.weight();
        int run = generation;
        background.run(() -> model.texts(known.situation().estimate(basisPoints)), texts -> {
            if (run == generation && basisPoints == model.weight()) {
                voteValue.setText(texts.payout());
                curationValue.setText(texts.curation());
                agePenalty.setText(texts.agePenalty());
                bestAge.setText(texts.bestAge());
            }
        }, failure -> {
            if (run == generation && basisPoints == model.weight()) {
                clearFigures(model.estimateFailure(failure));
            }
        });
    }

    private void clearFigures(String said) {
        voteValue.setText(said);
        for (Label figure : List.of(curationValue, agePenalty, bestAge)) {
            figure.setText(null);
        }
    }

    private void vote() {
        Discussion post = openPost.targetProperty().get();
        if (post == null || session.currentAccountProperty().get() == null || model.weight() == 0) {
            return;
        }
        if (model.downvote()) {
            downConfirmText.setText(model.downvoteQuestion(new AccountName(post.author()),
                    new Permlink(post.permlink())));
            downConfirm.setVisible(true);
            downConfirmNo.requestFocus();
            return;
        }
        send();
    }

    private void send() {
        downConfirm.setVisible(false);
        Discussion post = openPost.targetProperty().get();
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
            VotePanelModel.Message said = failure != null ? model.failure(failure) : model.outcome(recorded);
            if (failure == null && OpenPost.same(post, openPost.targetProperty().get())) {
                // The chain has the vote (or will): load the post (its comments too) and this panel's figures
                // again, then say so.
                openPost.refresh();
                load(post);
            }
            show(said);
        }, background.ui());
    }

    private void show(VotePanelModel.Message said) {
        switch (said.tone()) {
            case INFO -> message.info(said.text());
            case SUCCESS -> message.success(said.text());
            case ERROR -> message.error(said.text());
        }
    }

    /** The slider's tick labels: −100 %, −50 %, 0, 50 %, 100 % (the zero mark between downvote and upvote). */
    private static final class PercentTicks extends javafx.util.StringConverter<Double> {
        @Override
        public String toString(Double value) {
            long percent = Math.round(value);
            return percent == 0 ? "0" : percent + "%";
        }

        @Override
        public Double fromString(String text) {
            return Double.valueOf(text.replace("%", ""));
        }
    }
}
