/**
 * The comparison, the heart of the product: for each theme, what the checks say next to what
 * customers say, the gap, its classification, how much the checks matter to customers, and the
 * one or two themes where fixing pays most.
 */
@NullMarked
package fi.huoltopolku.quality;

import org.jspecify.annotations.NullMarked;
