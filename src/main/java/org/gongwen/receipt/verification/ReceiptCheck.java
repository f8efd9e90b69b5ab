package org.gongwen.receipt.verification;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gongwen.shared.Translations;

/**
 * The result of one check: passed or not, and a message key ({@code receiptCheck.<check>.<outcome>})
 * with its arguments saying why. An argument is a ready string, or {@link Terms} translated when shown.
 */
public record ReceiptCheck(ReceiptCheckCode code, boolean passed, String detailKey, List<Object> args) {

    public ReceiptCheck {
        args = List.copyOf(args);
    }

    static ReceiptCheck passed(ReceiptCheckCode code, String detailKey, Object... args) {
        return new ReceiptCheck(code, true, detailKey, List.of(args));
    }

    /**
     * A check that does not apply: an OFD check of a document issued before OFD layouts existed, which
     * has its PDF only. It counts as passed, so it never blocks the sign-for, and is shown as "不适用".
     */
    static ReceiptCheck notApplicable(ReceiptCheckCode code) {
        return new ReceiptCheck(code, true, NOT_APPLICABLE, List.of());
    }

    public static final String NOT_APPLICABLE = "receiptCheck.ofd.notApplicable";

    public boolean applicable() {
        return !NOT_APPLICABLE.equals(detailKey);
    }

    static ReceiptCheck failed(ReceiptCheckCode code, String detailKey, Object... args) {
        return new ReceiptCheck(code, false, detailKey, List.of(args));
    }

    public String labelKey() {
        return code.labelKey();
    }

    /** The detail in {@code locale}, e.g. "签名证书属于发文单位“清河县城关镇人民政府”（Z01）……". */
    public String detail(Translations translations, Locale locale) {
        Object[] values = args.stream()
                .map(arg -> arg instanceof Terms terms
                        ? terms.keys().stream()
                                .map(key -> translations.getTranslation(key, locale))
                                .collect(Collectors.joining(
                                        translations.getTranslation("receiptCheck.listSeparator", locale)))
                        : arg)
                .toArray();
        return translations.getTranslation(detailKey, locale, values);
    }

    /** Message keys shown as a list, e.g. the missing elements. */
    public record Terms(List<String> keys) {

        public Terms {
            keys = List.copyOf(keys);
        }
    }
}
