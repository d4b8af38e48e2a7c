package com.luxestate.identity.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A person's name, which the service puts into mails ("Hello Ada,"): it must not be able
 * to pose as the service's own text. Refused are line breaks and other control or
 * invisible formatting characters (a name that starts a new paragraph, or reverses the
 * text after it), and anything that reads as a link or an address: {@code ://},
 * {@code www.}, {@code @}, or a word, a dot and two or more letters without a space
 * ({@code example.com}; a name like "St.John" is written "St. John"). Null is valid:
 * {@code @NotBlank} says whether a name is required.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonName.Validator.class)
@interface PersonName {

	String message() default "must be a name, without line breaks, control characters or links";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PersonName, String> {

		private static final Pattern UNSAFE_CHARACTER = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

		private static final Pattern LINK = Pattern.compile("://|www\\.|@|[\\p{Alnum}-]\\.\\p{Alpha}{2,}",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

		@Override
		public boolean isValid(String name, ConstraintValidatorContext context) {
			return name == null || !(UNSAFE_CHARACTER.matcher(name).find() || LINK.matcher(name).find());
		}

	}

}
