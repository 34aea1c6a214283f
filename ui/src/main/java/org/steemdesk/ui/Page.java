package org.steemdesk.ui;

/** The screens reachable from the navigation, each an FXML view beside its controller and CSS. */
public enum Page {
    FEED("feed/FeedView.fxml"),
    WALLET("wallet/WalletView.fxml"),
    CURATION("curation/CurationView.fxml"),
    KEYS("keys/KeysView.fxml"),
    SETTINGS("settings/SettingsView.fxml");

    private final String fxml;

    Page(String fxml) {
        this.fxml = fxml;
    }

    /** The FXML resource, relative to this package. */
    public String fxml() {
        return fxml;
    }
}
