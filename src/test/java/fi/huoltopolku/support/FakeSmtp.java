package fi.huoltopolku.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Just enough SMTP on loopback to take mails one at a time and keep what arrived. */
public final class FakeSmtp implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> received = new CopyOnWriteArrayList<>();

    private FakeSmtp(ServerSocket socket) {
        this.socket = socket;
    }

    public static FakeSmtp start() {
        try {
            FakeSmtp smtp = new FakeSmtp(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread server = new Thread(smtp::serve, "fake-smtp");
            server.setDaemon(true);
            server.start();
            return smtp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Every mail so far, as its SMTP DATA (headers and body). */
    public List<String> received() {
        return received;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8), true)) {
                out.print("220 localhost\r\n");
                out.flush();
                StringBuilder data = null;
                String line;
                while ((line = in.readLine()) != null) {
                    if (data != null) {
                        if (line.equals(".")) {
                            received.add(data.toString());
                            data = null;
                            out.print("250 OK\r\n");
                        } else {
                            data.append(line).append('\n');
                        }
                    } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
                        out.print("250 localhost\r\n");
                    } else if (line.startsWith("DATA")) {
                        data = new StringBuilder();
                        out.print("354 go ahead\r\n");
                    } else if (line.startsWith("QUIT")) {
                        out.print("221 bye\r\n");
                        out.flush();
                        break;
                    } else {
                        out.print("250 OK\r\n");
                    }
                    out.flush();
                }
            } catch (IOException closed) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
