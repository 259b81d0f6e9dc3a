package fi.kohtaanto.system.web;

import java.util.List;
import java.util.Locale;

import fi.kohtaanto.accounts.Accounts;
import fi.kohtaanto.organisations.Organisations;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Model attributes every page's layout needs: links to the same page in each language and the signed-in user's
 * organisation.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final Accounts accounts;

	private final Organisations organisations;

	private final PageLinks pageLinks;

	LayoutModelAdvice(Accounts accounts, Organisations organisations, PageLinks pageLinks) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.pageLinks = pageLinks;
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks() {
		return pageLinks;
	}

	record LanguageLink(String code, String label, String href, boolean current) {
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		if ("true".equals(request.getHeader("HX-Request"))) {
			return List.of();
		}
		return WebConfiguration.SUPPORTED.stream().map(language -> {
			Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String href = (errorPath instanceof String path
					? ServletUriComponentsBuilder.fromCurrentContextPath().path(path)
					: ServletUriComponentsBuilder.fromRequest(request))
				.replaceQueryParam("lang", language.getLanguage())
				.build()
				.toUriString();
			return new LanguageLink(language.getLanguage(), language.getDisplayLanguage(language), href,
					language.getLanguage().equals(locale.getLanguage()));
		}).toList();
	}

	@ModelAttribute("currentUserName")
	String currentUserName() {
		return accounts.current().map(user -> user.displayName()).orElse("");
	}

	@ModelAttribute("currentOrganisationName")
	String currentOrganisationName(Locale locale) {
		return accounts.current()
			.flatMap(user -> organisations.find(user.organisation()))
			.map(organisation -> organisation.name(locale))
			.orElse("");
	}

}
