package fi.kohtaanto.demo;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data after start-up into a database that has no organisations yet.
 */
@Component
@ConditionalOnProperty(name = "kohtaanto.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	private final DemoData demoData;

	DemoDataLoader(DemoData demoData) {
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.needed()) {
			demoData.load(LocalDate.now());
		}
	}

}
