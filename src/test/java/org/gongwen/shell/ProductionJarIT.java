package org.gongwen.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.ProductionJar;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, copied into an empty folder and started there as an operator would, serves
 * Vaadin's production build: no development-mode pop-up or dev tools, the product in the tab, the
 * demo accounts usable as soon as the login page is, and a start-up log without warnings floods or
 * stack traces, also when a browser tab closes.
 */
class ProductionJarIT {

    @Test
    void startsFromAnEmptyFolderInProductionModeAndServesTheLoginPage() throws Exception {
        ProductionJar jar = ProductionJar.shared();

        try (Stream<Path> files = Files.list(jar.folder())) {
            // started in a folder that held nothing but the jar (other tests may add backups)
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .contains("gongwen.jar", "data")
                    .doesNotContain("pom.xml", "src", "target");
        }
        assertThat(jar.log())
                .contains("Vaadin is running in production mode")
                .doesNotContain("HHH90006001", "does not look like a Maven or Gradle project");
        assertThat(jar.get("/icons/gongwen.svg").statusCode()).isEqualTo(200);

        try (BrowserJourney browser = new BrowserJourney(jar.port())) {
            Page page = browser.loginAs("z01.clerk");
            try {
                assertThat(page).hasTitle(Pattern.compile(".+ - 公文交换$"));
                assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
                assertThat(page.locator("body")).not().containsText("Development Mode");
                assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "icons/gongwen.svg");

                page.navigate(jar.url("/login"));
                assertThat(page.locator("vaadin-login-form")).isVisible();
                assertThat(page).hasTitle(Pattern.compile("公文交换"));
                assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
                assertThat(page.locator("body")).not().containsText("Development Mode");
            } catch (AssertionError | RuntimeException e) {
                browser.keepEvidence(e);
                throw e;
            }
        }
        Thread.sleep(2_000);
        List<String> stackLines =
                jar.log().lines().filter(line -> line.startsWith("\tat ")).toList();
        assertThat(stackLines).as("stack traces in the log").isEmpty();
    }
}
