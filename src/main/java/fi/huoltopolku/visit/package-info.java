/**
 * The car's journey through the workshop: a visit from booking to handover and follow-up, its
 * stages and owning department, its status (waiting, in progress, on hold with a reason), extra
 * work found on the way and the customer's decision on it, internal handoffs, customer contacts,
 * and the timeline of every move, kept forever.
 */
@NullMarked
package fi.huoltopolku.visit;

import org.jspecify.annotations.NullMarked;
