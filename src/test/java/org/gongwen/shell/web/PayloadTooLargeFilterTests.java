package org.gongwen.shell.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.gongwen.shared.ApiErrorWriter;
import org.gongwen.shared.Translations;
import org.gongwen.shared.UploadLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 18: every 413, also one the container or Vaadin's upload answers on a path outside the
 * REST API, is the JSON error with a Chinese message naming the server's upload limits.
 */
class PayloadTooLargeFilterTests {

    static final String MESSAGE = "上传内容过大，服务器不予接收：单个文件不能超过 100 MB，一次上传合计不能超过 120 MB。";
    static final String UPLOAD = "/VAADIN/dynamic/resource/1/8c3b/upload";

    final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    final PayloadTooLargeFilter filter = new PayloadTooLargeFilter(new ApiErrorWriter(json, translations()), limits());

    @Test
    void aBareStatus413OfAVaadinUploadGetsTheJsonMessage() throws Exception {
        MockHttpServletResponse response =
                run(UPLOAD, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(413));
        assertJson413(response, UPLOAD);
    }

    @Test
    void theContainersSendError413GetsTheJsonMessage() throws Exception {
        MockHttpServletResponse response =
                run(UPLOAD, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendError(413));
        assertJson413(response, UPLOAD);
    }

    @Test
    void aMultipartParserRefusingTheSizeGetsTheJsonMessage() throws Exception {
        MockHttpServletResponse response = run("/camunda/api/admin/upload", (req, res) -> {
            throw new IllegalStateException(new FileSizeLimitExceededException("too big", 200L << 20, 100L << 20));
        });
        assertJson413(response, "/camunda/api/admin/upload");
    }

    @Test
    void otherAnswersAndFailuresPassUntouched() throws Exception {
        MockHttpServletResponse own = run("/api/v1/x", (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(413);
            res.setContentType("application/json");
            res.getWriter().write("{\"message\":\"自己的说明\"}");
        });
        assertThat(own.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"message\":\"自己的说明\"}");

        MockHttpServletResponse notFound =
                run("/x", (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendError(404));
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getContentAsString()).isEmpty();

        assertThatThrownBy(() -> run("/x", (req, res) -> {
                    throw new IllegalStateException("something else");
                }))
                .hasMessage("something else");
    }

    private MockHttpServletResponse run(String path, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private void assertJson413(MockHttpServletResponse response, String path) throws Exception {
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode error = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(error.get("status").asInt()).isEqualTo(413);
        assertThat(error.get("message").asText()).isEqualTo(MESSAGE);
        assertThat(error.get("path").asText()).isEqualTo(path);
    }

    private static Translations translations() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Translations(messages);
    }

    private static UploadLimits limits() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                Map.of("multipart", new MultipartConfigElement("", 100L << 20, 120L << 20, 0)));
        return new UploadLimits(beans.getBeanProvider(MultipartConfigElement.class));
    }
}
