package org.steemdesk.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.steemdesk.chain.crypto.PrivateKey;
import picocli.CommandLine.Option;

/**
 * A private key given as a file holding its WIF ({@code --wif-file F}), mixed into the commands that take one: a key
 * is never an argument, where other users of the computer could read it.
 */
final class WifFile {
    @Option(names = "--wif-file", required = true, paramLabel = "F")
    Path file;

    /** Reads the key, lets {@code use} have it, and wipes it whatever happens. */
    <T> T use(Function<PrivateKey, T> use) {
        return SecretInput.withWif(file, use);
    }
}
