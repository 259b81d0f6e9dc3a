package fi.kohtaanto.system.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Locale handling: Finnish by default, switchable to English and Swedish with {@code ?lang=}, remembered in a
 * cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver("kohtaanto-lang");
		resolver.setDefaultLocale(SUPPORTED.get(0));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Falls back to the default for anything but the supported languages, so a stray cookie cannot break pages. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public void setLocale(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, supported(locale));
		}

		@Override
		public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

		private static Locale supported(Locale locale) {
			if (locale == null) {
				return SUPPORTED.get(0);
			}
			return SUPPORTED.stream()
				.filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
				.findFirst()
				.orElse(SUPPORTED.get(0));
		}

	}

}
