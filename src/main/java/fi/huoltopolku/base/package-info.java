/**
 * What every feature shares: translations (English and Finnish), the workshop's clock and time
 * zone, and the problems a service can refuse a request with, each naming what went wrong.
 */
@NullMarked
package fi.huoltopolku.base;

import org.jspecify.annotations.NullMarked;
