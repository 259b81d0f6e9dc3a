/**
 * Shared kernel: identifiers and value types that every module may use.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fi.kohtaanto.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
