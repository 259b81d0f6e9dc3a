/**
 * Reference data: ESCO occupations and skills (Finnish and English labels), municipalities, languages, countries,
 * CEFR and ISCED levels. Read-only for other modules.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts" })
package fi.kohtaanto.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
