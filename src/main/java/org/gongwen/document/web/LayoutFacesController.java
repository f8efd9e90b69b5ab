package org.gongwen.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongwen.document.internal.LayoutFacesReport;
import org.gongwen.organization.Role;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.shared.Translations;
import org.springframework.http.MediaType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/layout")
@Secured("ROLE_" + Role.Names.ADMIN)
@Tag(name = "layout", description = "版式字体：各版式要素所用字体（系统管理员）/ layout faces (ADMIN)")
public class LayoutFacesController {

    private static final String EXAMPLE = """
            {"folder": "/opt/gongwen/data/fonts",
             "elements": [
               {"element": "TITLE", "name": "标题", "expected": "方正小标宋简体", "family": "方正小标宋简体",
                "file": "/opt/gongwen/data/fonts/FZXBSJW.TTF", "source": "FOLDER", "sourceName": "授权字体目录",
                "warning": null, "fallback": "Noto Serif SC Black"},
               {"element": "BODY", "name": "正文", "expected": "仿宋_GB2312", "family": "FandolFang",
                "file": "classpath:fonts/FandolFang-Regular.otf", "source": "BUNDLED", "sourceName": "内置开源字体",
                "warning": "以开源字体 FandolFang 替代 仿宋_GB2312", "fallback": "Noto Serif SC"}],
             "unrecognised": ["simsun.ttc (宋体)"]}""";

    private final LayoutRenderer renderer;
    private final Translations translations;

    LayoutFacesController(LayoutRenderer renderer, Translations translations) {
        this.renderer = renderer;
        this.translations = translations;
    }

    @GetMapping("/faces")
    @Operation(
            summary = "The face that prints each layout element (发文机关标志, 标题, 发文字号, 签发人, 主送机关, 正文, "
                    + "一级标题, 二级标题, 附件说明, 发文机关署名, 成文日期, 附注, 版记, 页码): family, file, source (licensed-font "
                    + "folder, setting or bundled open face), the face GB/T 9704 expects and a warning where another face stands "
                    + "in; the folder and the font files in it that were not recognised")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = LayoutFacesReport.class),
                            examples = @ExampleObject(value = EXAMPLE)))
    public LayoutFacesReport faces() {
        return LayoutFacesReport.of(renderer.faces(), translations::get);
    }
}
