/**
 * Framework glue: the small bridge that runs Vaadin Flow inside Micronaut's Tomcat on one port
 * and lets Vaadin create views and other components as Micronaut beans. Nothing here knows the
 * workshop; a later move to an official integration replaces this package only.
 */
@NullMarked
package fi.huoltopolku.infra;

import org.jspecify.annotations.NullMarked;
