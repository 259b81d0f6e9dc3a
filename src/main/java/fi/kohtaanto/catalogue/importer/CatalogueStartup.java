package fi.kohtaanto.catalogue.importer;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the catalogue usable from the first start: loads the built-in demo data into empty tables before the
 * application takes requests, then, once it is up, imports the real files in the background if they are there and
 * the catalogue still holds demo data. With {@code kohtaanto.reference-data.import-and-exit=true} it imports in the
 * foreground instead and stops the application.
 */
@Component
class CatalogueStartup implements SmartInitializingSingleton, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogueStartup.class);

	private final CatalogueWriter writer;

	private final CatalogueImports imports;

	private final ReferenceDataProperties properties;

	private final ApplicationContext context;

	private final MessageSource messages;

	CatalogueStartup(CatalogueWriter writer, CatalogueImports imports, ReferenceDataProperties properties,
			ApplicationContext context, MessageSource messages) {
		this.writer = writer;
		this.imports = imports;
		this.properties = properties;
		this.context = context;
		this.messages = messages;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (writer.loadDemoIfEmpty()) {
			log.info("Catalogue loaded the built-in demo taxonomy and municipalities");
		}
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!properties.importAndExit()) {
			return;
		}
		log.info("Importing reference data from {} and exiting", imports.directory());
		ImportProgress result = imports.importNow();
		int code = result.succeeded() ? 0 : 1;
		if (result.failed()) {
			// Printed as well as logged: this is what the operator running the command reads.
			String reason = messages.getMessage(String.valueOf(result.errorKey()), result.errorArguments().toArray(),
					String.valueOf(result.errorKey()), Locale.ENGLISH);
			System.err.println("Reference data import failed: " + reason);
		}
		System.exit(SpringApplication.exit(context, () -> code));
	}

	@EventListener(ApplicationReadyEvent.class)
	void importInBackground() {
		if (!properties.autoImport() || properties.importAndExit()) {
			return;
		}
		if (!imports.directoryExists()) {
			log.info("Catalogue keeps its current data: reference data directory {} does not exist",
					imports.directory());
			return;
		}
		if (imports.demoReplaceable() && imports.start()) {
			log.info("Catalogue import from {} started in the background", imports.directory());
		}
	}

}
