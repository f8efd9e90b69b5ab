package org.gongwen.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A working morning of the demo county, {@code load.users} (100) people at once through /api/v1,
 * each with HTTP Basic and staying on one node:
 * <ul>
 * <li>49 clerks, one per receiving unit (so no two users race for one unit's sign-for): poll the
 * inbox, open a new document, run the checks, sign for it and print a copy; otherwise open a
 * signed one (detail and viewing PDF), now and then print again;</li>
 * <li>35 leaders: poll their unit's inbox, read a document and its history, look at their tasks;</li>
 * <li>10 drafters (clerks of ten departments): draft a notice, edit it, sometimes preview its layout,
 * list their unit's documents;</li>
 * <li>5 supervisors: the supervision dashboard (figures, process figures, open work);</li>
 * <li>1 sender, 城关镇's staff: draft, submit, approve, stamp and send a notice to three towns, again
 * and again.</li>
 * </ul>
 * Run {@link CountySetupSimulation} first so that there is something to sign for. The goal (issue 16):
 * no failed request and p95 at most 500 ms.
 */
public class CountyWorkloadSimulation extends Simulation {

    private static final int USERS = LoadSettings.USERS;
    private static final int SENDERS = 1;
    private static final int SUPERVISORS = Math.max(1, USERS * 5 / 100);
    private static final int DRAFTERS = Math.max(1, USERS / 10);
    private static final int CLERKS = Math.min(DemoCounty.RECEIVING_UNITS.size(), USERS * 49 / 100);
    private static final int LEADERS = Math.max(0, USERS - SENDERS - SUPERVISORS - DRAFTERS - CLERKS);
    private static final String PERIOD = "from=" + CountyApi.TODAY.minusDays(30) + "&to=" + CountyApi.TODAY;
    private static final AtomicInteger SENT = new AtomicInteger();

    private static List<Map<String, Object>> people(String role, int count, int offset) {
        List<Map<String, Object>> people = new ArrayList<>();
        List<String> units = DemoCounty.RECEIVING_UNITS;
        for (int i = 0; i < count; i++) {
            people.add(Map.of("username", DemoCounty.user(units.get((offset + i) % units.size()), role)));
        }
        return people;
    }

    /** Poll, then sign for and print what is new, else read what is signed. */
    private final ChainBuilder clerkRound = exec(session ->
                    session.remove("toSign").remove("signed"))
            .exec(http("inbox: poll")
                    .get("/api/v1/inbox?size=20")
                    .check(jsonPath("$.items[?(@.state=='DELIVERED')].distributionId")
                            .findRandom()
                            .optional()
                            .saveAs("toSign"))
                    .check(jsonPath("$.items[?(@.state=='SIGNED')].distributionId")
                            .findRandom()
                            .optional()
                            .saveAs("signed")))
            .pause(1, 3)
            .doIfOrElse(session -> session.contains("toSign"))
            .then(exec(http("inbox: open").get("/api/v1/inbox/#{toSign}"))
                    .exec(http("inbox: checks").get("/api/v1/inbox/#{toSign}/checks"))
                    .pause(1, 2)
                    // a 409 means "someone acted at the same moment": read the entry again and, if it
                    // still waits, sign for it again (docs/interface.md); such retries are named apart
                    .exec(http("inbox: sign for")
                            .post("/api/v1/inbox/#{toSign}/sign-for")
                            .check(status().in(200, 204, 409).saveAs("signForStatus")))
                    .doIf(session -> session.getInt("signForStatus") == 409)
                    .then(pause(1).exec(http("inbox: open again after 409")
                                    .get("/api/v1/inbox/#{toSign}")
                                    .check(jsonPath("$.state").saveAs("stateNow")))
                            .doIf(session -> "DELIVERED".equals(session.getString("stateNow")))
                            .then(exec(http("inbox: sign for (retry after 409)")
                                    .post("/api/v1/inbox/#{toSign}/sign-for"))))
                    .pause(1, 2)
                    .exec(http("inbox: print").post("/api/v1/inbox/#{toSign}/prints")))
            .orElse(doIf(session -> session.contains("signed"))
                    .then(exec(http("inbox: detail").get("/api/v1/inbox/#{signed}/detail"))
                            .exec(http("inbox: view pdf").get("/api/v1/inbox/#{signed}/view.pdf"))
                            .randomSwitch()
                            .on(percent(10).then(exec(http("inbox: print").post("/api/v1/inbox/#{signed}/prints"))))))
            .pause(2, 4);

    private final ChainBuilder leaderRound = exec(session -> session.remove("entry"))
            .exec(http("inbox: poll")
                    .get("/api/v1/inbox?size=20")
                    .check(jsonPath("$.items[*].distributionId")
                            .findRandom()
                            .optional()
                            .saveAs("entry")))
            .pause(1, 3)
            .doIf(session -> session.contains("entry"))
            .then(exec(http("inbox: open").get("/api/v1/inbox/#{entry}"))
                    .exec(http("inbox: history").get("/api/v1/inbox/#{entry}/history"))
                    .pause(1, 3))
            .exec(http("tasks: list").get("/api/v1/tasks?limit=20"))
            .pause(2, 4);

    private final ChainBuilder drafterRound = exec(session -> session.set(
                    "draftJson",
                    CountyApi.draftJson(
                            "关于做好今冬明春森林防火工作的通知", session.getString("unitName"), CountyApi.pick(session, "towns", 3))))
            .exec(session -> session.remove("draftId"))
            .exec(http("draft: create")
                    .post("/api/v1/documents")
                    .body(StringBody("#{draftJson}"))
                    .asJson()
                    .check(jsonPath("$.id").saveAs("draftId")))
            .pause(2, 4)
            .doIf(session -> session.contains("draftId"))
            .then(exec(http("draft: edit")
                            .put("/api/v1/documents/#{draftId}")
                            .body(StringBody("#{draftJson}"))
                            .asJson())
                    .randomSwitch()
                    .on(percent(25)
                            .then(exec(http("draft: preview")
                                    .post("/api/v1/documents/preview")
                                    .body(StringBody("#{draftJson}"))
                                    .asJson()))))
            .pause(1, 3)
            .exec(http("documents: list").get("/api/v1/documents"))
            .pause(2, 4);

    private final ChainBuilder supervisorRound = exec(http("dashboard: figures")
                    .get("/api/v1/supervision/figures?" + PERIOD))
            .pause(1, 3)
            .exec(http("dashboard: processes").get("/api/v1/supervision/processes?" + PERIOD))
            .pause(1, 3)
            .exec(http("dashboard: open work").get("/api/v1/supervision/processes/open-work"))
            .pause(2, 4);

    private final ChainBuilder senderRound = exec(session -> session.set(
                    "draftJson",
                    CountyApi.draftJson(
                            "关于报送年度工作总结的通知（压力测试" + SENT.incrementAndGet() + "）",
                            "清河县城关镇人民政府",
                            CountyApi.pick(session, "towns", 3))))
            .exec(CountyApi.issue("z01"))
            .pause(5, 10);

    private ScenarioBuilder working(String name, List<Map<String, Object>> people, ChainBuilder round) {
        return scenario(name)
                .feed(listFeeder(people).queue())
                .during(LoadSettings.DURATION)
                .on(round);
    }

    private PopulationBuilder arriving(ScenarioBuilder scenario, int users) {
        return scenario.injectOpen(rampUsers(users).during(LoadSettings.RAMP));
    }

    {
        ChainBuilder towns = exec(http("units: directory")
                .get("/api/v1/units")
                .check(jsonPath("$[?(@.kind=='TOWN' && @.code!='Z01')].id")
                        .findAll()
                        .saveAs("towns")));
        ChainBuilder me =
                exec(http("me").get("/api/v1/me").check(jsonPath("$.unitName").saveAs("unitName")));
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(arriving(working("clerks", people("clerk", CLERKS, 0), clerkRound), CLERKS));
        if (LEADERS > 0) {
            populations.add(arriving(working("leaders", people("leader", LEADERS, 0), leaderRound), LEADERS));
        }
        // the last departments' clerks, so that they are not the units the sender writes to
        populations.add(arriving(
                scenario("drafters")
                        .feed(listFeeder(people("clerk", DRAFTERS, 35)).queue())
                        .exec(towns)
                        .exec(me)
                        .during(LoadSettings.DURATION)
                        .on(drafterRound),
                DRAFTERS));
        populations.add(arriving(
                scenario("supervisors")
                        .feed(listFeeder(List.<Map<String, Object>>of(Map.of("username", "bgs.supervisor")))
                                .circular())
                        .during(LoadSettings.DURATION)
                        .on(supervisorRound),
                SUPERVISORS));
        populations.add(arriving(
                scenario("sender")
                        .exec(session -> session.set("username", "z01.clerk"))
                        .exec(towns)
                        .during(LoadSettings.DURATION)
                        .on(senderRound),
                SENDERS));
        setUp(populations)
                .protocols(CountyApi.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lte(500));
    }
}
