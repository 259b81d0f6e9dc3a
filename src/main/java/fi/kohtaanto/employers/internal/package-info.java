/**
 * Implementation of the employer registry: the service behind {@link fi.kohtaanto.employers.Employers}, the pages
 * and their forms.
 */
@NullMarked
package fi.kohtaanto.employers.internal;

import org.jspecify.annotations.NullMarked;
