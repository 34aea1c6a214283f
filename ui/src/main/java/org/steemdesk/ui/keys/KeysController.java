package org.steemdesk.ui.keys;

import javafx.fxml.FXML;

/**
 * The keys page: its sections are views of their own; this wires what one section's outcome means for another.
 * Once the vault is created or unlocked, the focus moves on to what the user needs next: the stored keys, or
 * adding the first account.
 */
public final class KeysController {
    @FXML private VaultController vaultViewController;
    @FXML private AccountsController accountsViewController;
    @FXML private AddAccountController addAccountViewController;

    @FXML
    private void initialize() {
        vaultViewController.onReady(() -> {
            if (!accountsViewController.focusTable()) {
                addAccountViewController.focusFirstField();
            }
        });
    }
}
