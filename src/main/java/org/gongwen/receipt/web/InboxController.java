package org.gongwen.receipt.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongwen.receipt.DistributionService;
import org.gongwen.receipt.InboxEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "inbox", description = "收文：本单位收到的公文 / documents received by the caller's unit")
class InboxController {

    private final DistributionService distributions;

    InboxController(DistributionService distributions) {
        this.distributions = distributions;
    }

    @GetMapping
    @Operation(summary = "Documents sent to the caller's unit, newest first, with kind (main or copy), print quota, "
            + "state and delivery and sign-for times; county-wide roles may name another unit")
    List<InboxEntry> inbox(@Parameter(description = "another unit's id (county-wide roles only)")
            @RequestParam(required = false) Long unitId) {
        return unitId == null ? distributions.inbox() : distributions.inboxOf(unitId);
    }
}
