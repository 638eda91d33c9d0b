package fi.huoltopolku.infra;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class DurableH2Test {

    @Test
    void a_file_database_writes_every_commit_before_acknowledging_it_however_the_url_is_written() {
        assertThat(DurableH2.durable("jdbc:h2:file:/var/lib/hp/db"))
                .isEqualTo("jdbc:h2:file:/var/lib/hp/db;WRITE_DELAY=0");
        assertThat(DurableH2.durable("jdbc:h2:./data/hp;WRITE_DELAY=500;LOCK_TIMEOUT=10000"))
                .isEqualTo("jdbc:h2:./data/hp;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
        assertThat(DurableH2.durable("jdbc:h2:file:./d;write_delay=0;"))
                .isEqualTo("jdbc:h2:file:./d;WRITE_DELAY=0");
    }

    @Test
    void memory_and_other_databases_are_left_alone() {
        assertThat(DurableH2.durable("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isNull();
        assertThat(DurableH2.durable("jdbc:postgresql://localhost/hp")).isNull();
    }
}
