package org.steemdesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steemdesk.chain.json.SteemJson;
import org.steemdesk.chain.transaction.SignedTransaction;
import org.steemdesk.chain.transaction.Transaction;

/**
 * Reads transactions in condenser JSON from a file or stdin: one object, several, or JSON Lines. A signed
 * transaction is accepted too; its signatures are kept so that signing adds to them.
 */
final class TransactionReader {
    private final ObjectMapper mapper = SteemJson.mapper();

    List<SignedTransaction> read(String source, InputStream stdin) {
        try (InputStream in = "-".equals(source) ? stdin : open(Path.of(source))) {
            List<SignedTransaction> transactions = new ArrayList<>();
            MappingIterator<JsonNode> values = mapper.readerFor(JsonNode.class).readValues(in);
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
