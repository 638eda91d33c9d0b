package fi.huoltopolku.approval;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

/** A line of extra work a request asks the customer about. */
@MappedEntity(value = "approval_request_line", escape = false)
record ApprovalRequestLine(@Id @GeneratedValue @Nullable Long id, Long requestId, Long extraWorkId) {
}
