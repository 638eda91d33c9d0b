/** Online backups of the running H2 database: on a schedule with retention, and on an admin's request. */
@NullMarked
package fi.huoltopolku.backup;

import org.jspecify.annotations.NullMarked;
