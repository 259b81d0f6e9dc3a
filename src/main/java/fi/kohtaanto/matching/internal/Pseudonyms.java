package fi.kohtaanto.matching.internal;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fi.kohtaanto.shared.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pseudonyms such as {@code K-7F3QX2}: an HMAC of the client id with a secret kept in the database, so the same
 * client has the same pseudonym for everyone and always, and nobody can tell a client id from it.
 */
@Component
class Pseudonyms {

	/** Crockford's base 32: no I, L, O or U to misread. */
	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final JdbcClient jdbc;

	private volatile byte[] secret;

	Pseudonyms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String of(ClientId client) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			byte[] hash = mac.doFinal(Long.toString(client.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			StringBuilder pseudonym = new StringBuilder("K-");
			long bits = 0;
			for (int i = 0; i < 5; i++) {
				bits = bits << 8 | (hash[i] & 0xff);
			}
			for (int i = 0; i < 6; i++) {
				pseudonym.append(ALPHABET.charAt((int) (bits >>> (35 - 5 * i) & 31)));
			}
			return pseudonym.toString();
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is missing", ex);
		}
	}

	private byte[] secret() {
		byte[] current = secret;
		if (current == null) {
			synchronized (this) {
				if (secret == null) {
					byte[] fresh = new byte[32];
					new SecureRandom().nextBytes(fresh);
					jdbc.sql("insert into matching_secret (id, secret) values (1, :secret) on conflict (id) do nothing")
						.param("secret", fresh)
						.update();
					secret = jdbc.sql("select secret from matching_secret where id = 1").query(byte[].class).single();
				}
				current = secret;
			}
		}
		return current;
	}

}
