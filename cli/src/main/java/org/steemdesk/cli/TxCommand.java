package org.steemdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.crypto.Signature;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.protocol.ChainId;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tx",
        subcommands = {TxCommand.Inspect.class, TxCommand.Sign.class})
final class TxCommand {

    @Command(name = "inspect")
    static final class Inspect extends ContextCommand implements Runnable {
        @Parameters(arity = "0..1", paramLabel = "FILE|-", defaultValue = "-")
        String source;

        Inspect(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            ObjectMapper mapper = SteemJson.mapper();
            HexFormat hex = HexFormat.of();
            PrintStream out = terminal.out();
            for (SignedTransaction signed : new TransactionReader(context.messages(global)).read(source, terminal.in())) {
                Transaction tx = signed.transaction();
                ObjectNode line = mapper.createObjectNode();
                line.put("tx_id", tx.id());
                line.put("serialized_hex", hex.formatHex(tx.toBytes()));
                line.put("digest_hex", hex.formatHex(tx.digest(global.chainId())));
                out.println(line);
            }
        }
    }

    @Command(name = "sign")
    static final class Sign extends ContextCommand implements Runnable {
        /** Transactions signed between two prints: enough to keep both cores busy, few enough to die young. */
        private static final int CHUNK = 1024;
        @Option(names = "--wif-file", required = true, paramLabel = "F")
        Path wifFile;

        @Parameters(arity = "0..1", paramLabel = "FILE|-", defaultValue = "-")
        String source;

        Sign(CommandContext context) {
            super(context);
        }

        @Override
        public void run() {
            List<SignedTransaction> input = new TransactionReader(context.messages(global)).read(source, terminal.in());
            PrivateKey key = SecretInput.readWif(wifFile);
            try {
                ChainId chainId = global.chainId();
                PrintStream out = terminal.out();
                // Signing dominates a large batch; both cores share each chunk, and the output keeps the input order.
                // Printed chunk by chunk rather than all at the end: the lines of 20,000 signed transactions held
                // until then made each young collection copy them (three pauses of 30-300 ms, every thread stopped).
                for (int from = 0; from < input.size(); from += CHUNK) {
                    input.subList(from, Math.min(input.size(), from + CHUNK)).parallelStream()
                            .map(tx -> toJson(sign(tx, key, chainId))).toList().forEach(out::println);
                }
            } finally {
                key.destroy();
            }
        }

        private static SignedTransaction sign(SignedTransaction tx, PrivateKey key, ChainId chainId) {
            List<Signature> signatures = new ArrayList<>(tx.signatures());
            signatures.addAll(tx.transaction().sign(chainId, List.of(key)).signatures());
            return new SignedTransaction(tx.transaction(), signatures);
        }

        private static String toJson(SignedTransaction tx) {
            try {
                return SteemJson.mapper().writeValueAsString(tx);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write transaction JSON", e);
            }
        }
    }
}
