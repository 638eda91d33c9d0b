/**
 * The frame around every screen: the application shell, the main layout with the navigation of
 * the acting person's role, the language switch, and small helpers shared by the views.
 */
@NullMarked
package fi.huoltopolku.base.ui;

import org.jspecify.annotations.NullMarked;
