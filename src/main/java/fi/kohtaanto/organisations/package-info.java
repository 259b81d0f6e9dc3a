/**
 * The organisations of the partner network (for IWM: City of Mikkeli, Xamk, Esedu, Miksei).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package fi.kohtaanto.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
