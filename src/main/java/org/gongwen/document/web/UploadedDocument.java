package org.gongwen.document.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.gongwen.document.DocumentInfo;

/**
 * The answer to an upload: the document as it now stands and, when files go on paper instead of
 * electronically (A11.3), a message saying which and why.
 */
record UploadedDocument(
        @JsonUnwrapped DocumentInfo document,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "Which attachments were recorded as delivered on paper (纸质送达) and why; "
                        + "absent when every file goes electronically",
                example = "附件“统计表.xlsx”大小为 10.1 MB，超过单个附件电子传输上限 10 MB，已登记为纸质送达，请另行报送纸质件。")
        String message) {}
