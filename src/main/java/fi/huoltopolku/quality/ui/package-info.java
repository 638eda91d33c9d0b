/** The manager's quality report: the comparison per theme, the focus, and the visits behind the numbers. */
@NullMarked
package fi.huoltopolku.quality.ui;

import org.jspecify.annotations.NullMarked;
