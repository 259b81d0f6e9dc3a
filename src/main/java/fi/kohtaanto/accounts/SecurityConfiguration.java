package fi.kohtaanto.accounts;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Form login with hashed passwords and CSRF protection. Pages are reachable by role; which client a user may see is
 * decided in the service layer, by organisation and consent.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

	/** Paths anyone may open without signing in. */
	static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
			"/public/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/audit/**", "/reports/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers("/clients/**", "/participation/**", "/employers/**", "/vacancies/**", "/events/**",
					"/feedback/**")
			.hasAnyRole(Role.ADVISOR.name(), Role.COORDINATOR.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new DisabledAccountFilter(accounts), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserArgumentResolver());
	}

	/** Lets controllers declare a {@link CurrentUser} parameter. */
	static class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return CurrentUser.class.equals(parameter.getParameterType());
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binderFactory) {
			java.security.Principal principal = request.getUserPrincipal();
			if (principal instanceof org.springframework.security.core.Authentication authentication
					&& authentication.getPrincipal() instanceof AccountPrincipal account) {
				return account.user();
			}
			throw new org.springframework.security.access.AccessDeniedException("Not signed in");
		}

	}

}
