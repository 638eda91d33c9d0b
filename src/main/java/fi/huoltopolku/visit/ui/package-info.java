/**
 * The visit's own screen pieces that the workplaces compose: the booking calendar, the tiles and
 * their lists, the timeline, the extra-work form and its photos, and the live updates every
 * journey screen keeps itself fresh with.
 */
@NullMarked
package fi.huoltopolku.visit.ui;

import org.jspecify.annotations.NullMarked;
