package fi.huoltopolku.infra;

import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * The security headers on the answers Tomcat gives before any valve or filter sees the request
 * ({@code OPTIONS *}): set on every response as it starts; the filter and the error pages set them
 * again (no duplicates) after anything that reset the response.
 */
final class SecureAdapter implements Adapter {

    private final Adapter delegate;

    SecureAdapter(Adapter delegate) {
        this.delegate = delegate;
    }

    @Override
    public void service(Request req, Response res) throws Exception {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        res.setHeader("Referrer-Policy", "same-origin");
        delegate.service(req, res);
    }

    @Override
    public boolean prepare(Request req, Response res) throws Exception {
        return delegate.prepare(req, res);
    }

    @Override
    public boolean asyncDispatch(Request req, Response res, SocketEvent status) throws Exception {
        return delegate.asyncDispatch(req, res, status);
    }

    @Override
    public void log(Request req, Response res, long time) {
        delegate.log(req, res, time);
    }

    @Override
    public void checkRecycled(Request req, Response res) {
        delegate.checkRecycled(req, res);
    }

    @Override
    public String getDomain() {
        return delegate.getDomain();
    }
}
