package org.gongwen.receipt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongwen.pdf.OfdViewer;
import org.gongwen.receipt.DistributionState;
import org.gongwen.receipt.InboxEntry;
import org.gongwen.receipt.ReceiptService;
import org.gongwen.receipt.internal.DeletionService;
import org.gongwen.receipt.internal.PrintJob;
import org.gongwen.receipt.internal.PrintOutcome;
import org.gongwen.receipt.internal.PrintPlan;
import org.gongwen.receipt.internal.PrintRecord;
import org.gongwen.receipt.internal.PrintService;
import org.gongwen.receipt.internal.ReceiptEventInfo;
import org.gongwen.receipt.internal.ReceiptEventType;
import org.gongwen.receipt.internal.ReceivedAttachment;
import org.gongwen.receipt.internal.ReceivedAttachments;
import org.gongwen.receipt.internal.ReceivedDocument;
import org.gongwen.receipt.internal.ReissueRequestInfo;
import org.gongwen.receipt.internal.ReissueService;
import org.gongwen.receipt.internal.SignForService;
import org.gongwen.receipt.verification.ReceiptCheck;
import org.gongwen.receipt.verification.ReceiptCheckCode;
import org.gongwen.receipt.verification.ReceiptChecks;
import org.gongwen.receipt.verification.ReceiptVerification;
import org.gongwen.security.AuthenticatedUser;
import org.gongwen.security.CurrentUser;
import org.gongwen.security.PersonNames;
import org.gongwen.shared.BusinessException;
import org.gongwen.shared.CountyZone;
import org.gongwen.shared.FileSizes;
import org.gongwen.shared.Translations;
import org.gongwen.shared.ui.ClientAddressText;
import org.gongwen.shared.ui.PdfViewer;

/**
 * One received document: the checks before signing for (A10.1), the layout file in the document
 * viewer (every visit a recorded view, A4.3), sign for or return (A15), print within the quota with
 * the remaining quota on the button (A11.2): confirmed first, then the numbered copy goes to the
 * browser's print dialog and counts once its file has been delivered. Also the unprotected
 * download, reissue and deletion requests, and its history and print log. The sender and
 * supervisors see the same page read-only.
 */
@Route("inbox/:distributionId")
@PermitAll
public class ReceivedDocumentView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final VerticalLayout main = new VerticalLayout();
    final VerticalLayout side = new VerticalLayout();
    final VerticalLayout heading = new VerticalLayout();
    final PdfViewer viewer = new PdfViewer();
    final Div checksPanel = new Div();
    /** 版式：PDF / OFD — which sealed file the viewer shows; OFD is rendered to a view-only PDF. */
    final RadioButtonGroup<String> layoutFormat = new RadioButtonGroup<>();

    final Button signFor = new Button();
    final Button returnDocument = new Button();
    final Button print = new Button();
    final Button reissue = new Button();
    final Button delete = new Button();
    final Grid<PrintRecord> printLog = new Grid<>();
    final Grid<ReceiptEventInfo> history = new Grid<>();
    /** The open 退回 or 申请删除 dialog, if any. */
    ReasonDialog reasonDialog;

    private final transient ReceiptService receipts;
    private final transient PrintService printing;
    private final transient SignForService signing;
    private final transient ReissueService reissues;
    private final transient DeletionService deletions;
    private final transient ReceiptVerification verification;
    private final transient ReceivedAttachments attachments;
    private final transient AuthenticatedUser authenticatedUser;
    private final transient Translations translations;
    private final transient PersonNames names;
    private final CountyZone zone;
    private final transient OfdViewer ofdViewer;
    private long distributionId;
    ReceivedDocument document;
    ReceiptChecks checks;
    List<ReceivedAttachment> attachmentList = List.of();
    final Div attachmentsPanel = new Div();
    ConfirmDialog printConfirm;
    PrintJob printJob;

    public ReceivedDocumentView(
            ReceiptService receipts,
            PrintService printing,
            SignForService signing,
            ReissueService reissues,
            DeletionService deletions,
            ReceiptVerification verification,
            ReceivedAttachments attachments,
            AuthenticatedUser authenticatedUser,
            Translations translations,
            PersonNames names,
            CountyZone zone,
            OfdViewer ofdViewer) {
        this.ofdViewer = ofdViewer;
        this.attachments = attachments;
        this.names = names;
        this.receipts = receipts;
        this.printing = printing;
        this.signing = signing;
        this.reissues = reissues;
        this.deletions = deletions;
        this.verification = verification;
        this.authenticatedUser = authenticatedUser;
        this.translations = translations;
        this.zone = zone;
        setSizeFull();
        main.setWidth("62%");
        side.setWidth("38%");
        heading.setPadding(false);
        layoutFormat.setId("layout-format");
        layoutFormat.setLabel(getTranslation("received.format"));
        layoutFormat.setItems(PDF, OFD);
        layoutFormat.setItemLabelGenerator(f -> getTranslation("received.format." + f));
        layoutFormat.setValue(PDF);
        layoutFormat.addValueChangeListener(e -> showLayout(e.getValue()));
        main.add(heading, layoutFormat, viewer);
        viewer.setId("layout-viewer");
        checksPanel.addClassName("receipt-checks");
        signFor.setId("sign-for");
        signFor.setText(getTranslation("received.signFor"));
        signFor.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        signFor.addClickListener(e -> act(() -> signing.signFor(distributionId), "received.signedFor"));
        returnDocument.setText(getTranslation("received.return"));
        returnDocument.addClickListener(e -> reasonDialog(
                "received.return",
                "received.return.reason",
                "receipt.error.returnReason",
                reason -> signing.returnDocument(distributionId, reason),
                "received.returned"));
        print.setId("print");
        print.setIcon(VaadinIcon.PRINT.create());
        print.addClickListener(e -> print());
        reissue.setText(getTranslation("received.reissue"));
        reissue.addClickListener(e -> new ReissueRequestDialog(reissues, distributionId, this::reload).open());
        delete.setText(getTranslation("received.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> reasonDialog(
                "received.delete",
                "received.delete.reason",
                "deletion.error.reason",
                reason -> deletions.request(distributionId, reason),
                "received.deletionRequested"));
        printLog.addColumn(p ->
                        p.official() ? String.format("%06d", p.copyNumber()) : getTranslation("received.unofficial"))
                .setHeader(getTranslation("received.print.copy"));
        printLog.addColumn(p -> names.of(p.printedBy()))
                .setHeader(getTranslation("received.print.by"))
                .setAutoWidth(true);
        printLog.addColumn(p -> zone.formatTime(p.printedAt()))
                .setHeader(getTranslation("received.print.at"))
                .setAutoWidth(true);
        printLog.addColumn(p -> ClientAddressText.of(p.clientAddress()))
                .setAutoWidth(true)
                .setHeader(getTranslation("received.print.address"));
        printLog.addColumn(p -> getTranslation("printOutcome." + p.outcome().name()))
                .setHeader(getTranslation("received.print.outcome"));
        printLog.setEmptyStateText(getTranslation("empty.printLog"));
        printLog.setAllRowsVisible(true);
        printLog.setId("print-log");
        history.addColumn(h -> zone.formatTime(h.at()))
                .setHeader(getTranslation("received.history.at"))
                .setAutoWidth(true);
        history.addColumn(h -> getTranslation("receiptEvent." + h.type().name()))
                .setHeader(getTranslation("received.history.what"))
                .setAutoWidth(true);
        history.addColumn(h -> h.actor() == null ? getTranslation("received.history.system") : names.of(h.actor()))
                .setHeader(getTranslation("received.history.who"))
                .setAutoWidth(true);
        history.addColumn(this::historyDetail)
                .setHeader(getTranslation("received.history.detail"))
                .setTooltipGenerator(this::historyDetail);
        history.setAllRowsVisible(true);
        add(main, side);
    }

    static RouteParameters params(long distributionId) {
        return new RouteParameters("distributionId", String.valueOf(distributionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            distributionId = Long.parseLong(
                    event.getRouteParameters().get("distributionId").orElse(""));
            reload();
            boolean hasOfd = checks.check(ReceiptCheckCode.OFD_SIGNATURE).applicable();
            layoutFormat.setItemEnabledProvider(f -> PDF.equals(f) || hasOfd);
            layoutFormat.setHelperText(hasOfd ? null : getTranslation("received.format.noOfd"));
            // once per visit: each fetch of the file is a recorded view (A4.3), not each re-render
            showLayout(PDF);
        } catch (NumberFormatException | BusinessException e) {
            main.removeAll();
            side.removeAll();
            main.add(new H2(getTranslation("received.notFound")));
        }
    }

    static final String PDF = "pdf";
    static final String OFD = "ofd";

    /**
     * Shows the sealed PDF, or the sealed OFD rendered to a view-only PDF (the stored OFD is never changed);
     * each fetch is a recorded view.
     */
    void showLayout(String format) {
        if (OFD.equals(format)) {
            viewer.show(
                    "layout-ofd.pdf", address -> ofdViewer.toPdf(receipts.layoutOfdForViewer(distributionId, address)));
        } else {
            viewer.show("layout.pdf", address -> receipts.layoutFileForViewer(distributionId, address));
        }
    }

    void reload() {
        document = receipts.open(distributionId);
        checks = verification.verify(document.entry().documentId());
        attachmentList = attachments.list(distributionId);
        render();
    }

    private void render() {
        InboxEntry e = document.entry();
        CurrentUser me = authenticatedUser.require();
        boolean recipient = e.unitId() == me.unitId();
        boolean clerk = recipient && me.hasRole("CLERK");
        heading.removeAll();
        side.removeAll();
        heading.add(
                new H2(e.title()),
                new Paragraph(line("received.number", e.docNumber()) + "　" + line("received.sender", e.senderName())
                        + "　" + line("received.unit", document.unitName())));
        Span state = new Span(getTranslation("distributionState." + e.state().name()));
        state.getElement().getThemeList().add(e.state() == DistributionState.SIGNED ? "badge success" : "badge");
        state.addClassName("distribution-state");
        HorizontalLayout status = new HorizontalLayout(state);
        if (e.overdue()) {
            Span overdue = new Span(getTranslation("inbox.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            status.add(overdue);
        }
        heading.add(status);

        boolean waiting = e.state() == DistributionState.DELIVERED;
        signFor.setVisible(clerk && waiting);
        signFor.setEnabled(checks.allPassed());
        returnDocument.setVisible(clerk && waiting);
        boolean printable = clerk && (waiting || e.state() == DistributionState.SIGNED);
        print.setVisible(printable);
        int remaining = document.remainingQuota();
        print.setText(
                remaining > 0
                        ? getTranslation("received.print.remaining", remaining, e.printQuota())
                        : getTranslation("received.print.beyondQuota", e.printQuota()));
        print.getElement().getThemeList().set("error", remaining == 0);
        reissue.setVisible(
                clerk && e.state() != DistributionState.SUPERSEDED && e.state() != DistributionState.RETURNED);
        delete.setVisible(clerk && !document.pendingDeletion());
        HorizontalLayout actions = new HorizontalLayout(signFor, returnDocument, print);
        if (printable) {
            actions.add(download(
                    getTranslation("received.download"),
                    () -> receipts.unprotectedDownload(distributionId, clientAddress())));
        }
        actions.add(reissue, delete);
        actions.setWrap(true);
        side.add(new H3(getTranslation("received.checks")), checks(), actions);
        if (!checks.allPassed() && clerk && waiting) {
            Paragraph hint = new Paragraph(getTranslation("received.checksFailedHint"));
            hint.getStyle().set("color", "var(--lumo-error-text-color)");
            side.add(hint);
        }
        if (!attachmentList.isEmpty()) {
            side.add(new H3(getTranslation("received.attachments")), attachments(recipient));
        }
        side.add(new H3(getTranslation("received.times")), times(e));
        if (e.state() == DistributionState.RETURNED) {
            side.add(new Paragraph(getTranslation("received.returnedWith", document.returnReason())));
        }
        if (!document.reissueRequests().isEmpty()) {
            side.add(new H3(getTranslation("received.reissueRequests")));
            document.reissueRequests().forEach(r -> side.add(new Paragraph(reissueLine(r))));
        }
        printLog.setItems(document.prints());
        history.setItems(document.history());
        side.add(
                new H3(getTranslation("received.printLog")),
                printLog,
                new H3(getTranslation("received.history")),
                history);
    }

    /**
     * Every attachment with its size and how it travels (A11.3): pages of the signed layout, a separate
     * file with its integrity against the digest the layout lists, or 纸质送达 with the unit that delivers
     * it. The recipient unit opens a PDF in the viewer and downloads any electronic one, each recorded.
     */
    private Component attachments(boolean recipient) {
        attachmentsPanel.removeAll();
        attachmentsPanel.setId("received-attachments");
        for (ReceivedAttachment a : attachmentList) {
            Div row = new Div();
            row.addClassName("received-attachment");
            String heading = (attachmentList.size() == 1 ? "附件" : "附件" + a.number()) + "　" + a.name();
            row.add(new Span(
                    a.carriedAs() == ReceivedAttachment.Carriage.PAPER
                            ? heading
                            : heading + "（" + FileSizes.text(a.sizeBytes()) + "）"));
            Span status = new Span(attachmentStatus(a));
            status.addClassName("attachment-status");
            if (Boolean.FALSE.equals(a.intact())) {
                status.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            row.add(new Span("　"), status);
            if (recipient && a.downloadable()) {
                if ("application/pdf".equals(a.mediaType())) {
                    Button view = new Button(
                            getTranslation("received.attachment.view"),
                            click -> viewer.show(
                                    a.name(),
                                    address -> attachments
                                            .file(distributionId, a.id(), address)
                                            .data()));
                    view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    view.addClassName("attachment-view");
                    row.add(view);
                }
                Anchor download = new Anchor(
                        DownloadHandler.fromInputStream(event -> {
                            ReceivedAttachments.AttachmentFile file =
                                    attachments.file(distributionId, a.id(), clientAddress());
                            return new DownloadResponse(
                                    new ByteArrayInputStream(file.data()),
                                    file.name(),
                                    file.mediaType() == null ? "application/octet-stream" : file.mediaType(),
                                    file.data().length);
                        }),
                        getTranslation("received.attachment.download"));
                download.addClassName("attachment-download");
                row.add(new Span("　"), download);
            }
            attachmentsPanel.add(row);
        }
        return attachmentsPanel;
    }

    String attachmentStatus(ReceivedAttachment a) {
        return switch (a.carriedAs()) {
            case LAYOUT_PAGES -> getTranslation("received.attachment.inLayout");
            case PAPER -> getTranslation("received.attachment.paper", a.deliveredBy());
            case SEPARATE_FILE ->
                a.intact() == null
                        ? getTranslation("received.attachment.unlisted")
                        : a.intact()
                                ? getTranslation("received.attachment.intact")
                                : getTranslation("received.attachment.changed");
        };
    }

    private Component checks() {
        checksPanel.removeAll();
        for (ReceiptCheck check : checks.checks()) {
            Div row = new Div();
            if (!check.applicable()) {
                row.addClassName("check-not-applicable");
                Span mark = new Span("— ");
                mark.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-weight", "bold");
                Span label = new Span(getTranslation(check.labelKey()) + "：");
                label.getStyle().set("font-weight", "bold");
                row.add(
                        mark,
                        label,
                        new Span(getTranslation("receiptCheck.notApplicable") + "。"
                                + check.detail(translations, getLocale())));
                checksPanel.add(row);
                continue;
            }
            row.addClassName(check.passed() ? "check-passed" : "check-failed");
            Span mark = new Span(check.passed() ? "✔ " : "✘ ");
            mark.getStyle()
                    .set("color", check.passed() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                    .set("font-weight", "bold");
            Span label = new Span(getTranslation(check.labelKey()) + "：");
            label.getStyle().set("font-weight", "bold");
            row.add(mark, label, new Span(check.detail(translations, getLocale())));
            checksPanel.add(row);
        }
        return checksPanel;
    }

    private Div times(InboxEntry e) {
        Div times = new Div();
        times.add(new Div(line("received.deliveredAt", zone.formatTime(e.deliveredAt()))));
        Div signed = new Div(line(
                "received.signedAt",
                e.signedAt() == null
                        ? getTranslation("received.notYet")
                        : zone.formatTime(e.signedAt()) + "（" + names.of(e.signedBy()) + "）"));
        signed.addClassName("time-signed");
        Div received = new Div(line(
                "received.receivedAt",
                e.receivedAt() == null
                        ? getTranslation("received.notYet")
                        : zone.formatTime(e.receivedAt()) + "（"
                                + getTranslation(
                                        "receiptChannel." + e.receivedVia().name()) + "）"));
        received.addClassName("time-received");
        // 签收 and 接收 are different moments (A14.2): clerks who signed for a document ask why it is not received
        Div explained = new Div(getTranslation("received.receivedAt.explained"));
        explained.addClassName("time-received-explained");
        explained
                .getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        times.add(signed, received, explained);
        times.add(new Div(line(
                "received.printed",
                e.printsUsed() + " / " + e.printQuota()
                        + (document.unofficialPrints() > 0
                                ? getTranslation("sent.distribution.unofficial", document.unofficialPrints())
                                : ""))));
        return times;
    }

    /**
     * The event's detail in the reader's words: the history keeps short codes (which page was read,
     * which copy printed, by which channel received, which version) and the reasons people typed.
     */
    String historyDetail(ReceiptEventInfo event) {
        String detail = event.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        if (detail.matches("\\d{6}")) {
            return getTranslation("receiptDetail.officialCopy", detail);
        }
        if (detail.matches("v\\d+")) {
            return getTranslation("receiptDetail.version", detail.substring(1));
        }
        Matcher quota = Pattern.compile("\\+(\\d+) = (\\d+)").matcher(detail);
        if (quota.matches()) {
            return getTranslation("receiptDetail.quotaRaised", quota.group(1), quota.group(2));
        }
        Matcher reissue = Pattern.compile("(RESEND|EXTRA_COPIES)(?: \\+(\\d+))?：(.*)", Pattern.DOTALL)
                .matcher(detail);
        if (event.type() == ReceiptEventType.REISSUE_REQUESTED && reissue.matches()) {
            return (reissue.group(2) == null
                            ? getTranslation("reissue.kind." + reissue.group(1))
                            : getTranslation("reissue.kind.EXTRA_COPIES.n", reissue.group(2)))
                    + "：" + reissue.group(3);
        }
        String key = "receiptDetail." + detail;
        String word = getTranslation(key);
        return word.equals(key) ? detail : word;
    }

    /** 打印: first what will be printed (official copy N of M, or one without legal force), then the copy. */
    void print() {
        try {
            PrintPlan plan = printing.plan(distributionId);
            printConfirm = new ConfirmDialog();
            printConfirm.setId("print-confirm");
            printConfirm.setHeader(getTranslation("received.print.confirm.header"));
            printConfirm.setText(
                    plan.official()
                            ? getTranslation(
                                    "received.print.confirm.official",
                                    plan.ordinal(),
                                    plan.printQuota(),
                                    String.format("%06d", plan.copyNumber()))
                            : getTranslation("received.print.confirm.unofficial", plan.printQuota()));
            printConfirm.setCancelable(true);
            printConfirm.setCancelText(getTranslation("common.cancel"));
            printConfirm.setConfirmText(getTranslation("received.print.confirm.ok"));
            printConfirm.addConfirmListener(e -> printCopy());
            printConfirm.open();
        } catch (BusinessException e) {
            error(e);
        }
    }

    /**
     * Reserves the copy and hands it to the browser's print dialog; it counts once the file is
     * delivered. An earlier attempt of this page whose file was never fetched gives its number back first.
     */
    void printCopy() {
        try {
            if (printJob != null) {
                printing.abandon(printJob);
            }
            PrintJob job = printing.reserve(distributionId, clientAddress());
            printJob = job;
            String name = job.fileName(document.entry().docNumber());
            viewer.print(
                    event -> {
                        event.setFileName(name);
                        event.setContentType("application/pdf");
                        OutputStream out = event.getOutputStream();
                        printing.deliver(job, out);
                    },
                    ok -> printed(job, ok));
        } catch (BusinessException e) {
            error(e);
        }
    }

    /**
     * After the browser's attempt: what the server recorded decides what the clerk is told. If the
     * browser never got the file, the attempt is given up now, so the next print takes its number.
     */
    void printed(PrintJob job, boolean dialogOpened) {
        PrintOutcome outcome = dialogOpened ? printing.outcome(job) : printing.abandon(job);
        document = receipts.open(distributionId);
        render();
        if (outcome != PrintOutcome.DELIVERED) {
            Notification.show(getTranslation("received.print.failed"), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        String text = job.official()
                ? getTranslation(
                        "received.printed.official", String.format("%06d", job.copyNumber()), document.remainingQuota())
                : getTranslation("received.printed.unofficial");
        if (!dialogOpened) {
            text += getTranslation("received.print.noDialog");
        }
        Notification.show(text, job.official() ? 5000 : 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(
                        job.official() && dialogOpened
                                ? NotificationVariant.LUMO_SUCCESS
                                : NotificationVariant.LUMO_WARNING);
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notification.show(getTranslation(successKey), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (BusinessException e) {
            error(e);
        }
    }

    private void reasonDialog(
            String titleKey, String fieldKey, String emptyKey, Consumer<String> action, String successKey) {
        reasonDialog = new ReasonDialog(titleKey, fieldKey, emptyKey, action, () -> {
            Notification.show(getTranslation(successKey), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        });
        reasonDialog.open();
    }

    private String reissueLine(ReissueRequestInfo r) {
        return zone.formatTime(r.requestedAt()) + " "
                + getTranslation("reissue.kind." + r.kind().name())
                + (r.extraCopies() > 0 ? " +" + r.extraCopies() : "") + "：" + r.reason() + " — "
                + getTranslation("requestState." + r.state().name())
                + (r.decisionReason() == null || r.decisionReason().isBlank() ? "" : "（" + r.decisionReason() + "）");
    }

    private String line(String key, String value) {
        return getTranslation(key) + "：" + (value == null || value.isBlank() ? "—" : value);
    }

    private Anchor download(String text, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> pdf(
                        bytes.get(),
                        (document.entry().docNumber() == null
                                        ? "document"
                                        : document.entry().docNumber()) + ".pdf")),
                text);
        anchor.setId("unprotected-download");
        return anchor;
    }

    private static DownloadResponse pdf(byte[] data, String name) {
        return new DownloadResponse(new ByteArrayInputStream(data), name, "application/pdf", data.length);
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private void error(BusinessException e) {
        Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return document == null
                ? getTranslation("inbox.title")
                : document.entry().title();
    }
}
