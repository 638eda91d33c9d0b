package fi.huoltopolku.security;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in and sign-out posts count as our own only from the configured addresses, never from whatever Host says. */
class SameSiteTest {

    private final SignInFilter filter = new SignInFilter(null, Duration.ofHours(8), Duration.ofHours(1),
            List.of("https://huolto.example.fi", "http://huolto.lan:8080/"));

    private static HttpServletRequest post(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(SameSiteTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> method.getName().equals("getHeader")
                        ? headers.get((String) args[0]) : null);
    }

    @Test
    void the_public_address_and_the_configured_ones_are_our_own_pages() {
        assertThat(filter.sameSite(post(Map.of("Origin", "https://huolto.example.fi")))).isTrue();
        assertThat(filter.sameSite(post(Map.of("Origin", "https://HUOLTO.example.fi:443")))).isTrue();
        assertThat(filter.sameSite(post(Map.of("Referer", "http://huolto.lan:8080/login?tablet")))).isTrue();
        assertThat(filter.sameSite(post(Map.of("Origin", "http://localhost:51234", "Host", "localhost:51234"))))
                .as("this machine: the tests, the demo").isTrue();
    }

    @Test
    void another_site_is_refused_even_naming_itself_as_host_or_claiming_same_origin() {
        assertThat(filter.sameSite(post(Map.of("Origin", "http://evil.example", "Host", "evil.example")))).isFalse();
        assertThat(filter.sameSite(post(Map.of("Origin", "http://huolto.example.fi")))).as("other scheme").isFalse();
        assertThat(filter.sameSite(post(Map.of("Origin", "https://huolto.example.fi.evil.example")))).isFalse();
        assertThat(filter.sameSite(post(Map.of("Origin", "http://127.0.0.1.evil.example")))).isFalse();
        assertThat(filter.sameSite(post(Map.of("Origin", "null")))).isFalse();
        assertThat(filter.sameSite(post(Map.of("Referer", "http://evil.example/", "Sec-Fetch-Site", "same-origin"))))
                .isFalse();
        assertThat(filter.sameSite(post(Map.of("Sec-Fetch-Site", "cross-site")))).isFalse();
    }
}
