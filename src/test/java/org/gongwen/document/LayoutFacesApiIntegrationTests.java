package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.gongwen.support.IntegrationTest;
import org.gongwen.support.RealHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/v1/layout/faces over real HTTP: administrators only, the same rows as the 版式字体 page. */
@IntegrationTest
class LayoutFacesApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Test
    void administratorsReadWhichFacePrintsEachElement() throws Exception {
        HttpResponse<String> response = RealHttp.basic(port, "admin").get("/api/v1/layout/faces");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode faces = json.readTree(response.body());
        assertThat(faces.get("folder").asText()).endsWith("test-fonts");
        assertThat(faces.get("unrecognised")).isEmpty();
        JsonNode elements = faces.get("elements");
        assertThat(elements).hasSize(14);
        JsonNode heading1 = elements.get(6);
        assertThat(heading1.get("element").asText()).isEqualTo("HEADING1");
        assertThat(heading1.get("name").asText()).isEqualTo("一级标题");
        assertThat(heading1.get("expected").asText()).isEqualTo("黑体");
        assertThat(heading1.get("family").asText()).isEqualTo("Noto Sans SC Medium");
        assertThat(heading1.get("source").asText()).isEqualTo("BUNDLED");
        assertThat(heading1.get("sourceName").asText()).isEqualTo("内置开源字体");
        assertThat(heading1.get("warning").asText()).isEqualTo("以开源字体 Noto Sans SC Medium 替代 黑体");
        JsonNode body = elements.get(5);
        assertThat(body.get("family").asText()).isEqualTo("FandolFang");
        assertThat(body.get("fallback").asText()).isEqualTo("Noto Serif SC");
    }

    @Test
    void othersAreRefused() {
        assertThat(RealHttp.basic(port, "z01.clerk").get("/api/v1/layout/faces").statusCode())
                .isEqualTo(403);
        assertThat(RealHttp.anonymous(port).get("/api/v1/layout/faces").statusCode())
                .isEqualTo(401);
    }
}
