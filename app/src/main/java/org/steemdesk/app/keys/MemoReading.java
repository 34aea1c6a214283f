package org.steemdesk.app.keys;

/**
 * What a door can show of a transfer's memo: its text (plain, or decrypted with the account's memo key), or why an
 * encrypted one cannot be read now. A decrypted text lives only in memory; nothing here is written anywhere.
 */
public sealed interface MemoReading {
    /** A memo sent in the clear (possibly empty). */
    record Plain(String text) implements MemoReading {
    }

    /** An encrypted memo, read with the account's memo key from the unlocked vault. */
    record Decrypted(String text) implements MemoReading {
        @Override
        public String toString() {
            return "Decrypted[…]";
        }
    }

    /** An encrypted memo while the vault is locked (or absent): unlock to read it. */
    record Locked() implements MemoReading {
    }

    /** An encrypted memo, but the vault holds no memo key for the account. */
    record NoMemoKey() implements MemoReading {
    }

    /** An encrypted memo that did not decrypt: not for this key, damaged or malformed. */
    record Unreadable(Why why) implements MemoReading {
    }

    /** Why an encrypted memo did not decrypt. */
    enum Why { NOT_FOR_THIS_KEY, DAMAGED }
}
