package org.gongwen.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gongwen.document.RecipientEntry;
import org.gongwen.document.RecipientKind;
import org.gongwen.document.process.DocumentSendProcess;
import org.gongwen.organization.OrganizationService;
import org.gongwen.security.DirectoryUser;
import org.gongwen.security.UserDirectory;
import org.gongwen.support.BrowserJourney;
import org.gongwen.support.DocumentChain;
import org.gongwen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * No page meets a clerk with English or with Vaadin's development-mode pop-up: every route of
 * Vaadin's route registry that a demo role may open is visited by that role in Chromium, with the
 * first task and the first received document followed to their pages, and the visible text (the
 * page's and that inside Vaadin components' shadow DOM) is searched for English UI words. In
 * development mode the dev tools themselves are left out; in production mode they must not exist.
 * A page that fails leaves a screenshot in {@code target/english-words/}.
 */
@IntegrationTest
class NoEnglishOnAnyPageJourneyTests {

    /** The demo logins of README.md's "Demo logins", one per role. */
    static final List<String> DEMO_LOGINS = List.of(
            "z01.clerk",
            "z01.leader",
            "z01.seal",
            "z01.tech",
            "bgs.staff",
            "bgs.supervisor",
            "xxzx.staff",
            "admin",
            "sbmj.witness");

    /**
     * Words of an English UI, of the codes the application stores, and of a failure: matched as
     * whole words (case as written), so 公文 text around them does not matter.
     */
    static final List<String> ENGLISH = List.of(
            "Development Mode",
            "Live reload",
            "detail",
            "layout",
            "PRINT",
            "PRINTED",
            "unofficial",
            "PROCESS",
            "Process",
            "USER TASK",
            "User Task",
            "User task",
            "External task",
            "ACTIVATED",
            "APPLIED",
            "REVOKED",
            "account",
            "Account",
            "seal",
            "Seal",
            "null",
            "undefined",
            "NaN",
            "Error",
            "error",
            "Exception",
            "exception",
            "Business key",
            "Started by",
            "Assignee",
            "Task",
            "Loading",
            "Could not navigate",
            "Route not found",
            "Access denied",
            "Forbidden",
            "Unauthorized",
            "Internal Server Error",
            "Stack trace",
            "DRAFT",
            "SENT",
            "SENDING",
            "PENDING",
            "DELIVERED",
            "SIGNED",
            "RETURNED",
            "VIEWED",
            "APPROVED",
            "CLERK",
            "LEADER",
            "SEAL_CUSTODIAN",
            "ADMIN",
            "TECHNICIAN",
            "true",
            "false",
            "Today",
            "Cancel",
            "Upload",
            "Drop",
            "Submit",
            "Save",
            "Delete",
            "Search",
            "Select",
            "Close",
            "Yes",
            "General",
            "Documentation",
            "Asynchronous continuations",
            "Start Event",
            "End Event",
            "Sequence Flow",
            "Exclusive Gateway",
            "Service Task",
            "Call Activity",
            "created for unit",
            "locked for",
            "password expired",
            "archival package",
            "roles set to",
            "handed to",
            "registered",
            "revoked",
            "BadCredentialsException");

    /** Business keys and addresses people must not meet either. */
    static final List<Pattern> IDENTIFIERS = List.of(
            Pattern.compile("\\b(document|distribution|handover|reissue|deletion|incident|inspection)-[\\w.]+"),
            Pattern.compile("0:0:0:0:0:0:0:1"),
            Pattern.compile("::1\\b"),
            Pattern.compile("(/work|/home|/tmp|/opt|[A-Z]:\\\\)[/\\\\]?\\S*\\.bpmn"));

    /**
     * What may stay: e-mail addresses and usernames (in the people administration and input fields),
     * file names, and the product and format names a county's staff use as they are.
     */
    static final List<Pattern> ALLOWED = List.of(
            Pattern.compile("[\\w.+-]+@[\\w.-]+"),
            Pattern.compile("\\b[a-z]+\\d*\\.(clerk|leader|seal|tech|staff|supervisor|witness)\\b"),
            Pattern.compile("\\b[\\w-]+\\.(pdf|bpmn|zip|csv|docx|png|xml)\\b"),
            Pattern.compile(
                    "\\b(PDF|CSV|BPMN|API|OA|ZIP|DOCX|OFD|Camunda|Cockpit|ECharts|PDF\\.js|TLS|IP|URL|PNG)\\b"));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ServletContext servletContext;

    @Autowired
    UserDirectory directory;

    @Autowired
    OrganizationService organization;

    @Autowired
    ProcessEngine engine;

    /**
     * The processes' keys (the BPMN ids) stay: 流程管理 lists them beside the names, as the administrator
     * meets them in the modeler and in Camunda Cockpit.
     */
    private Set<String> processKeys = Set.of();

    @Test
    void noPageShowsEnglishOrTheDevelopmentModePopUpToAnyDemoRole() throws Exception {
        processKeys = engine.getRepositoryService().createProcessDefinitionQuery().list().stream()
                .map(ProcessDefinition::getKey)
                .collect(Collectors.toSet());
        // a task with a document for the demo clerk z01.clerk, so the task page and its subject are seen
        // too: sent by 城关镇 itself, the demo roles being what this test is about
        long documentId = DocumentChain.in(context)
                .signedAndAwaitingConfirmation(
                        "z01",
                        "清河县城关镇人民政府",
                        "关于检查页面文字的通知",
                        List.of(new RecipientEntry(
                                organization.unitByCode("Z05").orElseThrow().id(), RecipientKind.MAIN, 1)));
        VaadinServletContext vaadin = new VaadinServletContext(servletContext);
        boolean productionMode = ApplicationConfiguration.get(vaadin).isProductionMode();
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(vaadin).getRegisteredRoutes();
        assertThat(routes).extracting(RouteData::getTemplate).contains("tasks", "audit", "admin/processes/modeler");
        Path evidence = Paths.get("target", "english-words");
        Files.createDirectories(evidence);
        List<String> failures = new ArrayList<>();
        Set<String> tasksOpened = new LinkedHashSet<>();
        int visited = 0;
        Set<String> notFoundShown = new LinkedHashSet<>();
        try (BrowserJourney journey = new BrowserJourney(port)) {
            for (String login : DEMO_LOGINS) {
                Set<String> roles = directory
                        .findByUsername(login)
                        .map(DirectoryUser::roles)
                        .orElseThrow();
                Page page = journey.loginAs(login);
                for (RouteData route : routes) {
                    String template = route.getTemplate();
                    if (template.contains(":") && !template.endsWith("?")
                            || !mayOpen(route.getNavigationTarget(), roles)
                            || template.equals("login")) {
                        continue;
                    }
                    String path = "/" + template.replaceAll("/:[^/]*\\?$", "");
                    visited++;
                    check(page, login, path, productionMode, evidence, failures);
                    if (template.equals("tasks")
                            && follow(
                                    page,
                                    "vaadin-grid-cell-content vaadin-button:has-text('办理')",
                                    login,
                                    "tasks/…",
                                    productionMode,
                                    evidence,
                                    failures)) {
                        tasksOpened.add(login);
                    } else if (template.equals("inbox")) {
                        follow(
                                page,
                                "vaadin-grid-cell-content span",
                                login,
                                "inbox/…",
                                productionMode,
                                evidence,
                                failures);
                    }
                }
                if (login.equals("z01.clerk")) {
                    // an address with no page, and a page the clerk's roles do not open
                    for (String path : List.of("/no-such-page", "/admin/processes")) {
                        check(page, login, path, productionMode, evidence, failures);
                        notFoundShown.add(shows(page, "h2:has-text('页面不存在')") ? path : "");
                    }
                }
            }
        } finally {
            engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(DocumentSendProcess.businessKey(documentId))
                    .list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
        }
        assertThat(visited).isGreaterThan(DEMO_LOGINS.size() * 3);
        assertThat(tasksOpened).contains("z01.clerk");
        assertThat(notFoundShown).contains("/no-such-page", "/admin/processes");
        assertThat(failures)
                .as("pages with English or the development-mode pop-up (screenshots in %s)", evidence)
                .isEmpty();
        assertThat(englishIn("发文审批 document-approval", Set.of("document-approval")))
                .isEmpty();
        assertThat(englishIn("待办 document-approval-7", Set.of("document-approval")))
                .isNotEmpty();
    }

    /** Opens {@code path} inside the running Vaadin app (no page reload) and searches what is shown. */
    private void check(
            Page page, String login, String path, boolean productionMode, Path evidence, List<String> failures) {
        Runnable navigate = () -> page.evaluate("""
                path => {
                  window.history.pushState({}, '', path);
                  window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
                }""", path);
        if (page.url().endsWith(path)) {
            navigate.run();
        } else {
            // the server's answer to the navigation, so the page inspected is the new one
            page.waitForResponse(
                    r -> r.url().contains("v-r=uidl"),
                    new Page.WaitForResponseOptions().setTimeout(BrowserJourney.TIMEOUT_MS),
                    navigate);
        }
        page.waitForURL(u -> u.endsWith(path) || !u.contains(path));
        settle(page, path);
        inspect(page, login, path, productionMode, evidence, failures);
    }

    private boolean follow(
            Page page,
            String selector,
            String login,
            String label,
            boolean productionMode,
            Path evidence,
            List<String> failures) {
        Locator first = page.locator(selector).first();
        if (first.count() == 0 || !first.isVisible()) {
            return false;
        }
        first.click();
        settle(page, label);
        inspect(page, login, label, productionMode, evidence, failures);
        return true;
    }

    /**
     * Whether {@code selector} becomes visible: waited for, as Vaadin may not yet have sent the
     * navigation when {@link #settle} found nothing in flight.
     */
    private static boolean shows(Page page, String selector) {
        try {
            page.locator(selector).first().waitFor(new Locator.WaitForOptions().setTimeout(BrowserJourney.TIMEOUT_MS));
            return true;
        } catch (com.microsoft.playwright.TimeoutError notShown) {
            return false;
        }
    }

    /** Waits until Vaadin has nothing in flight, and for the modeler until its diagram is drawn. */
    private static void settle(Page page, String path) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                    && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""", null, new Page.WaitForFunctionOptions().setTimeout(BrowserJourney.TIMEOUT_MS));
        if (path.contains("modeler")) {
            page.waitForSelector(
                    ".bio-properties-panel-header",
                    new Page.WaitForSelectorOptions().setTimeout(BrowserJourney.TIMEOUT_MS));
        }
    }

    private void inspect(
            Page page, String login, String path, boolean productionMode, Path evidence, List<String> failures) {
        String text = (String) page.evaluate("""
                () => {
                  const skip = el => el.localName === 'vaadin-dev-tools' || el.localName === 'copilot-main';
                  const parts = [document.body.innerText];
                  const visit = root => {
                    for (const el of root.querySelectorAll('*')) {
                      if (skip(el)) continue;
                      if (el.shadowRoot) {
                        const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
                        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                          const parent = n.parentElement;
                          if (!parent || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
                          if (parent.checkVisibility && !parent.checkVisibility()) continue;
                          if (n.textContent.trim()) parts.push(n.textContent.trim());
                        }
                        visit(el.shadowRoot);
                      }
                    }
                  };
                  visit(document);
                  return parts.join('\\n');
                }""");
        List<String> found = englishIn(text, processKeys);
        if (productionMode && (Boolean) page.evaluate("() => !!document.querySelector('vaadin-dev-tools')")) {
            found.add("vaadin-dev-tools");
        }
        if (!found.isEmpty()) {
            String name = (login + path).replaceAll("[^\\w.-]+", "_");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target", "english-words", name + ".png"))
                    .setFullPage(true));
            failures.add(login + " " + path + ": " + found);
        }
    }

    static List<String> englishIn(String shown) {
        return englishIn(shown, Set.of());
    }

    /** As {@link #englishIn(String)}, leaving alone also the {@code processKeys}. */
    static List<String> englishIn(String shown, Set<String> processKeys) {
        String text = shown;
        for (String key : processKeys) {
            text = text.replaceAll("(?<![\\w-])" + Pattern.quote(key) + "(?![\\w-])", " ");
        }
        for (Pattern allowed : ALLOWED) {
            text = allowed.matcher(text).replaceAll(" ");
        }
        Set<String> found = new LinkedHashSet<>();
        for (String word : ENGLISH) {
            if (Pattern.compile("(?<![A-Za-z])" + Pattern.quote(word) + "(?![A-Za-z])")
                    .matcher(text)
                    .find()) {
                found.add(word);
            }
        }
        for (Pattern identifier : IDENTIFIERS) {
            Matcher m = identifier.matcher(text);
            if (m.find()) {
                found.add(m.group());
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether a person with {@code roles} may open the view, by its security annotation. */
    private static boolean mayOpen(Class<?> view, Set<String> roles) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        if (view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.stream(allowed.value()).anyMatch(roles::contains);
    }

    @Test
    void theWordListCatchesEnglishButLeavesNamesAddressesAndFormatsAlone() {
        assertThat(englishIn("审计日志 account z01.clerk · PRINTED: unofficial"))
                .contains("account", "PRINTED", "unofficial");
        assertThat(englishIn("待办 document-12 · 0:0:0:0:0:0:0:1")).contains("document-12", "0:0:0:0:0:0:0:1");
        assertThat(englishIn("林丽 z01.seal lin.li@qinghe.gov.cn 下载 PDF 导出 CSV 上传 BPMN 文件 document-3.pdf"))
                .isEmpty();
        assertThat(englishIn("发文审批 document-approval", Set.of("document-approval")))
                .isEmpty();
        assertThat(englishIn("待办 document-approval-7", Set.of("document-approval")))
                .isNotEmpty();
    }
}
