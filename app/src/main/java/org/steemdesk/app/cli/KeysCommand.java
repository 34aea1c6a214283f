package org.steemdesk.app.cli;

import java.nio.file.Path;
import org.steemdesk.chain.crypto.PrivateKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "keys", description = "Keys and accounts.", subcommands = {KeysCommand.Public.class})
final class KeysCommand {

    @Command(name = "public", description = "Print the STM… public key of a WIF private key.")
    static final class Public implements Runnable {
        private final Terminal terminal;

        @Mixin
        GlobalOptions global;

        @Option(names = "--wif-file", required = true, paramLabel = "F", description = "File holding the WIF key.")
        Path wifFile;

        Public(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public void run() {
            PrivateKey key = SecretInput.readWif(wifFile);
            try {
                terminal.out().println(key.publicKey());
            } finally {
                key.destroy();
            }
        }
    }
}
