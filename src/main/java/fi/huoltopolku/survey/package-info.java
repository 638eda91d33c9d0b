/**
 * Subjective evidence: the survey invitation given at handover (an unguessable, expiring,
 * single-use link, printed as a QR code and sent through a pluggable sender), the customer's
 * answers from the light survey page or a follow-up call, the advisor's estimate of the customer's
 * satisfaction, and the satisfaction figures the comparison builds on.
 */
@NullMarked
package fi.huoltopolku.survey;

import org.jspecify.annotations.NullMarked;
