package org.steemdesk.ui;

/** The screens reachable from the navigation, each an FXML view beside its controller and CSS. */
public enum Page {
    FEED("feed/FeedView.fxml", "nav.feed"),
    WALLET("wallet/WalletView.fxml", "nav.wallet"),
    CURATION("curation/CurationView.fxml", "nav.curation"),
    KEYS("keys/KeysView.fxml", "nav.keys"),
    SETTINGS("settings/SettingsView.fxml", "nav.settings");

    private final String fxml;
    private final String nameKey;

    Page(String fxml, String nameKey) {
        this.fxml = fxml;
        this.nameKey = nameKey;
    }

    /** The message key of the page's one name: its navigation button's text, wherever the page is named. */
    public String nameKey() {
        return nameKey;
    }

    /** The FXML resource, relative to this package. */
    public String fxml() {
        return fxml;
    }
}
