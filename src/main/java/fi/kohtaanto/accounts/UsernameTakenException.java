package fi.kohtaanto.accounts;

/**
 * Thrown when an account is created with a username that another account has.
 */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("Username is taken");
	}

}
