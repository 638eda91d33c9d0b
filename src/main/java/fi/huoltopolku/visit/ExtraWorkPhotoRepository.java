package fi.huoltopolku.visit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface ExtraWorkPhotoRepository extends CrudRepository<ExtraWorkPhoto, Long> {

    /** The photos of these lines without their bytes, oldest first. */
    List<ExtraWorkPhoto.Info> findByExtraWorkIdInOrderById(Collection<Long> extraWorkIds);

    long countByExtraWorkId(Long extraWorkId);
}
