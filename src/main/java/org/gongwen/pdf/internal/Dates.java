package org.gongwen.pdf.internal;

import java.time.LocalDate;

/** Dates as GB/T 9704 writes them: "2026年11月24日", Arabic numerals, no zero padding. */
public final class Dates {

    private Dates() {}

    public static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
