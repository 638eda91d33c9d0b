package fi.huoltopolku.infra;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A body sent without its length (chunked) to a small form (the customer's survey and approval,
 * sign-in and out), read here up to the form's cap while the bytes stream in: over the cap it is
 * refused at once (the caller answers 413), not read to its end. Under the cap the request goes on
 * with the body read: its stream, its reader and, for a posted form, its fields.
 */
final class CappedBody extends HttpServletRequestWrapper {

    private final byte[] body;
    private @Nullable Map<String, String[]> parameters;

    private CappedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body read, or null when the body is longer than {@code limit} bytes. */
    static @Nullable HttpServletRequest read(HttpServletRequest request, long limit) throws IOException {
        byte[] read = readUpTo(request.getInputStream(), limit);
        return read == null ? null : new CappedBody(request, read);
    }

    /** At most {@code limit} bytes of the stream; null as soon as there are more. */
    static byte @Nullable [] readUpTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (out.size() + (long) n > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                try {
                    if (!isFinished()) {
                        listener.onDataAvailable();
                    }
                    listener.onAllDataRead();
                } catch (IOException e) {
                    listener.onError(e);
                }
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    private Charset charset() {
        String name = getCharacterEncoding();
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    @Override
    public @Nullable String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        return getParameterMap().get(name);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    /** The address's fields (the container reads them) and, for a posted form, the body's. */
    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>())
                    .addAll(List.of(values)));
            String type = getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int equals = pair.indexOf('=');
                    try {
                        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset());
                        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset());
                        all.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                    } catch (IllegalArgumentException e) {
                        // A broken escape: the field is left out, as the container does.
                    }
                }
            }
            Map<String, String[]> done = new LinkedHashMap<>();
            all.forEach((name, values) -> done.put(name, values.toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(done);
        }
        return parameters;
    }
}
