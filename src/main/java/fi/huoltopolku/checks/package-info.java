/**
 * Objective evidence: yes/no check items per stage (versioned templates), answers with who, when
 * and their source (the process itself, a foreman's post-inspection, an outside workshop test, or
 * derived from the timeline), the mandatory items that hold a car in its stage, the sampling of
 * handed-over cars for post-inspection, the import of workshop tests, and the compliance and
 * coverage figures the quality reports build on.
 */
@NullMarked
package fi.huoltopolku.checks;

import org.jspecify.annotations.NullMarked;
