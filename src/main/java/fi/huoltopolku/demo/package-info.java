/**
 * Realistic demo data for a newcomer: departments' staff (3 advisors, 6 technicians, a foreman,
 * a manager) and a few months of visits in every stage, generated deterministically through the
 * same services the screens use, so every timeline is one the rules allow.
 */
@NullMarked
package fi.huoltopolku.demo;

import org.jspecify.annotations.NullMarked;
