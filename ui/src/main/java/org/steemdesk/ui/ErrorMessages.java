package org.steemdesk.ui;

import java.util.Optional;
import org.steemdesk.app.account.UnknownAccountException;
import org.steemdesk.app.StorageFailure;
import org.steemdesk.app.node.NodeFailure;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Messages;
import org.steemdesk.keystore.KeystoreException;

/** Failures as messages in the user's language: never a stack trace, never an English developer message. */
public record ErrorMessages(Messages messages) {
    public String describe(Throwable failure) {
        Throwable cause = Background.unwrap(failure);
        if (cause instanceof KeystoreException e) {
            return keystore(e);
        }
        if (StorageFailure.isDiskFull(cause)) {
            return messages.get("error.diskFull");
        }
        if (cause instanceof UnknownAccountException e) {
            return messages.get("error.unknownAccount", e.account().value());
        }
        Optional<NodeFailure> node = NodeFailure.of(cause);
        if (node.isPresent()) {
            return switch (node.get().kind()) {
                case REFUSED -> messages.get("error.node", node.get().nodeMessage().orElse(""));
                case UNREACHABLE -> messages.get("error.network");
            };
        }
        return messages.get("error.unexpected");
    }

    /** The localized name of a key role (포스팅 키 / posting key). */
    public String role(KeyRole role) {
        return switch (role) {
            case OWNER -> messages.get("keys.role.owner");
            case ACTIVE -> messages.get("keys.role.active");
            case POSTING -> messages.get("keys.role.posting");
            case MEMO -> messages.get("keys.role.memo");
        };
    }

    private String keystore(KeystoreException e) {
        String account = e.account().map(a -> a.value()).orElse("");
        String role = e.role().map(this::role).orElse("");
        return switch (e.reason()) {
            case EMPTY_PASSWORD -> messages.get("keys.error.EMPTY_PASSWORD");
            case WIF_GIVEN_AS_PASSWORD -> messages.get("keys.error.WIF_GIVEN_AS_PASSWORD");
            case PASSWORD_GIVEN_AS_WIF -> messages.get("keys.error.PASSWORD_GIVEN_AS_WIF");
            case PUBLIC_KEY_GIVEN_AS_WIF -> messages.get("keys.error.PUBLIC_KEY_GIVEN_AS_WIF");
            case NOT_A_WIF -> messages.get("keys.error.NOT_A_WIF");
            case PASSWORD_MATCHES_NO_KEY -> messages.get("keys.error.PASSWORD_MATCHES_NO_KEY", account);
            case KEY_NOT_OF_ACCOUNT -> messages.get("keys.error.KEY_NOT_OF_ACCOUNT", account);
            case KEY_OF_OTHER_ROLE -> messages.get("keys.error.KEY_OF_OTHER_ROLE", account, role);
            case KEY_BELOW_THRESHOLD -> messages.get("keys.error.KEY_BELOW_THRESHOLD", account, role);
            case VAULT_EXISTS -> messages.get("keys.error.VAULT_EXISTS");
            case VAULT_MISSING -> messages.get("keys.error.VAULT_MISSING");
            case VAULT_UNSUPPORTED -> messages.get("keys.error.VAULT_UNSUPPORTED");
            case VAULT_HEADER_DAMAGED -> messages.get("keys.error.VAULT_HEADER_DAMAGED");
            case VAULT_DAMAGED -> messages.get("keys.error.VAULT_DAMAGED");
            case WRONG_PASSWORD -> messages.get("keys.error.WRONG_PASSWORD");
            case VAULT_LOCKED -> messages.get("keys.error.VAULT_LOCKED");
            case KEY_NOT_IN_VAULT -> messages.get("keys.error.KEY_NOT_IN_VAULT", account, role);
            case INTEGRITY -> messages.get("keys.error.INTEGRITY", account, role);
            case STORAGE -> messages.get("keys.error.STORAGE");
            case DISK_FULL -> messages.get("keys.error.DISK_FULL");
            case MEMO_NOT_ENCRYPTED -> messages.get("keys.error.MEMO_NOT_ENCRYPTED");
            case MEMO_MALFORMED -> messages.get("keys.error.MEMO_MALFORMED");
            case MEMO_NOT_FOR_KEY -> messages.get("keys.error.MEMO_NOT_FOR_KEY");
            case MEMO_CHECK_FAILED -> messages.get("keys.error.MEMO_CHECK_FAILED");
            case MEMO_CONTAINS_PRIVATE_KEY -> messages.get("keys.error.MEMO_CONTAINS_PRIVATE_KEY");
            case MEMO_CONTAINS_PASSWORD -> messages.get("keys.error.MEMO_CONTAINS_PASSWORD");
        };
    }
}
