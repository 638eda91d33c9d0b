package fi.huoltopolku.checks;

import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class WorkshopTestImportTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;

    @Inject VisitService visits;
    @Inject PeopleService people;
    @Inject ChecklistService checks;

    private HttpResponse<String> upload(String csv) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/workshop-tests"))
                .header("Authorization", ApiAccess.bearer(tokens, Role.FOREMAN))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long testAnswers(long visitId) {
        return checks.overview(visitId).stream().filter(r -> r.source() == Source.WORKSHOP_TEST).count();
    }

    @Test
    void a_good_file_is_imported_once_and_importing_it_again_doubles_nothing() throws Exception {
        Person advisor = Staff.advisor(people);
        String plate = Staff.plate();
        long byPlate = Staff.book(visits, advisor, plate, Set.of(), Instant.parse("2026-10-14T07:00:00Z"));
        long byId = Staff.book(visits, advisor, Staff.plate(), Set.of());
        String csv = """
                visit,plate,date,item,answer,comment
                ,%s,2026-10-14,CHK_WALKAROUND,NO,Advisor stayed behind the desk
                ,%s,2026-10-14,RDY_INVOICE_EXPLAINED,yes,
                %d,,,BOOK_CONTACT,NA,"Called twice, no answer"
                """.formatted(plate.toLowerCase().replace("-", ""), plate, byId);

        HttpResponse<String> first = upload(csv);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"lines\":3,\"created\":3,\"changed\":0,\"unchanged\":0}");
        HttpResponse<String> again = upload(csv);
        assertThat(again.body()).isEqualTo("{\"lines\":3,\"created\":0,\"changed\":0,\"unchanged\":3}");

        assertThat(testAnswers(byPlate)).isEqualTo(2);
        assertThat(testAnswers(byId)).isEqualTo(1);
        assertThat(checks.overview(byId)).filteredOn(r -> r.source() == Source.WORKSHOP_TEST)
                .extracting(ChecklistRow::comment).containsExactly("Called twice, no answer");
    }

    @Test
    void a_file_with_a_broken_line_is_refused_whole_naming_every_bad_line_and_changes_nothing() throws Exception {
        Person advisor = Staff.advisor(people);
        long visit = Staff.book(visits, advisor, Staff.plate(), Set.of());
        String csv = """
                visit,plate,date,item,answer,comment
                %d,,,CHK_WALKAROUND,YES,
                %d,,,NO_SUCH_ITEM,YES,
                %d,,,RDY_NEXT_SERVICE,MAYBE,
                ,ZZZ-999,2026-10-14,CHK_WALKAROUND,YES,
                999999,,,CHK_WALKAROUND,YES,
                """.formatted(visit, visit, visit);

        HttpResponse<String> refused = upload(csv);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"file\"", "nothing was imported; 4 bad line(s)",
                "line 3: Check item: there is no check item NO_SUCH_ITEM",
                "line 4: Answer: must be YES, NO or NA",
                "line 5: Plate: no car with the plate ZZZ-999",
                "line 6: There is no visit 999999.")
                .doesNotContain("line 2");
        assertThat(testAnswers(visit)).isZero();
    }

    @Test
    void a_file_that_is_not_the_expected_csv_is_refused_with_the_expected_header() throws Exception {
        HttpResponse<String> refused = upload("plate;item;answer\nABC-1;CHK_WALKAROUND;YES\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("the first line must be the header visit,plate,date,item,answer,comment");
        assertThat(upload("").statusCode()).isEqualTo(400);
    }
}
