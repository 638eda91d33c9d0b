package fi.huoltopolku.visit;

import io.micronaut.core.annotation.Introspected;

/** The make of the car a visit is for, as the figures filter by it. */
@Introspected
record VisitMake(Long visitId, String make) {
}
