package org.steemdesk.app.wallet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The account lists a transfer is checked against, kept as data with where each was read (the files'
 * headers): exchange deposit accounts that need a memo, and names known from phishing.
 */
public record RecipientLists(Set<String> exchanges, Set<String> phishing) {
    static final String EXCHANGES = "exchange-accounts.txt";
    static final String PHISHING = "phishing-accounts.txt";

    public RecipientLists {
        exchanges = Set.copyOf(exchanges);
        phishing = Set.copyOf(phishing);
    }

    /** The lists shipped with Steemdesk. */
    public static RecipientLists bundled() {
        return new RecipientLists(read(EXCHANGES), read(PHISHING));
    }

    public boolean isExchange(String account) {
        return exchanges.contains(account);
    }

    public boolean isPhishing(String account) {
        return phishing.contains(account);
    }

    private static Set<String> read(String name) {
        try (InputStream in = Objects.requireNonNull(RecipientLists.class.getResourceAsStream(name), name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> names = new LinkedHashSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    names.add(entry);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled list " + name, e);
        }
    }
}
