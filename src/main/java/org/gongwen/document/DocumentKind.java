package org.gongwen.document;

/** The fifteen kinds of party and government documents (党政机关公文处理工作条例, art. 8). */
public enum DocumentKind {
    RESOLUTION("决议"),
    DECISION("决定"),
    ORDER("命令（令）"),
    COMMUNIQUE("公报"),
    ANNOUNCEMENT("公告"),
    PUBLIC_NOTICE("通告"),
    OPINION("意见"),
    NOTICE("通知"),
    CIRCULAR("通报"),
    REPORT("报告"),
    REQUEST("请示"),
    REPLY("批复"),
    MOTION("议案"),
    LETTER("函"),
    MINUTES("纪要");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Upward documents (请示, 报告) name their 签发人 in the header. */
    public boolean upward() {
        return this == REQUEST || this == REPORT;
    }
}
