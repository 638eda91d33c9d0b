/**
 * The workplaces: the screens people work at, each composing several features' sections — the
 * advisor's counter, the visit page, a car's history, the workshop board, the technician's My jobs
 * on the shared tablet, the manager's check items with their themes' keywords — and the frame
 * around every staff screen (menu by role, the landing route). Nothing below imports this package.
 */
@NullMarked
package fi.huoltopolku.desk;

import org.jspecify.annotations.NullMarked;
