package org.gongwen.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One user at a time in Debian's Chromium against the test server: sign in, open a task from
 * the inbox, keep a screenshot and the DOM when a journey fails.
 */
public final class BrowserJourney implements AutoCloseable {

    public static final double TIMEOUT_MS = 30_000;

    private final Playwright playwright;
    private final Browser browser;
    private final int port;
    private Page page;

    public BrowserJourney(int port) {
        this.port = port;
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    public Page page() {
        return page;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login form in a fresh browser context and waits for the task inbox. */
    public Page loginAs(String username) {
        closePage();
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1400, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        page = context.newPage();
        // the browser's warnings and errors go to the test log, for the evidence of a failing journey
        page.onConsoleMessage(m -> {
            if (!"log".equals(m.type()) && !"debug".equals(m.type())) {
                System.err.println("browser " + m.type() + ": " + m.text());
            }
        });
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(Demo.PASSWORD);
        page.locator("vaadin-login-form")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        return page;
    }

    /** Clicks 办理 in the inbox row of the named task and waits for the task page. */
    public void openTask(String taskName) {
        Locator name = page.locator("vaadin-grid-cell-content .task-name")
                .filter(new Locator.FilterOptions().setHasText(taskName));
        assertThat(name).hasCount(1);
        openRow(name, taskName);
    }

    /** As {@link #openTask(String)}, for the row whose subject (the matter, e.g. a document's title) is {@code subject}. */
    public void openTask(String taskName, String subject) {
        // a JavaScript regex: no \Q..\E, so the title's special characters are escaped one by one
        String exact = "^" + subject.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$";
        Locator row = page.locator("vaadin-grid-cell-content .task-subject")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile(exact)));
        assertThat(row).hasCount(1);
        openRow(row, taskName);
    }

    private void openRow(Locator cell, String taskName) {
        // cell contents are slotted into the grid's shadow rows: find the last (actions) cell of that row
        String actionsSlot = (String) cell.evaluate("""
                node => {
                  const content = node.closest('vaadin-grid-cell-content');
                  const grid = content.closest('vaadin-grid');
                  const cells = grid.shadowRoot.querySelector(`slot[name="${content.getAttribute('slot')}"]`)
                      .closest('tr').querySelectorAll('td slot');
                  return cells[cells.length - 1].getAttribute('name');
                }""");
        page.locator("vaadin-grid-cell-content[slot=\"" + actionsSlot + "\"] vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("办理"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(taskName).setExact(true)))
                .isVisible();
    }

    /**
     * Waits until the document viewer {@code viewerSelector} has drawn its pages and its text layer
     * (the text PDF.js puts over the canvas for selection) holds {@code text}, whitespace aside.
     */
    public void assertViewerShows(String viewerSelector, String text) {
        page.waitForFunction(
                """
                ([selector, text]) => {
                  const viewer = document.querySelector(selector);
                  if (!viewer || !viewer.querySelector('.pdf-page canvas')) return false;
                  const words = [...viewer.querySelectorAll('.textLayer')].map(t => t.textContent).join('');
                  return words.replace(/\\s/g, '').includes(text);
                }""", List.of(viewerSelector, text), new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        assertThat(page.locator(viewerSelector + " .pdf-page canvas").first()).isVisible();
        assertThat(page.locator(viewerSelector + " .pdf-page-number")).hasText(Pattern.compile("^第 1 / \\d+ 页$"));
    }

    /**
     * Screenshot and DOM of the failing page, to {@code target/journey-evidence/<test class>-<time>.png} and
     * {@code .html} (in the build's own folder, so builds running side by side keep their own); the failure
     * names the files.
     */
    public void keepEvidence(Throwable failure) {
        if (page == null || page.isClosed()) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Paths.get("target", "journey-evidence"));
            String name = failingTest(failure) + "-" + System.currentTimeMillis();
            Path screenshot = folder.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(screenshot)
                    .setFullPage(true)
                    .setTimeout(5_000));
            Files.writeString(folder.resolve(name + ".html"), page.content());
            failure.addSuppressed(new Exception("the page as it was: " + screenshot.toAbsolutePath() + " and .html"));
        } catch (RuntimeException | IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The simple name of the test class the failure passed through, else "journey". */
    private static String failingTest(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String type = frame.getClassName();
            if (type.endsWith("Tests") || type.endsWith("IT")) {
                return type.substring(type.lastIndexOf('.') + 1);
            }
        }
        return "journey";
    }

    public void closePage() {
        if (page != null) {
            page.context().close();
            page = null;
        }
    }

    @Override
    public void close() {
        closePage();
        playwright.close();
    }
}
