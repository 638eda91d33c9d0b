package fi.huoltopolku.quality;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The improvement actions' tables. */
final class ImprovementRepositories {

    private ImprovementRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Actions extends CrudRepository<ImprovementAction, Long> {

        List<ImprovementAction> listOrderByStartDateDesc();
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Sessions extends CrudRepository<PracticeSession, Long> {

        List<PracticeSession> findByActionIdOrderByHeldOn(Long actionId);
    }
}
