/** The queue of customer matters, shown on the counter and on My jobs, and the form to open one. */
@NullMarked
package fi.huoltopolku.matter.ui;

import org.jspecify.annotations.NullMarked;
