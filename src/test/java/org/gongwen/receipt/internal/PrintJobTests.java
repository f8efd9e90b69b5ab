package org.gongwen.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintJobTests {

    @Test
    void anOfficialCopyIsNamedWithItsCopyNumberAsPdfAndAsOfd() {
        PrintJob job = new PrintJob(1, 2, 3, 7, 5, 4, "z01.clerk");

        assertThat(job.fileName("清政〔2026〕1号")).isEqualTo("清政〔2026〕1号-份号000007.pdf");
        assertThat(job.ofdFileName("清政〔2026〕1号")).isEqualTo("清政〔2026〕1号-份号000007.ofd");
    }

    @Test
    void aCopyBeyondTheQuotaIsNamedAsHavingNoLegalForce() {
        PrintJob job = new PrintJob(1, 2, 3, null, 5, 0, "z01.clerk");

        assertThat(job.fileName(" ")).isEqualTo("document-无效力副本.pdf");
        assertThat(new PrintedCopy(new byte[0], null, false, 0).fileName(null)).isEqualTo("document-无效力副本.pdf");
    }
}
