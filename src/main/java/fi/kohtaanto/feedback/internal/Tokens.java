package fi.kohtaanto.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Link tokens: 192 random bits from {@link SecureRandom}, written as 32 URL-safe Base64 characters. Only their
 * SHA-256 hash is stored; with that much randomness a plain hash cannot be reversed by guessing, so no salt is
 * needed, and it can be looked up directly.
 */
final class Tokens {

	static final int BYTES = 24;

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	static String next() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text can be a token at all; anything else is not looked up. */
	static boolean wellFormed(String token) {
		return FORM.matcher(token).matches();
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from the JVM", ex);
		}
	}

}
