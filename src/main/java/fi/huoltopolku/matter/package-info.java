/**
 * Customer matters: a customer's question or request that is not (or not yet) a visit — a call
 * about a quote, a complaint, "is my car ready?". Each has exactly one owning department and
 * optionally one person; it is handed over inside the workshop with a reason and lands in the
 * receiver's queue, so the customer never has to start again elsewhere. Closed with a resolution.
 */
@NullMarked
package fi.huoltopolku.matter;

import org.jspecify.annotations.NullMarked;
