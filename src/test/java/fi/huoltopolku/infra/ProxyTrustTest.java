package fi.huoltopolku.infra;

import fi.huoltopolku.security.SecurityLog;
import fi.huoltopolku.support.Staff;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behind a proxy, X-Forwarded-For is believed only from the configured proxy addresses. */
@MicronautTest(transactional = false)
@Property(name = "huoltopolku.security.behind-proxy", value = "true")
@Property(name = "huoltopolku.security.proxy-addresses", value = "10.9.9.9")
class ProxyTrustTest {

    @Inject EmbeddedServer server;
    @Inject SecurityLog log;

    @Test
    void only_the_configured_proxy_may_name_the_client() {
        Pattern proxies = Pattern.compile(TomcatSecurity.internalProxies("10.0.0.5, ::1"));
        assertThat(proxies.matcher("10.0.0.5").matches()).isTrue();
        assertThat(proxies.matcher("::1").matches()).isTrue();
        assertThat(proxies.matcher("10.0.0.6").matches()).isFalse();
        assertThat(proxies.matcher("192.168.1.20").matches()).isFalse();
        assertThatThrownBy(() -> TomcatSecurity.internalProxies("10.0.0.*")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_client_on_the_network_cannot_claim_another_address_with_the_header() throws Exception {
        String name = "spoof" + Staff.next();
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=wrong+password")).build(),
                HttpResponse.BodyHandlers.ofString());
        // The loopback test client is not the configured proxy: its own address is recorded.
        assertThat(log.recent()).filteredOn(e -> name.equals(e.username())).singleElement()
                .satisfies(e -> assertThat(e.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1"));
    }
}
