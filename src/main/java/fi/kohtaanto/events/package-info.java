/**
 * Events of the network, such as IWM Meet&Match days where job seekers and employers meet in short meetings.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package fi.kohtaanto.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
