package org.steemdesk.testnode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON-RPC node on loopback that misbehaves in one chosen way, on a raw socket so that it can do what no proper
 * HTTP server would: drip bytes, never finish its headers, send 50 MB, speak no HTTP at all. Honest answers come from
 * an {@code upstream} (request body in, response body out): a {@link TestNode}'s answers in tests
 * ({@link TestNode#hostile}), the fake node in {@code bench/hostile-nodes}.
 *
 * <p>Only the JDK is used, so the file also runs on its own: {@code java HostileNode.java MODE PORT UPSTREAM_URL}
 * (PORT 0 picks a free port, printed on stderr).
 */
public final class HostileNode implements AutoCloseable {
    /** How the node misbehaves, on every request. */
    public enum Mode {
        /** Answers as the upstream does (a well-behaved node, for comparison). */
        HONEST,
        /** Random bytes that are not HTTP, then the connection closes. */
        GARBAGE,
        /** The honest answer at one byte per {@link #dripInterval} after proper headers. */
        DRIP,
        /** A 50 MB JSON answer (chunked, so no length announces it) as fast as the socket takes it. */
        HUGE,
        /** The honest answer, but its head block time is 2099-01-01T00:00:00. */
        FUTURE_TIME,
        /** The honest answer, but its head block time is 2001-01-01T00:00:00. */
        PAST_TIME,
        /** The first half of the honest answer, with a Content-Length that matches it. */
        TRUNCATED,
        /** A status line, then header bytes one per {@link #dripInterval}, never ending. */
        SLOW_HEADERS,
        /** Reads the request and sends nothing, keeping the connection open. */
        SILENT;

        static Mode parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    static final long HUGE_BYTES = 50L * 1024 * 1024;
    private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TIME = Pattern.compile("\"time\"\\s*:\\s*\"[^\"]*\"");

    private final Mode mode;
    private final UnaryOperator<String> upstream;
    private final Duration dripInterval;
    private final ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean closed;

    public HostileNode(Mode mode, UnaryOperator<String> upstream) throws IOException {
        this(mode, upstream, 0, Duration.ofSeconds(1));
    }

    public HostileNode(Mode mode, UnaryOperator<String> upstream, int port, Duration dripInterval) throws IOException {
        this.mode = mode;
        this.upstream = upstream;
        this.dripInterval = dripInterval;
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "hostile-node-" + mode);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** How many requests came in (a request is counted once its body is read). */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a test server: nothing to recover
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> serve(socket), "hostile-node-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; OutputStream out = socket.getOutputStream()) {
            String body = readRequest(socket.getInputStream());
            requests.incrementAndGet();
            switch (mode) {
                case HONEST -> respond(out, upstream.apply(body));
                case GARBAGE -> garbage(out);
                case DRIP -> drip(out, upstream.apply(body));
                case HUGE -> huge(out);
                case FUTURE_TIME -> respond(out, withHeadTime(body, "2099-01-01T00:00:00"));
                case PAST_TIME -> respond(out, withHeadTime(body, "2001-01-01T00:00:00"));
                case TRUNCATED -> {
                    String answer = upstream.apply(body);
                    respond(out, answer.substring(0, answer.length() / 2));
                }
                case SLOW_HEADERS -> slowHeaders(out);
                case SILENT -> silent(socket);
            }
        } catch (IOException | InterruptedException e) {
            // The client gave up (that is the point) or the test ended.
        }
    }

    private String withHeadTime(String request, String time) {
        String answer = upstream.apply(request);
        Matcher method = METHOD.matcher(request);
        if (method.find() && method.group(1).endsWith("get_dynamic_global_properties")) {
            return TIME.matcher(answer).replaceFirst("\"time\":\"" + time + "\"");
        }
        return answer;
    }

    private static void respond(OutputStream out, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(headers("Content-Length: " + bytes.length));
        out.write(bytes);
        out.flush();
    }

    private static byte[] headers(String lengthHeader) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n" + lengthHeader
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void garbage(OutputStream out) throws IOException {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        out.write(noise);
        out.flush();
    }

    private void drip(OutputStream out, String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(headers("Content-Length: " + bytes.length));
        out.flush();
        for (byte b : bytes) {
            Thread.sleep(dripInterval.toMillis());
            out.write(b);
            out.flush();
        }
    }

    private static void huge(OutputStream out) throws IOException {
        out.write(headers("Transfer-Encoding: chunked"));
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        byte[] start = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, chunk, 0, start.length);
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        for (long sent = 0; sent < HUGE_BYTES; sent += chunk.length) {
            out.write(size);
            out.write(chunk);
            out.write(crlf);
            Arrays.fill(chunk, 0, start.length, (byte) 'a');
        }
        out.write("3\r\n\"}\n\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private void slowHeaders(OutputStream out) throws IOException, InterruptedException {
        out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] header = "X-Padding: ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; !closed; i = (i + 1) % header.length) {
            Thread.sleep(dripInterval.toMillis());
            out.write(header[i]);
            out.flush();
        }
    }

    private void silent(Socket socket) throws IOException {
        // Wait until the client hangs up: read() returns -1 or fails then.
        while (!closed && socket.getInputStream().read() != -1) {
            continue;
        }
    }

    /** Reads one HTTP request and returns its body (Content-Length framing, as OkHttp sends a JSON body). */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("request ended in its headers");
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** An upstream that forwards each request to a real (or fake) node. */
    static UnaryOperator<String> forwardingTo(URI node) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return body -> {
            try {
                return client.send(HttpRequest.newBuilder(node).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    /** {@code MODE PORT UPSTREAM_URL}: runs until killed. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: HostileNode MODE PORT UPSTREAM_URL   (modes: "
                    + Arrays.toString(Mode.values()).toLowerCase(Locale.ROOT).replace('_', '-') + ")");
            System.exit(2);
        }
        HostileNode node = new HostileNode(Mode.parse(args[0]), forwardingTo(URI.create(args[2])),
                Integer.parseInt(args[1]), Duration.ofSeconds(1));
        System.err.println("hostile node " + args[0] + " listening on " + node.url());
        Thread.currentThread().join();
    }
}
