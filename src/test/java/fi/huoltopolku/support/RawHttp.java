package fi.huoltopolku.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests as a hostile client writes them, byte for byte, to loopback: any method, Host, Origin or
 * Content-Type, a malformed request line, a chunked body of any length. One connection a request.
 */
public final class RawHttp {

    /** The headers every answer must carry. */
    public static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options: nosniff",
            "X-Frame-Options: DENY", "Content-Security-Policy: frame-ancestors 'none'", "Referrer-Policy: same-origin");

    private RawHttp() {
    }

    /** The answer: its status, its header block as sent, its body. */
    public record Answer(int status, String headers, String body) {

        /** A header's value, or null. */
        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        /** The security headers this answer lacks. */
        public List<String> missingSecurityHeaders() {
            String lower = headers.toLowerCase(Locale.ROOT);
            return SECURITY_HEADERS.stream().filter(h -> !lower.contains(h.toLowerCase(Locale.ROOT))).toList();
        }
    }

    /** Sends the head (request line and headers, no blank line) and a body with its Content-Length. */
    public static Answer send(int port, String head, byte[] body) throws IOException {
        String full = head + (body.length > 0 ? "\r\nContent-Length: " + body.length : "") + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(full.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** A plain request without a body. */
    public static Answer send(int port, String head) throws IOException {
        return send(port, head, new byte[0]);
    }

    /**
     * Sends the head with {@code Transfer-Encoding: chunked} and then {@code total} bytes of the body
     * chunk by chunk, while the answer is read; {@code sent} says how much went before the server
     * stopped taking it.
     */
    public static Answer chunked(int port, String head, byte[] start, long total, AtomicLong sent) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    byte[] filler = new byte[8192];
                    Arrays.fill(filler, (byte) 'a');
                    long left = total;
                    boolean first = true;
                    while (left > 0) {
                        byte[] chunk = first ? start : filler;
                        int n = (int) Math.min(chunk.length, left);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk, 0, n);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        sent.addAndGet(n);
                        left -= n;
                        first = false;
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    // The server stopped taking the body: as it should, past the cap.
                }
            });
            writer.start();
            Answer answer = read(socket.getInputStream());
            writer.join(30_000);
            return answer;
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            in.transferTo(received);
        } catch (SocketException e) {
            // A reset after the answer was sent: what arrived is the answer.
        }
        String all = received.toString(StandardCharsets.UTF_8);
        int split = all.indexOf("\r\n\r\n");
        String headers = split < 0 ? all : all.substring(0, split);
        String body = split < 0 ? "" : all.substring(split + 4);
        int status = headers.startsWith("HTTP/1.1 ") && headers.length() >= 12
                ? Integer.parseInt(headers.substring(9, 12)) : 599;
        return new Answer(status, headers, body);
    }
}
