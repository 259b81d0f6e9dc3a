package fi.kohtaanto;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A form posted as a browser does, with the CSRF token. Fields are given as name, value, name, value…; a later value
 * of a field replaces an earlier one, so that a test can vary a base form.
 */
public final class FormPost {

	private FormPost() {
	}

	/** @param user from {@link TestData#as}, or {@literal null} for someone who is not signed in */
	public static MockHttpServletRequestBuilder of(@Nullable RequestPostProcessor user, String url, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		if (user != null) {
			request.with(user);
		}
		values.forEach(request::param);
		return request;
	}

}
