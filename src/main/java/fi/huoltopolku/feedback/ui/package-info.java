/** The feedback inbox: every case with the customer's own words, handled from one screen. */
@NullMarked
package fi.huoltopolku.feedback.ui;

import org.jspecify.annotations.NullMarked;
