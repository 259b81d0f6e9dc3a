package fi.kohtaanto.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Unguessable tokens for links given to people without an account (self-registration, feedback, job-ad editing,
 * candidate cards). Only a SHA-256 hash of a token is stored: with at least 128 random bits a plain hash cannot be
 * reversed by guessing, so no salt is needed and the hash can be looked up directly, and a copy of the database does
 * not let anyone use the links.
 */
public final class SecretTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]+");

	private SecretTokens() {
	}

	/** A new token of the given number of random bytes (at least 16), as URL-safe Base64 without padding. */
	public static String next(int bytes) {
		if (bytes < 16) {
			throw new IllegalArgumentException("A token needs at least 128 random bits");
		}
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** Whether the text can be a token of that many bytes at all; anything else need not be looked up. */
	public static boolean wellFormed(String token, int bytes) {
		return token.length() == (bytes * 8 + 5) / 6 && URL_SAFE.matcher(token).matches();
	}

	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from the JVM", ex);
		}
	}

	/** The hash as 64 hexadecimal digits. */
	public static String hashHex(String token) {
		return HexFormat.of().formatHex(hash(token));
	}

}
