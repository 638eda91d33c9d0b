package fi.huoltopolku.approval;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The approval links and the lines each asks about. */
final class ApprovalRepositories {

    private ApprovalRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Requests extends CrudRepository<ApprovalRequest, Long> {

        Optional<ApprovalRequest> findByToken(String token);

        List<ApprovalRequest> findByVisitIdOrderByCreatedAtDesc(Long visitId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Lines extends CrudRepository<ApprovalRequestLine, Long> {

        List<ApprovalRequestLine> findByRequestIdOrderById(Long requestId);
    }
}
