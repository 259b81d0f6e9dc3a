package fi.kohtaanto.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a paged list, for templates as {@code pageLinks.to(n)} (a model attribute of every page,
 * because Thymeleaf does not let link attributes call beans): the current request with only the {@code page}
 * parameter replaced, so every filter of the list stays as it is.
 */
@Component
class PageLinks {

	public String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!"page".equals(name)) {
				link.queryParam(name, (Object[]) values);
			}
		});
		return link.queryParam("page", page).encode().build().toUriString();
	}

}
