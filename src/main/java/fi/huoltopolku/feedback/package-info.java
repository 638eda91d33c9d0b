/**
 * Listening: every comment, every rating of 2 or less and every likelihood-to-recommend of 6 or
 * less opens a feedback case owned by the visit's advisor, due in two working days; the case goes
 * new → contacted → resolved, and closes only with the resolution written down. Staff tag each
 * comment with its themes (keywords and a model learned from tagged comments, staff's own included,
 * suggest them). The share contacted in time is the KPI.
 */
@NullMarked
package fi.huoltopolku.feedback;

import org.jspecify.annotations.NullMarked;
