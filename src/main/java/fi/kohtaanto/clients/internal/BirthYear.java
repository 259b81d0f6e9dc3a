package fi.kohtaanto.clients.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A plausible birth year for a client of working age services: 15 to 100 years before the current year.
 */
@Documented
@Constraint(validatedBy = BirthYear.Validator.class)
@Target({ ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
public @interface BirthYear {

	int MIN_AGE = 15;

	int MAX_AGE = 100;

	String message() default "{client.birthYear.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<BirthYear, Integer> {

		@Override
		public boolean isValid(Integer value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			int now = Year.now().getValue();
			return value >= now - MAX_AGE && value <= now - MIN_AGE;
		}

	}

}
