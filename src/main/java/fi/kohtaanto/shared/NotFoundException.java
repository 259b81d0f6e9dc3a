package fi.kohtaanto.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist, or the user may not know that it exists; both answer 404 so that ids cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found");
	}

}
