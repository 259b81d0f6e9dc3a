package fi.kohtaanto.catalogue.importer;

import fi.kohtaanto.catalogue.CatalogueReplaced;
import org.springframework.context.ApplicationContext;

/**
 * Puts the built-in demo data back after a test imported the fixture: all test classes share one database, and the
 * others expect the demo taxonomy.
 */
public final class DemoCatalogue {

	private DemoCatalogue() {
	}

	public static void restore(ApplicationContext context) {
		CatalogueWriter writer = context.getBean(CatalogueWriter.class);
		writer.replaceTaxonomy(DemoData.taxonomy(), DemoData.SOURCE, null);
		writer.replaceMunicipalities(DemoData.municipalities(), DemoData.SOURCE, null);
		context.publishEvent(new CatalogueReplaced());
	}

}
