package org.steemdesk.cli;

import org.steemdesk.app.keys.StoredKey;
import org.steemdesk.app.keys.Keys;
import org.steemdesk.app.AppContext;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.keystore.login.AccountKeys;
import org.steemdesk.keystore.login.LoginKeys;
import org.steemdesk.keystore.login.RoleMatch;
import org.steemdesk.keystore.login.WifInput;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "keys", subcommands = {KeysCommand.Public.class,
        KeysCommand.Derive.class, KeysCommand.Login.class, KeysCommand.Import.class, KeysCommand.ListKeys.class,
        KeysCommand.Remove.class, KeyRotateCommand.class})
final class KeysCommand {

    /** The roles a login stores: owner only when asked, since it can take over the account. */
    static Set<KeyRole> rolesToStore(boolean withOwner) {
        Set<KeyRole> roles = EnumSet.of(KeyRole.POSTING, KeyRole.ACTIVE, KeyRole.MEMO);
        if (withOwner) {
            roles.add(KeyRole.OWNER);
        }
        return roles;
    }

    @Command(name = "public")
    static final class Public extends ContextCommand implements Runnable {
        @Mixin
        WifFile wif;

        Public(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            terminal.out().println(wif.use(PrivateKey::publicKey));
        }
    }

    @Command(name = "derive")
    static final class Derive extends ContextCommand implements Runnable {
        @Mixin
        MasterPassword master;

        Derive(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            LoginKeys keys = master.keys(terminal, context.messages(global));
            try {
                ObjectNode json = SteemJson.mapper().createObjectNode();
                keys.publicKeys().forEach((role, key) -> json.put(role.wireName(), key.toString()));
                terminal.out().println(json);
            } finally {
                keys.destroy();
            }
        }
    }

    @Command(name = "login")
    static final class Login extends ContextCommand implements Runnable {
        @Mixin
        MasterPassword master;

        @Option(names = "--with-owner")
        boolean withOwner;

        Login(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AccountName name = master.account();
            AppContext app = context.app(global);
            LoginKeys keys = master.keys(terminal, context.messages(global));
            try {
                AccountKeys onChain = app.keys().onChain(name);
                Map<KeyRole, RoleMatch> unlocked = onChain.checkLogin(keys);
                List<KeyRole> stored = rolesToStore(withOwner).stream().filter(unlocked::containsKey).sorted().toList();
                Keys vault = context.vault(global).unlockedOrCreated(global.vaultPasswordFile());
                for (KeyRole role : stored) {
                    vault.put(onChain, role, keys.key(role));
                }
                report(name, stored, unlocked.keySet());
            } finally {
                keys.destroy();
            }
        }

        private void report(AccountName name, List<KeyRole> stored, Set<KeyRole> unlocked) {
            List<String> roles = stored.stream().map(KeyRole::wireName).toList();
            if (global.json()) {
                ObjectNode json = SteemJson.mapper().createObjectNode();
                json.put("account", name.value());
                ArrayNode array = json.putArray("stored");
                roles.forEach(array::add);
                terminal.out().println(json);
                return;
            }
            Messages messages = context.messages(global);
            String roleNames = String.join(", ", roles);
            terminal.out().println(roles.size() == 1 ? messages.get("cli.keys.stored.one", roleNames, name.value())
                    : messages.get("cli.keys.stored.many", roleNames, name.value()));
            Set<KeyRole> missing = EnumSet.complementOf(EnumSet.copyOf(unlocked));
            if (!missing.isEmpty()) {
                terminal.out().println(messages.get("cli.keys.stale",
                        missing.stream().map(KeyRole::wireName).collect(Collectors.joining(", "))));
            }
        }
    }

    @Command(name = "import")
    static final class Import extends ContextCommand implements Runnable {
        @Parameters(paramLabel = "ACCOUNT")
        String account;

        @Option(names = "--role", required = true, paramLabel = "ROLE")
        String role;

        @Mixin
        WifFile wif;

        Import(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AccountName name = AccountName.of(account);
            KeyRole keyRole = KeyRole.parse(role);
            AppContext app = context.app(global);
            char[] text = SecretInput.readFile(wif.file, "key file");
            PrivateKey key;
            try {
                key = WifInput.parse(text);
            } finally {
                Arrays.fill(text, '\0');
            }
            try {
                AccountKeys onChain = app.keys().onChain(name);
                onChain.match(key.publicKey()).requireUnlocks(keyRole);
                StoredKey entry = context.vault(global).unlockedOrCreated(global.vaultPasswordFile())
                        .put(onChain, keyRole, key);
                terminal.out().println(global.json() ? entryJson(entry) : context.messages(global)
                        .get("cli.keys.import.stored", keyRole.wireName(), name.value(), entry.publicKey().toString()));
            } finally {
                key.destroy();
            }
        }
    }

    @Command(name = "list")
    static final class ListKeys extends ContextCommand implements Runnable {
        ListKeys(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            Keys keys = context.app(global).keys();
            if (!keys.exists()) {
                if (global.json()) {
                    terminal.out().println("[]");
                } else {
                    terminal.out().println(context.messages(global).get("cli.keys.empty"));
                }
                return;
            }
            List<StoredKey> entries = keys.list();
            if (global.json()) {
                ArrayNode array = SteemJson.mapper().createArrayNode();
                entries.forEach(e -> array.add(entryJson(e)));
                terminal.out().println(array);
                return;
            }
            for (StoredKey e : entries) {
                terminal.out().printf("%-16s %-8s %s%n", e.account(), e.role().wireName(), e.publicKey());
            }
        }
    }

    @Command(name = "remove")
    static final class Remove extends ContextCommand implements Runnable {
        @Parameters(paramLabel = "ACCOUNT")
        String account;

        @Option(names = "--role", paramLabel = "ROLE")
        String role;

        Remove(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            AccountName name = AccountName.of(account);
            Optional<KeyRole> keyRole = Optional.ofNullable(role).map(KeyRole::parse);
            int removed = context.vault(global).unlocked(global.vaultPasswordFile())
                    .remove(name, keyRole);
            if (removed == 0) {
                throw keyRole.map(r -> new CliError("cli.keys.remove.none.role", r.wireName(), name.value()))
                        .orElseGet(() -> new CliError("cli.keys.remove.none", name.value()));
            }
            terminal.out().println(global.json() ? "{\"account\":\"" + name + "\",\"removed\":" + removed + "}"
                    : removed == 1 ? context.messages(global).get("cli.keys.removed.one", "1", name.value())
                    : context.messages(global).get("cli.keys.removed.many", String.valueOf(removed), name.value()));
        }
    }

    static ObjectNode entryJson(StoredKey entry) {
        ObjectNode json = SteemJson.mapper().createObjectNode();
        json.put("account", entry.account().value());
        json.put("role", entry.role().wireName());
        json.put("public_key", entry.publicKey().toString());
        json.put("added_at", entry.addedAt().toString());
        return json;
    }
}
