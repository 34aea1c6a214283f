package org.steemdesk.cli;

import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.steemdesk.app.account.OnChainAccounts;
import org.steemdesk.app.storage.DataDirectory;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.HttpNode;
import org.steemdesk.chain.rpc.NodePool;
import org.steemdesk.keystore.vault.Vault;
import org.steemdesk.keystore.vault.VaultEntry;
import org.steemdesk.keystore.vault.VaultSettings;

/** What the commands of one CLI run share, built from the global options when first needed. */
final class CliServices {
    static final String VAULT_FILE = "vault.db";

    /**
     * More, shorter rounds than the library default: a flaky node (a third of requests failing) still answers every
     * read, while a node that is down is declared offline within about 3 seconds (backoff 0.1 s doubling to 1.6 s).
     */
    static final NodePool.Settings RETRIES = new NodePool.Settings(NodePool.Settings.DEFAULTS.maxHeadBlockAge(),
            NodePool.Settings.DEFAULTS.headCheckInterval(), 7, Duration.ofMillis(100), Duration.ofMillis(1600));

    private final GlobalOptions global;
    private NodePool pool;

    CliServices(GlobalOptions global) {
        this.global = global;
    }

    NodePool nodes() {
        if (pool == null) {
            List<URI> urls = global.nodes().isEmpty() ? NodePool.DEFAULT_NODES
                    : global.nodes().stream().map(CliServices::nodeUrl).toList();
            pool = new NodePool(urls, HttpNode.defaultClient(), SteemJson.mapper(), Clock.systemUTC(),
                    duration -> Thread.sleep(duration.toMillis()), RandomGenerator.getDefault(), RETRIES);
        }
        return pool;
    }

    CondenserApi api() {
        return new CondenserApi(nodes(), SteemJson.mapper());
    }

    OnChainAccounts accounts() {
        return new OnChainAccounts(api());
    }

    DataDirectory dataDirectory() {
        return DataDirectory.resolve(Optional.ofNullable(global.dataDir())).create();
    }

    boolean vaultExists() {
        return Files.exists(dataDirectory().path().resolve(VAULT_FILE));
    }

    /** The vault, locked; fails with a clear message when there is none yet. */
    Vault openVault() {
        return Vault.open(dataDirectory().path().resolve(VAULT_FILE), VaultSettings.defaults());
    }

    Vault createVault(char[] password) {
        return Vault.create(dataDirectory().path().resolve(VAULT_FILE), password, VaultSettings.defaults());
    }

    /**
     * The account a command acts for: --account, else the only account in the vault; with several, the error lists
     * them.
     */
    AccountName actingAccount() {
        if (global.account() != null) {
            return AccountName.of(global.account());
        }
        List<AccountName> accounts = List.of();
        if (vaultExists()) {
            try (Vault vault = openVault()) {
                accounts = vault.list().stream().map(VaultEntry::account).distinct().sorted().toList();
            }
        }
        if (accounts.size() == 1) {
            return accounts.get(0);
        }
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("no account in the vault: add one with `steemdesk keys login ACCOUNT`,"
                    + " or name one with --account");
        }
        throw new IllegalArgumentException("the vault holds several accounts (" + accounts.stream()
                .map(AccountName::value).collect(Collectors.joining(", ")) + "): choose one with --account");
    }

    private static URI nodeUrl(String text) {
        try {
            URI url = URI.create(text);
            if (url.getScheme() == null || url.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--node needs a URL such as https://api.steemit.com, got " + text);
        }
    }
}
