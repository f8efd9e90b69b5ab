package org.gongwen.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.PersonInfo;
import org.gongwen.organization.UnitInfo;
import org.gongwen.shared.BusinessException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "单位目录与人员 / unit directory and people")
class UnitsController {

    private final OrganizationService organization;

    UnitsController(OrganizationService organization) {
        this.organization = organization;
    }

    @GetMapping
    @Operation(
            summary = "The unit directory (tree via parentId); every signed-in user may read it to choose recipients")
    List<UnitInfo> units() {
        return organization.units();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit")
    UnitInfo unit(@PathVariable long id) {
        return organization.unit(id).orElseThrow(() -> BusinessException.notFound("error.unitNotFound", id));
    }

    @GetMapping("/{id}/people")
    @Operation(summary = "People of a unit with roles and contacts; only one's own unit unless county-wide role")
    List<PersonInfo> people(@PathVariable long id) {
        return organization.peopleOfUnit(id);
    }
}
