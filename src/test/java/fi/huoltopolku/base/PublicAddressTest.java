package fi.huoltopolku.base;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import static org.assertj.core.api.Assertions.assertThat;

/** Links and QR codes that would point at this machine are called out at start, outside demo mode. */
class PublicAddressTest {

    @ParameterizedTest(name = "{0} → unreachable: {1}")
    @CsvSource({
            "http://localhost:8080, true",
            "http://LOCALHOST:8080/, true",
            "http://127.0.0.1:8080, true",
            "http://127.1.2.3, true",
            "http://[::1]:8080, true",
            "http://0.0.0.0:8080, true",
            "http://app.localhost, true",
            "localhost:8080, true",
            "not an address, true",
            "https://huolto.example.fi, false",
            "https://huolto.example.fi/, false",
            "http://192.168.1.20:8080, false",
            "https://localhost.example.fi, false"})
    void an_address_on_this_machine_is_one_customers_cannot_open(String url, boolean unreachable) {
        assertThat(new PublicAddress(url, false).unreachable()).isEqualTo(unreachable);
        assertThat(new PublicAddress(url, true).unreachable()).as("demo mode").isFalse();
    }

    @Test
    void the_start_warns_in_the_log_while_the_address_is_this_machine_and_not_once_it_is_set() {
        Logger logger = (Logger) LoggerFactory.getLogger(PublicAddress.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            new PublicAddress("http://localhost:8080", false).onStartup(null);
            assertThat(log.list).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.WARN);
                assertThat(line.getFormattedMessage()).contains("http://localhost:8080", "HUOLTOPOLKU_PUBLIC_URL",
                        "huoltopolku.public-url");
            });
            log.list.clear();
            new PublicAddress("https://huolto.example.fi/", false).onStartup(null);
            new PublicAddress("http://localhost:8080", true).onStartup(null);
            assertThat(log.list).isEmpty();
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void links_start_with_the_address_without_its_trailing_slash() {
        assertThat(new PublicAddress("https://huolto.example.fi/", false).url()).isEqualTo("https://huolto.example.fi");
    }
}
