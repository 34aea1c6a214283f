package org.steemdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.steemdesk.chain.crypto.PublicKey;
import org.steemdesk.keystore.memo.MemoCipher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "memo",
        subcommands = {MemoCommand.Encrypt.class, MemoCommand.Decrypt.class})
final class MemoCommand {

    /** The argument, or all of stdin for "-", without its final line break. */
    static String textOf(String argument, Terminal terminal) {
        if (!"-".equals(argument)) {
            return argument;
        }
        try {
            String text = new String(terminal.in().readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    @Command(name = "encrypt")
    static final class Encrypt extends ContextCommand implements Runnable {
        @Mixin
        WifFile wif;

        @Option(names = "--to", required = true, paramLabel = "STM…")
        String to;

        @Parameters(arity = "0..1", paramLabel = "TEXT|-", defaultValue = "-")
        String text;

        Encrypt(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            PublicKey recipient = PublicKey.fromString(to);
            String plain = textOf(text, terminal);
            terminal.out().println(wif.<String>use(
                    key -> new MemoCipher(new SecureRandom()).encrypt(key, recipient, plain)));
        }
    }

    @Command(name = "decrypt")
    static final class Decrypt extends ContextCommand implements Runnable {
        @Mixin
        WifFile wif;

        @Parameters(arity = "0..1", paramLabel = "MEMO|-", defaultValue = "-")
        String memo;

        Decrypt(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            String encrypted = textOf(memo, terminal).strip();
            terminal.out().println(wif.<String>use(
                    key -> new MemoCipher(new SecureRandom()).decrypt(key, encrypted).withHash()));
        }
    }
}
