package fi.kohtaanto;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kohtaanto: service platform for International Houses and their partner networks.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class KohtaantoApplication {

	public static void main(String[] args) {
		SpringApplication.run(KohtaantoApplication.class, args);
	}

}
