package fi.huoltopolku.desk.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of visits. */
@Serdeable
public record VisitPageJson(List<VisitJson> items, int page, int size, long totalItems, int totalPages) {
}
