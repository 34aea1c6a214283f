package org.steemdesk.keystore.memo;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.KeystoreException.Reason;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.LoginKeys;

/**
 * Stops the phishing pattern "send your key in the memo": before a transfer, refuses a memo (plain or about to be
 * encrypted; memos on chain are public forever) that holds a private key, a master password, or any word that
 * derives to one of the sending account's keys.
 */
public final class MemoGuard {
    private static final Pattern WIF_SHAPE = Pattern.compile("P?5[1-9A-HJ-NP-Za-km-z]{50}");

    private final AccountKeys account;
    private final Set<PublicKey> accountKeys = new HashSet<>();

    public MemoGuard(AccountKeys account) {
        this.account = account;
        for (KeyRole role : KeyRole.values()) {
            account.authority(role).ifPresent(authority -> accountKeys.addAll(authority.keyAuths().keySet()));
        }
        accountKeys.add(account.memo());
    }

    /**
     * @throws KeystoreException MEMO_CONTAINS_PRIVATE_KEY or MEMO_CONTAINS_PASSWORD, with the reason in the message
     */
    public void check(String memo) {
        Matcher wif = WIF_SHAPE.matcher(memo);
        while (wif.find()) {
            boolean password = memo.charAt(wif.start()) == 'P';
            CharSequence candidate = memo.subSequence(wif.start() + (password ? 1 : 0), wif.end());
            if (PrivateKey.looksLikeWif(candidate)) {
                throw password
                        ? new KeystoreException(Reason.MEMO_CONTAINS_PASSWORD,
                                "the memo contains a Steemit master password (P5…); memos are public, never send it")
                        : new KeystoreException(Reason.MEMO_CONTAINS_PRIVATE_KEY,
                                "the memo contains a private key (WIF); memos are public, never send a key");
            }
        }
        for (String word : words(memo)) {
            if (derivesToAccountKey(word)) {
                throw new KeystoreException(Reason.MEMO_CONTAINS_PASSWORD, account.account(), null,
                        "a word in the memo is the password of " + account.account()
                                + " (it derives to one of its keys); memos are public, never send it", null);
            }
        }
    }

    /** As {@link #check(String)}, and also refuses the given master password anywhere in the memo. */
    public void check(String memo, char[] masterPassword) {
        if (masterPassword.length > 0 && contains(memo, masterPassword)) {
            throw new KeystoreException(Reason.MEMO_CONTAINS_PASSWORD, account.account(), null,
                    "the memo contains the master password of " + account.account() + "; memos are public", null);
        }
        check(memo);
    }

    private boolean derivesToAccountKey(String word) {
        char[] chars = word.toCharArray();
        try {
            for (KeyRole role : KeyRole.values()) {
                PrivateKey key = LoginKeys.derive(account.account(), role, chars);
                try {
                    if (accountKeys.contains(key.publicKey())) {
                        return true;
                    }
                } finally {
                    key.destroy();
                }
            }
            return false;
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static Set<String> words(String memo) {
        String body = memo.startsWith("#") ? memo.substring(1) : memo;
        Set<String> words = new LinkedHashSet<>();
        for (String word : body.split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean contains(String memo, char[] secret) {
        CharBuffer needle = CharBuffer.wrap(secret);
        for (int i = 0; i + secret.length <= memo.length(); i++) {
            if (CharBuffer.wrap(memo, i, i + secret.length).equals(needle)) {
                return true;
            }
        }
        return false;
    }
}
