/**
 * A dealer group's service sites: each site's name, contact, public address, time zone, opening
 * hours and sender identity (left empty, the installation's configured ones), and the
 * {@link SiteScope} of sites a caller may see. An installation with one site
 * shows no site anywhere.
 */
@NullMarked
package fi.huoltopolku.site;

import org.jspecify.annotations.NullMarked;
