package fi.kohtaanto.system.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of a paged list, for the pager of {@code fragments/forms.html}
 * ({@code ${pageLinks.to(2)}}): the current request's address with only its {@code page} parameter changed, so that
 * every filter of the list stays as it is.
 */
public class PageLinks {

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", Math.max(page, 0))
			.build()
			.toUriString();
	}

	/** Puts the links into every page's model. */
	@ControllerAdvice
	static class Advice {

		private static final PageLinks LINKS = new PageLinks();

		@ModelAttribute("pageLinks")
		PageLinks pageLinks() {
			return LINKS;
		}

	}

}
