package org.steemdesk.app.wallet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.security.auth.Destroyable;
import org.steemdesk.keystore.login.LoginKeys;

/**
 * A password change before it is signed: the new master password, its four keys, the plan that installs them, and
 * whether the user has shown that the password is backed up (by typing back the characters at three positions the
 * draft picks). It holds secrets: {@link #destroy()} wipes them, whatever is done with the draft.
 */
public final class RotationDraft implements Destroyable {
    /** How many characters of the new password are typed back to confirm its backup. */
    public static final int CHALLENGE_SIZE = 3;

    private final char[] password;
    private final LoginKeys keys;
    private final WalletPlan plan;
    private final List<Integer> challenge;
    private boolean backupConfirmed;

    RotationDraft(char[] password, LoginKeys keys, WalletPlan plan, RandomGenerator random) {
        this.password = Objects.requireNonNull(password, "password");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.challenge = random.ints(0, password.length).distinct().limit(CHALLENGE_SIZE).sorted().boxed()
                .map(i -> i + 1).toList();
    }

    /** Exactly what will be signed (an {@code account_update} with the new keys), for the preview. */
    public WalletPlan plan() {
        return plan;
    }

    /** A copy of the new master password, to show the user once; the caller wipes it. */
    public char[] newPassword() {
        return password.clone();
    }

    /** The 1-based positions of the characters the user types back, in increasing order. */
    public List<Integer> challenge() {
        return challenge;
    }

    /**
     * Checks the characters typed at {@link #challenge()}'s positions, in that order, without spaces; the typed
     * text is wiped. Returns whether they match, and remembers it.
     */
    public boolean confirmBackup(char[] typed) {
        try {
            boolean match = typed.length == challenge.size();
            for (int i = 0; match && i < challenge.size(); i++) {
                match = typed[i] == password[challenge.get(i) - 1];
            }
            backupConfirmed = match;
            return match;
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    public boolean backupConfirmed() {
        return backupConfirmed;
    }

    LoginKeys keys() {
        return keys;
    }

    @Override
    public void destroy() {
        Arrays.fill(password, '\0');
        keys.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return keys.isDestroyed();
    }

    @Override
    public String toString() {
        return "RotationDraft[" + plan.account() + ", redacted]";
    }
}
