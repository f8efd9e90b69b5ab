package org.gongwen.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The REST calls of /api/v1 the load test makes, as Gatling chains; every person signs in with HTTP Basic. */
final class CountyApi {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private CountyApi() {}

    /** Every virtual user keeps to one node; the user's name is the session's {@code username}. */
    static HttpProtocolBuilder protocol() {
        return http.baseUrls(LoadSettings.BASE_URLS)
                .acceptHeader("application/json, application/pdf;q=0.9, */*;q=0.8")
                .acceptLanguageHeader("zh-CN")
                .basicAuth("#{username}", LoadSettings.PASSWORD)
                .userAgentHeader("gongwen-load/1.0 (Gatling)");
    }

    /** A notice as the drafter fills it in; recipients are unit ids, each a main recipient with 2 copies. */
    static String draftJson(String title, String signingOrgan, List<?> unitIds) {
        StringBuilder recipients = new StringBuilder();
        for (Object id : unitIds) {
            if (recipients.length() > 0) {
                recipients.append(',');
            }
            recipients.append("{\"unitId\":").append(id).append(",\"kind\":\"MAIN\",\"printQuota\":2}");
        }
        return "{\"kind\":\"NOTICE\",\"title\":\"" + title + "\",\"countyLevel\":false,"
                + "\"signingOrgan\":\"" + signingOrgan + "\",\"recipients\":[" + recipients + "],"
                + "\"body\":[{\"level\":0,\"text\":\"各有关单位：为做好冬季安全生产工作，请于本月底前完成隐患排查，"
                + "并将排查情况报县政府办公室。\"},{\"level\":1,\"text\":\"一、工作要求\"},"
                + "{\"level\":0,\"text\":\"各单位主要负责人要亲自部署，明确责任人，确保排查不留死角。\"}]}";
    }

    /** Some of the session's {@code candidates} (unit ids), at random. */
    static List<Object> pick(Session session, String candidates, int count) {
        List<Object> all = new java.util.ArrayList<>(session.getList(candidates));
        java.util.Collections.shuffle(all, ThreadLocalRandom.current());
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    /**
     * The whole issue of one document by the staff of unit {@code prefix} (clerk, leader and seal
     * custodian, as in the REST journey tests): draft, submit, approve, stamp, confirm the send. The
     * draft is the session's {@code draftJson}; the document's id is left in {@code docId}.
     */
    static ChainBuilder issue(String prefix) {
        String clerk = prefix + ".clerk";
        return exec(session -> session.remove("docId"))
                .exec(http("issue: draft")
                        .post("/api/v1/documents")
                        .basicAuth(clerk, LoadSettings.PASSWORD)
                        .body(StringBody("#{draftJson}"))
                        .asJson()
                        .check(jsonPath("$.id").saveAs("docId")))
                .exitHereIfFailed()
                .exec(http("issue: submit")
                        .post("/api/v1/documents/#{docId}/submit")
                        .basicAuth(clerk, LoadSettings.PASSWORD))
                .exec(completeTask(
                        prefix + ".leader",
                        "document-approval",
                        "document-#{docId}",
                        "{\"decision\":\"approve\",\"comment\":\"同意\"}",
                        "issue: approve"))
                .exec(completeTask(
                        prefix + ".seal",
                        "document-approval",
                        "document-#{docId}",
                        "{\"stampConfirmed\":true}",
                        "issue: stamp"))
                .exec(completeTask(
                        clerk,
                        "document-send",
                        "document-send-#{docId}",
                        "{\"sendConfirmed\":true}",
                        "issue: confirm send"));
    }

    /** Waits until {@code user} sees the task of {@code businessKey} (the job executor moves processes on), then completes it. */
    private static ChainBuilder completeTask(
            String user, String process, String businessKey, String form, String name) {
        return exec(session -> session.remove("taskId"))
                .asLongAsDuring(session -> !session.contains("taskId"), LoadSettings.ASYNC_TIMEOUT)
                .on(exec(http(name + " (await task)")
                                .get("/api/v1/tasks?process=" + process + "&limit=200")
                                .basicAuth(user, LoadSettings.PASSWORD)
                                .check(jsonPath("$.items[?(@.businessKey=='" + businessKey + "')].id")
                                        .optional()
                                        .saveAs("taskId")))
                        .doIf(session -> !session.contains("taskId"))
                        .then(exec(session -> session).pause(1)))
                .exec(session ->
                        session.contains("taskId") ? session : failed(session, name + ": no task " + businessKey))
                .exitHereIfFailed()
                .exec(http(name)
                        .post("/api/v1/tasks/#{taskId}/complete")
                        .basicAuth(user, LoadSettings.PASSWORD)
                        .body(StringBody(form))
                        .asJson()
                        .check(status().is(204)));
    }

    static Session failed(Session session, String why) {
        System.err.println("[load] " + session.getString("username") + ": " + why);
        return session.markAsFailed();
    }
}
