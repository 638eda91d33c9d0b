/**
 * Customers and their vehicles: found from one search box by plate, name or phone (partial,
 * case- and dash-insensitive plates), so that a returning customer is never typed in twice.
 */
@NullMarked
package fi.huoltopolku.customer;

import org.jspecify.annotations.NullMarked;
