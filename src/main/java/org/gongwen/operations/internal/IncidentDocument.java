package org.gongwen.operations.internal;

import static org.gongwen.shared.Translations.CHINESE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.UnitInfo;
import org.gongwen.organization.UnitKind;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.OfficialDocument.Block;
import org.gongwen.pdf.OfficialDocument.Heading;
import org.gongwen.pdf.OfficialDocument.Paragraph;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * One incident report (A31) as a PDF in the county's layout (GB/T 9704), issued by the county
 * information centre: the fault as reported, every handling round in the order recorded, paper transmission
 * and restoration, each a heading with "label：value" paragraphs. Times read as in the CSV export and the incidents view.
 */
@Component
public class IncidentDocument {

    /** How the renderer's glyph check names the characters it lacks. */
    private static final String CANNOT_PRINT = "cannot print ";

    private final LayoutRenderer renderer;
    private final OrganizationService organization;
    private final Translations translations;
    private final CountyZone zone;

    IncidentDocument(
            LayoutRenderer renderer, OrganizationService organization, Translations translations, CountyZone zone) {
        this.renderer = renderer;
        this.organization = organization;
        this.translations = translations;
        this.zone = zone;
    }

    /** @throws BusinessException when the layout fonts cannot print some character of the report */
    public byte[] render(IncidentInfo incident, Instant now) {
        OfficialDocument layout = layout(incident, zone.dateOf(now));
        try {
            return renderer.render(layout);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int at = message.indexOf(CANNOT_PRINT);
            throw BusinessException.invalid(
                    "incident.error.glyphs", at < 0 ? "?" : message.substring(at + CANNOT_PRINT.length()));
        }
    }

    OfficialDocument layout(IncidentInfo i, LocalDate date) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading(1, t("incident.pdf.reported")));
        field(body, "unit", i.reporterUnitName());
        field(body, "reportedBy", person(i.reportedBy()));
        field(body, "reportedAt", zone.formatTimeWithSeconds(i.reportedAt()));
        field(body, "since", zone.formatTimeWithSeconds(i.since()));
        field(body, "what", i.what());
        field(body, "impact", i.impact());
        body.add(new Heading(1, t("incident.pdf.handled")));
        if (i.handlings().isEmpty()) {
            body.add(new Paragraph(t("incident.pdf.notHandled")));
        }
        for (IncidentHandling round : i.handlings()) {
            body.add(new Heading(2, t("incident.pdf.round", String.valueOf(round.round()))));
            field(body, "handledBy", person(round.handledBy()));
            field(body, "handledAt", zone.formatTimeWithSeconds(round.handledAt()));
            field(body, "diagnosis", round.diagnosis());
            field(body, "actions", round.actions());
        }
        body.add(new Heading(1, t("incident.pdf.paper")));
        if (i.paperFrom() == null) {
            body.add(new Paragraph(t("incident.pdf.noPaper")));
        } else {
            field(body, "paperFrom", zone.formatTimeWithSeconds(i.paperFrom()));
            field(
                    body,
                    "paperTo",
                    i.paperTo() == null ? t("incident.status.paper") : zone.formatTimeWithSeconds(i.paperTo()));
        }
        body.add(new Heading(1, t("incident.pdf.restored")));
        if (!i.restored()) {
            body.add(new Paragraph(t("incident.pdf.notRestored")));
        } else {
            field(body, "restoredAt", zone.formatTimeWithSeconds(i.restoredAt()));
            field(body, "restoredBy", person(i.restoredBy()));
            if (i.notes() != null) {
                field(body, "notes", i.notes());
            }
        }
        UnitInfo issuer = issuer();
        String number = t(
                "incident.pdf.docNumber",
                issuer.docPrefix() == null ? "" : issuer.docPrefix(),
                String.valueOf(zone.dateOf(i.reportedAt()).getYear()),
                String.valueOf(i.id()));
        return OfficialDocument.unsealed(
                issuer.fullName(),
                number,
                t("incident.pdf.title", i.reporterUnitName()),
                null,
                body,
                issuer.fullName(),
                date);
    }

    private void field(List<Block> body, String column, String value) {
        body.add(new Paragraph(t("incident.col." + column) + "：" + (value == null ? "" : value)));
    }

    /** Full name with the account, as people know each other; the account alone if it is gone. */
    private String person(String username) {
        if (username == null) {
            return null;
        }
        return organization
                .personByUsername(username)
                .map(p -> p.fullName() + "（" + username + "）")
                .orElse(username);
    }

    /** The county information centre, which handles faults; the county office if there is none. */
    private UnitInfo issuer() {
        List<UnitInfo> units = organization.units();
        return units.stream()
                .filter(u -> u.kind() == UnitKind.COUNTY_INFO_CENTER)
                .findFirst()
                .or(() -> units.stream()
                        .filter(u -> u.kind() == UnitKind.COUNTY_OFFICE)
                        .findFirst())
                .orElseThrow(() -> BusinessException.conflict("incident.error.noIssuer"));
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, CHINESE, args);
    }
}
