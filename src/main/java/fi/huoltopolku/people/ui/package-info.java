/** Staff pieces other screens use: handing a car or a matter to another person or department. */
@NullMarked
package fi.huoltopolku.people.ui;

import org.jspecify.annotations.NullMarked;
