package fi.huoltopolku.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The demo group generated on a Wednesday at 09:00 in Helsinki (the tests' clock): every site open. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "huoltopolku.demo", value = "true")
class DemoGroupTest extends DemoGroupChecks {
}
