/**
 * Themes: the common language of both kinds of evidence. Every check item and every survey
 * question belongs to one theme, so that checks and customer ratings can be compared. Names and
 * descriptions are editable in both languages; a theme in use is retired, never deleted.
 */
@NullMarked
package fi.huoltopolku.theme;

import org.jspecify.annotations.NullMarked;
