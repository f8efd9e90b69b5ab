package org.gongwen.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongwen.security.internal.ApiTokenInfo;
import org.gongwen.security.internal.ApiTokenService;
import org.gongwen.security.internal.IssuedToken;
import org.gongwen.shared.BusinessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units/{unitId}/api-tokens")
@Tag(
        name = "api-tokens",
        description = "接口令牌：本单位办公系统对接（系统管理员，或本单位技术人员）/ " + "office-system API tokens (ADMIN, or the unit's TECHNICIAN)")
class ApiTokenController {

    private static final String NEW_EXAMPLE = """
            {"name": "城关镇 OA 系统"}""";
    private static final String ISSUED_EXAMPLE = """
            {"id": 12, "unitId": 5, "name": "城关镇 OA 系统", "tokenPrefix": "gw_Yiept",
             "createdAt": "2026-03-02T08:15:30.123Z",
             "token": "gw_Yiept1eeQo-lkrpg1D-basE3jA5PxYLLxEBrOzo87Qk"}""";
    private static final String LIST_EXAMPLE = """
            [{"id": 12, "unitId": 5, "name": "城关镇 OA 系统", "tokenPrefix": "gw_Yiept", "createdBy": "z01.tech",
              "createdAt": "2026-03-02T08:15:30.123Z", "lastUsedAt": "2026-03-05T01:02:00Z",
              "revokedAt": null, "revokedBy": null}]""";

    private final ApiTokenService apiTokens;

    ApiTokenController(ApiTokenService apiTokens) {
        this.apiTokens = apiTokens;
    }

    record NewTokenRequest(String name) {}

    @GetMapping
    @Operation(summary = "List the unit's tokens, revoked ones included; never their secrets")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = ApiTokenInfo.class)),
                            examples = @ExampleObject(value = LIST_EXAMPLE)))
    List<ApiTokenInfo> list(@PathVariable long unitId) {
        return apiTokens.list(unitId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a token for the unit's office system; the secret in `token` is returned only "
                    + "this once",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            examples = @ExampleObject(value = NEW_EXAMPLE))))
    @ApiResponse(
            responseCode = "201",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = IssuedToken.class),
                            examples = @ExampleObject(value = ISSUED_EXAMPLE)))
    IssuedToken create(@PathVariable long unitId, @RequestBody NewTokenRequest request) {
        return apiTokens.create(unitId, request.name());
    }

    @DeleteMapping("/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token: the next request with it is refused with 401")
    void revoke(@PathVariable long unitId, @PathVariable long tokenId) {
        // listing checks that the caller manages this unit, and that the token is the unit's
        if (apiTokens.list(unitId).stream().noneMatch(token -> token.id() == tokenId)) {
            throw BusinessException.notFound("apiToken.error.notFound", tokenId);
        }
        apiTokens.revoke(tokenId);
    }
}
