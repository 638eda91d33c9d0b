/**
 * The customer's data rights: everything about one customer as JSON, and erasure on request, which
 * removes the personal data and the comment texts while visits, check answers and ratings stay
 * for the statistics.
 */
@NullMarked
package fi.huoltopolku.privacy;

import org.jspecify.annotations.NullMarked;
