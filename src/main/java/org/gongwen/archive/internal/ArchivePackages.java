package org.gongwen.archive.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongwen.archive.internal.ArchiveFinding.Problem;
import org.gongwen.audit.AuditAction;
import org.gongwen.audit.AuditEntryInfo;
import org.gongwen.audit.AuditLog;
import org.gongwen.audit.excerpt.AuditExcerpts;
import org.gongwen.document.ArchiveTimeStamps;
import org.gongwen.document.DistributionLookup;
import org.gongwen.document.DistributionSummary;
import org.gongwen.document.DocumentInfo;
import org.gongwen.document.DocumentStatus;
import org.gongwen.document.IssuedDocuments;
import org.gongwen.document.SignedLayout;
import org.gongwen.organization.OrganizationService;
import org.gongwen.organization.Role;
import org.gongwen.organization.UnitInfo;
import org.gongwen.pdf.OfdSignatureCheck;
import org.gongwen.pdf.OfdSignatureVerifier;
import org.gongwen.pdf.PdfSignatureVerifier;
import org.gongwen.receipt.verification.ReceiptVerification;
import org.gongwen.seal.SealCertificateCheck;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.Sha256;
import org.gongwen.shared.Translations;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Archival packages (A38): one ZIP per sent document, a batch of them per period, and the check of a
 * package taken out of the archive later. The same document exports to the same bytes while nothing
 * about it changed.
 */
@Service
public class ArchivePackages {

    public static final String LAYOUT = "layout.pdf";
    /** The sealed OFD beside the PDF; documents issued before OFD was written have none. */
    public static final String OFD_LAYOUT = "layout.ofd";

    public static final String OFD_SIGNATURE_REPORT = "ofd-signature-report.xml";
    /** The folder of the attachments' files, each named by its number in the 附件说明 and its name. */
    public static final String ATTACHMENTS = "attachments/";
    /** Packages above this size are refused when checked; the servlet container's upload limit is lower. */
    public static final long MAX_CHECK_BYTES = 50L * 1024 * 1024;

    static final String COUNTY_OFFICE = "ROLE_" + Role.Names.COUNTY_OFFICE;
    static final String SUPERVISOR = "ROLE_" + Role.Names.SUPERVISOR;
    static final String ADMIN = "ROLE_" + Role.Names.ADMIN;
    static final String CLERK = "ROLE_" + Role.Names.CLERK;
    static final String LEADER = "ROLE_" + Role.Names.LEADER;

    private final IssuedDocuments documents;
    private final ArchiveTimeStamps archiveTimeStamps;
    private final DistributionLookup distributions;
    private final ReceiptVerification verification;
    private final PdfSignatureVerifier signatureVerifier;
    private final OfdSignatureVerifier ofdVerifier;
    private final SealCertificateCheck certificates;
    private final ProcessTrail processTrail;
    private final AuditExcerpts auditExcerpts;
    private final AuditLog audit;
    private final OrganizationService organization;
    private final AuthenticatedUser authenticatedUser;
    private final Translations translations;
    private final CountyZone zone;

    public ArchivePackages(
            IssuedDocuments documents,
            ArchiveTimeStamps archiveTimeStamps,
            DistributionLookup distributions,
            ReceiptVerification verification,
            PdfSignatureVerifier signatureVerifier,
            OfdSignatureVerifier ofdVerifier,
            SealCertificateCheck certificates,
            ProcessTrail processTrail,
            AuditExcerpts auditExcerpts,
            AuditLog audit,
            OrganizationService organization,
            AuthenticatedUser authenticatedUser,
            Translations translations,
            CountyZone zone) {
        this.documents = documents;
        this.archiveTimeStamps = archiveTimeStamps;
        this.distributions = distributions;
        this.verification = verification;
        this.signatureVerifier = signatureVerifier;
        this.ofdVerifier = ofdVerifier;
        this.certificates = certificates;
        this.processTrail = processTrail;
        this.auditExcerpts = auditExcerpts;
        this.audit = audit;
        this.organization = organization;
        this.authenticatedUser = authenticatedUser;
        this.translations = translations;
        this.zone = zone;
    }

    /** The package of a sent document: county-wide roles, and the clerks and leaders of the sending unit. */
    @Secured({COUNTY_OFFICE, SUPERVISOR, ADMIN, CLERK, LEADER})
    public byte[] packageOf(long documentId) {
        CurrentUser user = authenticatedUser.require();
        DocumentInfo document = documents.info(documentId);
        if (!user.maySeeUnit(document.unitId())) {
            throw BusinessException.notFound("document.error.notFound", documentId);
        }
        byte[] zip = build(document);
        audit.record(AuditAction.DOWNLOAD, "archive", Long.toString(documentId), "archival package");
        return zip;
    }

    /** The signed layout file of a sent document, for the archive's viewer: the same people as {@link #packageOf}. */
    @Secured({COUNTY_OFFICE, SUPERVISOR, ADMIN, CLERK, LEADER})
    public byte[] layoutFile(long documentId) {
        CurrentUser user = authenticatedUser.require();
        DocumentInfo document = documents.info(documentId);
        if (!user.maySeeUnit(document.unitId())) {
            throw BusinessException.notFound("document.error.notFound", documentId);
        }
        return documents.signedLayoutFile(documentId);
    }

    /**
     * Checks a package again: manifest, every file's SHA-256, no file added, the PDF's signature and, when the
     * package has one, the OFD's seal and signatures.
     */
    @Secured({COUNTY_OFFICE, SUPERVISOR, ADMIN, CLERK, LEADER})
    public ArchiveCheck check(byte[] zip) {
        if (zip.length > MAX_CHECK_BYTES) {
            throw BusinessException.tooLarge("archive.error.tooLarge", MAX_CHECK_BYTES / (1024 * 1024));
        }
        LinkedHashMap<String, byte[]> entries = PackageZip.read(zip, MAX_CHECK_BYTES);
        List<ArchiveFinding> findings = new ArrayList<>();
        byte[] manifest = entries.get(PackageZip.MANIFEST);
        LinkedHashMap<String, String> sums =
                manifest == null ? new LinkedHashMap<>() : PackageZip.parseManifest(manifest);
        if (sums.isEmpty()) {
            findings.add(new ArchiveFinding(PackageZip.MANIFEST, Problem.MANIFEST_MISSING));
        }
        sums.forEach((name, sum) -> {
            byte[] content = entries.get(name);
            if (content == null) {
                findings.add(new ArchiveFinding(name, Problem.MISSING));
            } else if (!Sha256.hex(content).equals(sum)) {
                findings.add(new ArchiveFinding(name, Problem.CHANGED));
            }
        });
        entries.keySet().stream()
                .filter(name -> !name.equals(PackageZip.MANIFEST) && !sums.containsKey(name))
                .forEach(name -> findings.add(new ArchiveFinding(name, Problem.UNLISTED)));
        byte[] layout = entries.get(LAYOUT);
        if (layout != null
                && !signatureVerifier
                        .verify(layout)
                        .latest()
                        .map(s -> s.valid())
                        .orElse(false)) {
            findings.add(new ArchiveFinding(LAYOUT, Problem.SIGNATURE_INVALID));
        }
        byte[] ofd = entries.get(OFD_LAYOUT);
        if (ofd != null && !ofdSealsIntact(ofd)) {
            findings.add(new ArchiveFinding(OFD_LAYOUT, Problem.SIGNATURE_INVALID));
        }
        return ArchiveCheck.of(findings);
    }

    /** Every signature of the OFD intact, and at least one: an unreadable or unsealed OFD fails too. */
    private boolean ofdSealsIntact(byte[] ofd) {
        try {
            List<OfdSignatureCheck> checks = ofdVerifier.verify(ofd);
            return !checks.isEmpty() && checks.stream().allMatch(OfdSignatureCheck::intact);
        } catch (BusinessException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The documents sent from {@code from} to {@code to} (both days included, in the county's time
     * zone), oldest first: what {@link #exportPeriod} packs.
     */
    @Secured({COUNTY_OFFICE, SUPERVISOR, ADMIN})
    public List<Long> sentIn(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw BusinessException.invalid("archive.error.period");
        }
        return documents.sentBetween(zone.startOf(from), zone.startOf(to.plusDays(1)));
    }

    /** The documents {@link #sentIn} the period with number, title, sender and send time, to choose one package. */
    @Secured({COUNTY_OFFICE, SUPERVISOR, ADMIN})
    public List<ArchivableDocument> documentsIn(LocalDate from, LocalDate to) {
        Map<Long, String> senders = new HashMap<>();
        return sentIn(from, to).stream()
                .map(documents::headline)
                .map(d -> new ArchivableDocument(
                        d.id(),
                        d.docNumber(),
                        d.title(),
                        senders.computeIfAbsent(
                                d.unitId(),
                                unit -> organization
                                        .unit(unit)
                                        .map(UnitInfo::fullName)
                                        .orElse("")),
                        d.sentAt()))
                .toList();
    }

    /** One ZIP holding the package of every document {@link #sentIn} the period, named {@code document-<id>.zip}. */
    @Secured({COUNTY_OFFICE, SUPERVISOR, ADMIN})
    public void exportPeriod(LocalDate from, LocalDate to, OutputStream out) {
        List<Long> ids = sentIn(from, to);
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (long id : ids) {
                ZipEntry entry = new ZipEntry("document-" + id + ".zip");
                entry.setTimeLocal(from.atStartOfDay());
                zip.putNextEntry(entry);
                zip.write(build(documents.info(id)));
                zip.closeEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                AuditAction.DOWNLOAD, "archive", null, "archival packages " + from + ".." + to + ": " + ids.size());
    }

    private byte[] build(DocumentInfo document) {
        if (document.status() != DocumentStatus.SENT) {
            throw BusinessException.conflict("archive.error.notSent", document.title());
        }
        long id = document.id();
        byte[] archived = archiveTimeStamps.archivedLayout(id);
        SignedLayout layout = documents.signedLayout(id);
        List<DistributionSummary> copies = distributions.of(id);
        String sender =
                organization.unit(document.unitId()).map(UnitInfo::fullName).orElse(null);
        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        files.put(LAYOUT, archived);
        files.put(
                "signature-report.xml",
                SignatureReport.of(
                        verification.verifyForProcess(id), signatureVerifier.verify(layout.pdf()), translations));
        if (layout.ofdSigned()) {
            files.put(OFD_LAYOUT, layout.ofd());
            files.put(OFD_SIGNATURE_REPORT, OfdSignatureReport.of(id, ofdSignatures(layout.ofd()), certificates));
        }
        files.put("metadata.xml", MetadataXml.of(document, layout, sender, copies));
        files.put("process-trail.xml", processTrail.of(id));
        files.put("audit.xml", AuditExcerpt.of(id, auditOf(id, copies)));
        // the electronic attachments' files as sent (A11.3); those on paper have none
        Map<Integer, byte[]> attachments = documents.attachmentFilesByNumber(id);
        for (int i = 0; i < document.attachments().size(); i++) {
            byte[] file = attachments.get(i + 1);
            if (file != null && !document.attachments().get(i).paperOnly()) {
                files.put(
                        ATTACHMENTS + (i + 1) + "-"
                                + document.attachments().get(i).name(),
                        file);
            }
        }
        return PackageZip.withManifest(files);
    }

    private List<AuditEntryInfo> auditOf(long documentId, List<DistributionSummary> copies) {
        List<AuditEntryInfo> entries = new ArrayList<>(auditExcerpts.about("document", Long.toString(documentId)));
        copies.forEach(c -> entries.addAll(auditExcerpts.about("distribution", Long.toString(c.distributionId()))));
        entries.sort(java.util.Comparator.comparingLong(AuditEntryInfo::id));
        return entries;
    }

    /** A stored OFD that no longer opens is archived as it is, its report listing no intact signature. */
    private List<OfdSignatureCheck> ofdSignatures(byte[] ofd) {
        try {
            return ofdVerifier.verify(ofd);
        } catch (BusinessException unreadable) {
            return List.of();
        }
    }
}
