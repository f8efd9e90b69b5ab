package org.gongwen.pdf.internal.ofd;

import java.time.LocalDate;
import java.util.List;
import org.gongwen.pdf.LayoutRenderer;
import org.gongwen.pdf.OfdLayout;
import org.gongwen.pdf.OfficialDocument;
import org.gongwen.pdf.OfficialDocument.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a one-page notice as OFD and renders it for viewing a few times, on a background thread when the
 * application is ready. The first OFD of a process loads ofdrw, dom4j, PDFBox's font parsing and their kin and
 * runs them interpreted until the JIT compiles them, several times slower than later ones (docs/benchmarks.md);
 * done here, the first custodian's stamp and the first recipient's view wait less.
 */
@Component
public class OfdWarmUp {

    private static final Logger log = LoggerFactory.getLogger(OfdWarmUp.class);
    private static final int ROUNDS = 5;

    private final LayoutRenderer renderer;

    OfdWarmUp(LayoutRenderer renderer) {
        this.renderer = renderer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(
                () -> {
                    try {
                        log.info("OFD conversion warmed up in {} ms", run(renderer));
                    } catch (RuntimeException e) {
                        log.warn("OFD warm-up failed; the first OFD will be slower", e);
                    }
                },
                "ofd-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Lays out a one-page notice, then writes it as OFD and views it {@value #ROUNDS} times; returns the ms taken. */
    public static long run(LayoutRenderer renderer) {
        long start = System.nanoTime();
        OfficialDocument notice = new OfficialDocument(
                "清河县人民政府文件",
                null,
                OfficialDocument.Urgency.NONE,
                "清政〔2026〕1号",
                null,
                "关于版式文件的通知",
                "各乡镇人民政府",
                List.<OfficialDocument.Block>of(new Paragraph("现将有关事项通知如下。")),
                List.of(),
                "清河县人民政府",
                LocalDate.of(2026, 1, 1),
                null,
                null,
                List.of("县委办公室"),
                "清河县人民政府办公室",
                LocalDate.of(2026, 1, 1));
        byte[] pdf = renderer.render(notice);
        for (int round = 0; round < ROUNDS; round++) {
            OfdLayout ofd = LayoutConversion.convert(notice, pdf);
            OfdToPdf.render(ofd.ofd());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
