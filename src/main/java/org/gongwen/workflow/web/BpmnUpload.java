package org.gongwen.workflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.FileContent;
import org.gongwen.shared.FileNames;
import org.gongwen.workflow.internal.ProcessAdministration;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * A BPMN model sent to the API: an XML body ({@code application/xml}, {@code text/xml}) or a
 * {@code .bpmn} file in a multipart upload (part {@code file}). Anything else is refused.
 */
record BpmnUpload(String fileName, String xml) {

    /** Thrown for a request that carries no BPMN at all; answered with 415. */
    static final class UnsupportedUpload extends RuntimeException {
        final String messageKey;

        UnsupportedUpload(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    static BpmnUpload read(HttpServletRequest request, String fileName) throws IOException {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new UnsupportedUpload("processAdmin.error.mediaType");
            }
            String name = FileNames.displayName(file.getOriginalFilename(), "");
            if (!name.toLowerCase().endsWith(".bpmn")) {
                throw new UnsupportedUpload("processAdmin.error.fileType");
            }
            try (InputStream in = file.getInputStream()) {
                return new BpmnUpload(name, xml(limited(in)));
            }
        }
        if (!isXml(request.getContentType())) {
            throw new UnsupportedUpload("processAdmin.error.mediaType");
        }
        try (InputStream in = request.getInputStream()) {
            return new BpmnUpload(
                    fileName == null ? null : FileNames.displayName(fileName, "process.bpmn"), xml(limited(in)));
        }
    }

    /**
     * The model's text. A file that is by its content something else (PDF, image, archive, office
     * file) is refused whatever it was declared as; broken XML goes on to the checks, which say where.
     */
    private static String xml(byte[] bytes) {
        FileContent content = FileContent.of(bytes, null);
        if (content != FileContent.XML && content != FileContent.OTHER) {
            throw new UnsupportedUpload("processAdmin.error.notXml");
        }
        return decode(bytes);
    }

    private static boolean isXml(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_XML.equalsTypeAndSubtype(type)
                    || MediaType.TEXT_XML.equalsTypeAndSubtype(type);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(ProcessAdministration.MAX_BPMN_BYTES + 1);
        if (bytes.length > ProcessAdministration.MAX_BPMN_BYTES) {
            throw BusinessException.tooLarge(
                    "processAdmin.error.tooLarge", ProcessAdministration.MAX_BPMN_BYTES / 1024 / 1024);
        }
        return bytes;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw BusinessException.invalid("processAdmin.error.encoding");
        }
    }
}
