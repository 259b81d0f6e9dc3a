/**
 * The catalogue's pages and fragments: picker suggestions, the occupation and skill search, and the reference data
 * admin page. Internal to the catalogue module.
 */
@NullMarked
package fi.kohtaanto.catalogue.web;

import org.jspecify.annotations.NullMarked;
