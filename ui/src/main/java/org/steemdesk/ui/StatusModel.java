package org.steemdesk.ui;

import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar shows, fed by the services (on the FX thread). A {@code null} value means "not known yet",
 * shown as a dash; a fresh model describes an offline app with no account.
 */
public final class StatusModel {
    private final BooleanProperty online = new SimpleBooleanProperty(this, "online", false);
    private final StringProperty node = new SimpleStringProperty(this, "node");
    private final ObjectProperty<Duration> headBlockLag = new SimpleObjectProperty<>(this, "headBlockLag");
    /** Voting mana of the current account as a share in [0, 1]. */
    private final ObjectProperty<Double> votingMana = new SimpleObjectProperty<>(this, "votingMana");
    /** Resource credits of the current account as a share in [0, 1]. */
    private final ObjectProperty<Double> resourceCredits = new SimpleObjectProperty<>(this, "resourceCredits");
    private final IntegerProperty queuedVotes = new SimpleIntegerProperty(this, "queuedVotes", 0);
    /** A curation runner sends from this data folder: this window leaves sending to it. */
    private final BooleanProperty runnerActive = new SimpleBooleanProperty(this, "runnerActive", false);

    public BooleanProperty onlineProperty() {
        return online;
    }

    public StringProperty nodeProperty() {
        return node;
    }

    public ObjectProperty<Duration> headBlockLagProperty() {
        return headBlockLag;
    }

    public ObjectProperty<Double> votingManaProperty() {
        return votingMana;
    }

    public ObjectProperty<Double> resourceCreditsProperty() {
        return resourceCredits;
    }

    public IntegerProperty queuedVotesProperty() {
        return queuedVotes;
    }

    public BooleanProperty runnerActiveProperty() {
        return runnerActive;
    }
}
