package fi.huoltopolku.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * The demo group generated on a Friday at 16:45 in Helsinki: Turku closed at 16:30 (its counter shows
 * Saturday's arrivals), the first site and Tampere still open.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "huoltopolku.demo", value = "true")
@Property(name = "huoltopolku.clock.start", value = "2026-10-23T13:45:00Z")
class DemoGroupEveningTest extends DemoGroupChecks {
}
