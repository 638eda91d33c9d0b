/**
 * The people of the workshop and their departments: advisors, technicians, foremen, managers and
 * admins. Who is acting is passed to every service as an {@link Actor}.
 */
@NullMarked
package fi.huoltopolku.people;

import org.jspecify.annotations.NullMarked;
