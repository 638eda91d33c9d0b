/**
 * The journey's screens: the advisor's counter, the visit page, the live workshop board and the
 * technician's My jobs for the shared tablet.
 */
@NullMarked
package fi.huoltopolku.visit.ui;

import org.jspecify.annotations.NullMarked;
