package fi.kohtaanto.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The text must not contain HTML tags, script URLs or control characters. Pages escape all output anyway; this
 * keeps such text out of the records, exports and e-mails where it has no business.
 */
@Documented
@Constraint(validatedBy = NoMarkupValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoMarkup {

	String message() default "{validation.markup}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
