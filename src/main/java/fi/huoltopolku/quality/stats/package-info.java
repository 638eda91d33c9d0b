/**
 * The comparison's statistics, pure and small: proportions with 95% Wilson intervals, the gap
 * between what customers say and what the checks say, its classification, the link between a
 * theme's checks passing and customers being satisfied, the focus ranking, the p-chart (Laney's p′
 * when the months vary more than chance) and the funnel plot for comparing sites.
 */
@NullMarked
package fi.huoltopolku.quality.stats;

import org.jspecify.annotations.NullMarked;
