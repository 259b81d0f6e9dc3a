package fi.kohtaanto.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven by Playwright, never a downloaded browser. Without {@code /usr/bin/chromium} the browser
 * tests are skipped, unless {@code KOHTAANTO_BROWSER_TESTS=required} (set by {@code .ci/run}) makes that a failure.
 */
public final class SystemChromium {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-dev-shm-usage");

	private SystemChromium() {
	}

	public static com.microsoft.playwright.Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
	}

	public static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	/** Skips the calling test class when chromium is missing, or fails when browser tests are required. */
	public static void assumeAvailable() {
		boolean available = Files.isExecutable(CHROMIUM);
		if (!available && "required".equals(System.getenv("KOHTAANTO_BROWSER_TESTS"))) {
			throw new IllegalStateException("Browser tests are required but " + CHROMIUM
					+ " is missing; install it with: apt-get install chromium");
		}
		Assumptions.assumeTrue(available, "Browser tests skipped: install chromium (apt-get install chromium)");
	}

}
