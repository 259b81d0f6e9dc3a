package fi.kohtaanto.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text of the UI exists in English, Finnish and Swedish.
 */
class MessageBundlesTests {

	@Test
	void everyKeyIsTranslatedIntoFinnishAndSwedish() throws IOException {
		Resource[] bases = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
		int checked = 0;
		for (Resource base : bases) {
			String name = base.getFilename();
			if (name.contains("_")) {
				continue;
			}
			String bundle = name.substring(0, name.length() - ".properties".length());
			Set<String> english = keys(base);
			for (String language : new String[] { "fi", "sv" }) {
				Resource translation = new PathMatchingResourcePatternResolver()
					.getResource("classpath:i18n/" + bundle + "_" + language + ".properties");
				assertThat(translation.exists()).as(bundle + "_" + language).isTrue();
				Set<String> translated = keys(translation);
				assertThat(translated).as("keys of %s_%s", bundle, language).isEqualTo(english);
			}
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(3);
	}

	private static Set<String> keys(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
