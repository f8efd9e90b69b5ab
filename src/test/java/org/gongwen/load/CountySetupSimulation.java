package org.gongwen.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * The feeder before a measured run (not itself measured): the county government's office
 * (县政府办, bgs.clerk, bgs.leader, bgs.seal) issues {@code load.setupDocuments} notices to all 49
 * receiving units through the API and waits until every one is sent, so that the workload's clerks
 * find documents to sign for and print.
 */
public class CountySetupSimulation extends Simulation {

    private final ScenarioBuilder issuer = scenario("setup: 县政府办 issues notices to every unit")
            .exec(session -> session.set("username", "bgs.clerk"))
            .exec(http("setup: units")
                    .get("/api/v1/units")
                    .check(jsonPath(
                                    "$[?(@.kind=='TOWN' || @.kind=='DEPARTMENT' || @.kind=='AFFILIATED_INSTITUTION')].id")
                            .findAll()
                            .saveAs("receivers")))
            .repeat(LoadSettings.SETUP_DOCUMENTS, "n")
            .on(exec(session -> session.set(
                            "draftJson",
                            CountyApi.draftJson(
                                    "关于开展冬季安全生产大检查的通知（压力测试" + System.currentTimeMillis() % 100000 + "-"
                                            + session.getInt("n") + "）",
                                    "清河县人民政府办公室",
                                    session.getList("receivers"))))
                    .exec(CountyApi.issue("bgs"))
                    .exec(session -> {
                        List<Object> issued =
                                new ArrayList<>(session.contains("issued") ? session.getList("issued") : List.of());
                        issued.add(session.getLong("docId"));
                        return session.set("issued", issued);
                    }))
            .exitHereIfFailed()
            .foreach("#{issued}", "waitFor")
            .on(exec(session -> session.remove("docStatus"))
                    .asLongAsDuring(
                            session -> !"SENT".equals(session.getString("docStatus")), LoadSettings.ASYNC_TIMEOUT)
                    .on(exec(http("setup: await fan-out")
                                    .get("/api/v1/documents/#{waitFor}")
                                    .check(jsonPath("$.status").saveAs("docStatus")))
                            .doIf(session -> !"SENT".equals(session.getString("docStatus")))
                            .then(exec(session -> session).pause(2)))
                    .exec(session -> "SENT".equals(session.getString("docStatus"))
                            ? session
                            : CountyApi.failed(session, "notice " + session.getLong("waitFor") + " not sent in time")));

    {
        setUp(issuer.injectOpen(atOnceUsers(1))).protocols(CountyApi.protocol());
    }
}
