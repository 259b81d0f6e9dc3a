package fi.kohtaanto.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import fi.kohtaanto.events.EventData;
import fi.kohtaanto.events.EventStatus;
import fi.kohtaanto.events.EventType;
import fi.kohtaanto.events.EventView;
import fi.kohtaanto.events.LanguageLevel;
import fi.kohtaanto.shared.OrganisationId;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class InvitationTextsTests {

	final InvitationTexts texts = new InvitationTexts();

	static EventView cafe(boolean publicRegistration) {
		return new EventView(3, new EventData(EventType.LANGUAGE_CAFE, OrganisationId.of(1), "Kielikahvila",
				"Language café", null, "Kahvia ja suomea.", "Coffee and Finnish.", null, LanguageLevel.B1_B2,
				"Kirjasto", null, Instant.parse("2026-12-01T13:00:00Z"), Instant.parse("2026-12-01T14:30:00Z"), 20, null,
				publicRegistration), EventStatus.PUBLISHED, 0, 0, "advisor", 0);
	}

	static Set<String> keys(String file) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource("invitations/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

	@Test
	void everyLanguageHasEverySentenceAndFinnishHasAPlainVersionOfEach() throws IOException {
		Set<String> base = keys("invitations.properties");
		for (String language : new String[] { "fi", "sv", "uk", "ru", "ar" }) {
			assertThat(keys("invitations_" + language + ".properties")).as(language).containsAll(base);
		}
		assertThat(keys("invitations_fi.properties")).containsAll(
				base.stream().map(key -> "plain." + key).collect(Collectors.toSet()));
	}

	@Test
	void writesTheInvitationInEachLanguageWithTheTimesInFinnishTime() {
		var invitations = texts.all(cafe(true), "https://kohtaanto.example/public/events/3");
		assertThat(invitations).hasSize(InvitationTexts.Language.values().length);
		var finnish = invitations.get(0);
		assertThat(finnish.paragraphs()).contains("Tervetuloa kielikahvilaan: Kielikahvila! Kielikahvilassa harjoittelet "
				+ "suomea rennosti kahvin äärellä.", "Aika: 1.12.2026 klo 15.00–16.30.", "Paikka: Kirjasto.",
				"Kahvia ja suomea.", "Ilmoittaudu: https://kohtaanto.example/public/events/3");
		var plain = invitations.stream().filter(i -> i.language() == InvitationTexts.Language.FI_PLAIN).findFirst()
			.orElseThrow();
		assertThat(plain.tag()).isEqualTo("fi");
		assertThat(plain.paragraphs()).contains("Se on ilmainen.", "Sopii, jos osaat jo suomea.")
			.doesNotContain("Kahvia ja suomea.");
		var english = invitations.stream().filter(i -> i.language() == InvitationTexts.Language.EN).findFirst()
			.orElseThrow();
		assertThat(english.paragraphs()).contains("Welcome to the language café: Language café! Practise Finnish in a "
				+ "relaxed way over a cup of coffee.", "Coffee and Finnish.");
		var arabic = invitations.stream().filter(i -> i.language() == InvitationTexts.Language.AR).findFirst()
			.orElseThrow();
		assertThat(arabic.rightToLeft()).isTrue();
		assertThat(arabic.paragraphs()).contains("المشاركة مجانية.");
	}

	@Test
	void withoutSelfRegistrationTheInvitationSendsPeopleToTheirAdvisor() {
		var english = texts.invitation(cafe(false), InvitationTexts.Language.EN, "https://x");
		assertThat(english.paragraphs()).contains("Ask your advisor to register you.")
			.noneMatch(paragraph -> paragraph.contains("https://x"));
	}

}
