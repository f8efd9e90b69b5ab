package org.gongwen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.gongwen.document.internal.BodyPdf;
import org.gongwen.document.internal.DocumentProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

/**
 * Issue 18: as shipped (application.yml), the server's own upload limits sit above every limit the
 * application explains, so an oversized attachment reaches the application and is recorded for
 * paper rather than refused by the container.
 */
class TransmitLimitsConfigurationTests {

    @Test
    void theServersUploadLimitsSitAboveTheApplicationsLimits() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties shipped = yaml.getObject();
        Binder binder = new Binder(new MapConfigurationPropertySource(shipped));
        DocumentProperties document =
                binder.bind("gongwen.document", DocumentProperties.class).get();
        long maxFile = DataSize.parse(shipped.getProperty("spring.servlet.multipart.max-file-size"))
                .toBytes();
        long maxRequest = DataSize.parse(shipped.getProperty("spring.servlet.multipart.max-request-size"))
                .toBytes();
        long swallow = DataSize.parse(shipped.getProperty("server.tomcat.max-swallow-size"))
                .toBytes();

        assertThat(document.attachmentTransmitLimitBytes())
                .isEqualTo(DataSize.ofMegabytes(10).toBytes());
        assertThat(document.documentTransmitLimitBytes())
                .isEqualTo(DataSize.ofMegabytes(50).toBytes());
        assertThat(maxFile)
                .as("several times an attachment's limit, and above a body PDF")
                .isGreaterThanOrEqualTo(5 * document.attachmentTransmitLimitBytes())
                .isGreaterThan(BodyPdf.MAX_BYTES);
        assertThat(maxRequest).isGreaterThan(maxFile).isGreaterThanOrEqualTo(document.documentTransmitLimitBytes());
        assertThat(swallow)
                .as("a refused request is read to its end, so the client gets the JSON 413")
                .isGreaterThanOrEqualTo(maxRequest);
    }
}
