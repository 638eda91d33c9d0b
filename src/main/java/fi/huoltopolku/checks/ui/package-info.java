/**
 * The checklist screens: the technician's tablet checklist (one tap per answer), the checklist
 * panel on the visit page, the foreman's post-inspections, and the admin's item editor.
 */
@NullMarked
package fi.huoltopolku.checks.ui;

import org.jspecify.annotations.NullMarked;
