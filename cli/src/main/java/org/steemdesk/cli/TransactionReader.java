package org.steemdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;
import org.steemdesk.i18n.Messages;

/**
 * Reads transactions in condenser JSON from a file or stdin: one object, several, or JSON Lines. A signed
 * transaction is accepted too; its signatures are kept so that signing adds to them. An input with none is an error:
 * a command that was given nothing to sign or inspect did not do its job.
 */
final class TransactionReader {
    private final ObjectMapper mapper = SteemJson.mapper();
    private final Messages messages;

    TransactionReader(Messages messages) {
        this.messages = messages;
    }

    /** @throws IllegalArgumentException unreadable, not transactions, or none at all */
    List<SignedTransaction> read(String source, InputStream stdin) {
        List<SignedTransaction> transactions = readAll(source, stdin);
        if (transactions.isEmpty()) {
            throw new IllegalArgumentException(messages.get("cli.tx.none", name(source)));
        }
        return transactions;
    }

    private List<SignedTransaction> readAll(String source, InputStream stdin) {
        String text;
        try (InputStream in = "-".equals(source) ? stdin : open(Path.of(source))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(name(source) + ": " + e.getMessage());
        }
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.stream().allMatch(TransactionReader::isOneObject)) {
            // JSON Lines, the batch form: each line stands alone, so both cores can parse.
            return IntStream.range(0, lines.size()).parallel()
                    .mapToObj(i -> parse(source, lines.get(i), i + 1)).toList();
        }
        try {
            List<SignedTransaction> transactions = new ArrayList<>();
            MappingIterator<JsonNode> values = mapper.readerFor(JsonNode.class).readValues(text);
            while (values.hasNextValue()) {
                int number = transactions.size() + 1;
                transactions.add(parse(values.nextValue(), number));
            }
            return transactions;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name(source) + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(name(source) + ": " + e.getMessage());
        }
    }

    private static boolean isOneObject(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("{") && trimmed.endsWith("}");
    }

    private SignedTransaction parse(String source, String line, int number) {
        try {
            return parse(mapper.readTree(line), number);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name(source) + ": transaction " + number + " is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    private SignedTransaction parse(JsonNode node, int number) {
        try {
            if (node.has("signatures")) {
                return mapper.treeToValue(node, SignedTransaction.class);
            }
            return new SignedTransaction(mapper.treeToValue(node, Transaction.class), List.of());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("transaction " + number + " is not a valid transaction: " + reason);
        }
    }

    private static InputStream open(Path file) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        }
    }

    private static String name(String source) {
        return "-".equals(source) ? "standard input" : source;
    }
}
