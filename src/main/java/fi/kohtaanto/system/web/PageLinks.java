package fi.kohtaanto.system.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of a paged list, for templates ({@code ${@pageLinks.to(2)}}): the current request's address
 * with only its {@code page} parameter changed, so that every filter of the list stays as it is.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", Math.max(page, 0))
			.build()
			.toUriString();
	}

}
