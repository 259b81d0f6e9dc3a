package fi.kohtaanto.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.kohtaanto.TestData;
import fi.kohtaanto.accounts.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Error pages as a real servlet container renders them: localised, and never with a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesIntegrationTests {

	/** What a browser asks for; without it Spring Boot answers errors as JSON. */
	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	HttpClient http;

	@BeforeEach
	void signIn() throws Exception {
		CurrentUser advisor = testData.advisor(testData.organisation().id());
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = get("/login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(advisor.username(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	@Test
	void unknownClientGivesALocalisedNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/clients/987654321");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Sivua ei löydy").doesNotContain("Exception");
	}

	@Test
	void malformedInputGivesALocalisedErrorPageWithoutStackTrace() throws Exception {
		HttpResponse<String> response = get("/clients/not-a-number?lang=en");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Something went wrong")
			.doesNotContain("Exception")
			.doesNotContain("at fi.kohtaanto")
			.doesNotContain("NumberFormat");
	}

	@Test
	void missingCsrfTokenIsRefusedWithAnErrorPage() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/clients/new"))
			.header("Accept", BROWSER_ACCEPT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("firstName=X"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Ei käyttöoikeutta").doesNotContain("Exception");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
