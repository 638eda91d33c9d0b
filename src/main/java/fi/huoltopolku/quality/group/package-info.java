/**
 * The group comparison: per theme each site's objective and subjective figures with n and
 * intervals, funnel limits around the group's rate, the sites outside them in plain sentences,
 * each site's blind spots and the site to learn from. Same floor as {@code quality}.
 */
@NullMarked
package fi.huoltopolku.quality.group;

import org.jspecify.annotations.NullMarked;
