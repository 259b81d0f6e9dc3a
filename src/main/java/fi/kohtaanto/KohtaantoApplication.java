package fi.kohtaanto;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Kohtaanto: service platform for International Houses and their partner networks.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class KohtaantoApplication {

	public static void main(String[] args) {
		SpringApplication.run(KohtaantoApplication.class, args);
	}

}
