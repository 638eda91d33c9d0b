package fi.huoltopolku.survey;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dealer group's customers hear from the site that serviced their car: its sender name on every
 * text, its public address in the survey link, its name and contact on the survey page and the
 * handover sheet; the first site keeps the installation's configured identity.
 */
@MicronautTest(transactional = false)
class SiteIdentityTest {

    @Inject Sites sites;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject InvitationService invitations;
    @Inject DataSource dataSource;
    @Inject EmbeddedServer server;
    @Inject WorkshopClock clock;

    private long tampere() {
        return sites.byCode("tre").orElseGet(() -> sites.save(new Site(null, "tre", "Autohuolto Tampere",
                "Hatanpään valtatie 1, Tampere", "+358 3 555 0100", "https://tampere.huolto.test/", null, null, null,
                null, null, "HuoltoTRE", TestTime.soon(), null))).siteId();
    }

    private long handedOverAt(long site) throws Exception {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), Set.of(), TestTime.soon());
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement move = c.prepareStatement("UPDATE visit SET site_id = ? WHERE id = ?")) {
            move.setLong(1, site);
            move.setLong(2, id);
            move.executeUpdate();
        }
        return Journeys.upTo(id, Stage.FOLLOW_UP, visits, checks, advisor, Staff.technician(people));
    }

    @Test
    void a_second_sites_customer_hears_from_that_site_and_its_link_points_at_its_address() throws Exception {
        long visit = handedOverAt(tampere());

        assertThat(invitations.outbox(visit)).extracting(OutboxMessage::body)
                .allSatisfy(body -> assertThat(body).startsWith("HuoltoTRE: ").doesNotContain("Huoltopolku Demo"))
                .anySatisfy(body -> assertThat(body).contains("https://tampere.huolto.test/survey/"));
        Invitation invitation = invitations.ofVisit(visit).get(0);
        assertThat(invitations.url(invitation)).isEqualTo("https://tampere.huolto.test/survey/" + invitation.token());

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/survey/" + invitation.token())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Autohuolto Tampere").doesNotContain("Huoltopolku Demo Autohuolto");
    }

    @Test
    void a_sites_new_name_changed_on_another_node_is_read_within_half_a_minute() throws Exception {
        long site = tampere();
        Instant now = Instant.parse("2026-06-10T08:00:00Z");
        clock.use(Clock.fixed(now, ZoneOffset.UTC));
        try {
            sites.refresh();
            try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                    PreparedStatement rename = c.prepareStatement("UPDATE site SET name = ? WHERE id = ?")) {
                rename.setString(1, "Autohuolto Tampere Keskusta"); // as the other node's Sites screen saves it
                rename.setLong(2, site);
                rename.executeUpdate();
            }
            clock.use(Clock.fixed(now.plusSeconds(29), ZoneOffset.UTC));
            assertThat(sites.name(site)).isEqualTo("Autohuolto Tampere");
            clock.use(Clock.fixed(now.plusSeconds(31), ZoneOffset.UTC));
            assertThat(sites.name(site)).isEqualTo("Autohuolto Tampere Keskusta");
        } finally {
            try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                    PreparedStatement back = c.prepareStatement("UPDATE site SET name = 'Autohuolto Tampere' WHERE id = ?")) {
                back.setLong(1, site);
                back.executeUpdate();
            }
            clock.reset();
            sites.refresh();
        }
    }

    @Test
    void the_first_site_keeps_the_installations_configured_name_and_address() throws Exception {
        tampere();
        long visit = handedOverAt(Site.FIRST);

        assertThat(invitations.outbox(visit)).extracting(OutboxMessage::body)
                .allSatisfy(body -> assertThat(body).startsWith("Huoltopolku Demo Autohuolto: "))
                .anySatisfy(body -> assertThat(body).contains("https://huolto.test/survey/"));
        assertThat(sites.name(Site.FIRST)).isEqualTo("Huoltopolku Demo Autohuolto");
        assertThat(sites.contact(Site.FIRST)).isEqualTo("+358 9 123 4567, huolto@example.com");
    }
}
