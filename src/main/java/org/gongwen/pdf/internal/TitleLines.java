package org.gongwen.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The lines of a 标题 (GB/T 9704 7.3.1): line breaks given by the author stay as given; a title too long
 * for one line is broken at sense boundaries (after 关于, before 的通知 and the like, at 和/与/及/暨,
 * after 、 and closing quotes) into lines of balanced length, shaped as a trapezoid or a diamond, never
 * an hourglass, and never with a line of one or two characters. A break inside a word is a last resort
 * and never splits a number or a Latin word.
 */
final class TitleLines {

    /** Lines shorter than this many characters are not made (no line of one or two characters). */
    static final int MIN_CHARS = 3;

    private static final String[] GENRES = {
        "通知", "通报", "请示", "报告", "批复", "函", "意见", "决定", "决议", "公告", "通告", "命令", "议案", "纪要", "方案", "办法", "规定", "规划", "细则"
    };
    private static final String[] VERBS = {
        "做好", "加强", "开展", "推进", "进一步", "切实", "认真", "全面", "深入", "建立", "完善", "实施", "规范", "组织", "公布", "调整", "成立", "表彰",
        "下达", "加快", "促进", "落实", "贯彻", "印发", "转发", "批转", "启动", "设立", "撤销", "同意"
    };
    private static final String[] SCOPES = {"全县", "全市", "全省", "全国", "全区", "各乡镇", "各级", "各部门"};
    private static final String CLOSING = "，。、；：？！）》」』”’";
    private static final String OPENING = "（《「『“‘";

    /** Costs of a break, in the unit of a squared em of imbalance. */
    private static final int SENSE = 0;

    private static final int CONJUNCTION = 8;
    private static final int PHRASE = 20;
    private static final int WORD = 400;
    private static final int FORBIDDEN = -1;
    private static final double EXTRA_LINE = 60;

    private TitleLines() {}

    /**
     * The lines of {@code title}; {@code width} measures a text in the title's face and size, and no
     * automatic line is wider than {@code maxWidth}. A title that cannot be broken within those rules is
     * returned whole, for the layout to wrap.
     */
    static List<String> of(String title, ToDoubleFunction<String> width, float maxWidth) {
        if (title.indexOf('\n') >= 0) {
            return title.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        }
        String text = title.strip();
        if (width.applyAsDouble(text) <= maxWidth) {
            return List.of(text);
        }
        int[] cps = text.codePoints().toArray();
        if (cps.length > 1000) {
            return List.of(text);
        }
        double[] advance = new double[cps.length];
        for (int i = 0; i < cps.length; i++) {
            advance[i] = width.applyAsDouble(new String(cps, i, 1));
        }
        int[] costs = new int[cps.length + 1];
        for (int p = 1; p < cps.length; p++) {
            costs[p] = breakCost(text, cps, p);
        }
        double total = Arrays.stream(advance).sum();
        int fewest = (int) Math.ceil(total / maxWidth - 1e-6);
        Plan best = null;
        for (int lines = Math.max(2, fewest); lines <= Math.max(2, fewest) + 1; lines++) {
            Plan plan = new Breaker(cps, advance, costs, maxWidth, lines).best();
            if (plan != null) {
                plan = new Plan(plan.cost + EXTRA_LINE * (lines - fewest), plan.breaks);
                if (best == null || plan.cost < best.cost) {
                    best = plan;
                }
            }
        }
        if (best == null) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end : best.breaks) {
            lines.add(new String(cps, start, end - start));
            start = end;
        }
        lines.add(new String(cps, start, cps.length - start));
        return lines;
    }

    /** What breaking before code point {@code p} costs, or {@link #FORBIDDEN}. */
    static int breakCost(String text, int[] cps, int p) {
        int before = cps[p - 1];
        int after = cps[p];
        if (CLOSING.indexOf(after) >= 0
                || OPENING.indexOf(before) >= 0
                || (Character.isLetterOrDigit(before)
                        && Character.isLetterOrDigit(after)
                        && !ideograph(before)
                        && !ideograph(after))) {
            return FORBIDDEN;
        }
        String head = new String(cps, 0, p);
        String tail = new String(cps, p, cps.length - p);
        if (head.endsWith("关于")
                || tail.startsWith("关于")
                || before == '、'
                || "》”』」".indexOf(before) >= 0
                || "《“「『".indexOf(after) >= 0
                || genre(tail)) {
            return SENSE;
        }
        if (conjunctionStarts(head, tail)) {
            return CONJUNCTION;
        }
        if (conjunctionEnds(head, tail)) {
            return CONJUNCTION + 4;
        }
        if (startsWithAny(tail, VERBS)
                || endsWithAny(head, VERBS)
                || startsWithAny(tail, SCOPES)
                || year(head, tail)
                || (before == '的' && !tail.startsWith("的"))) {
            return PHRASE;
        }
        return WORD;
    }

    /** After "2026年" or "2026年度", not between 年 and 度. */
    private static boolean year(String head, String tail) {
        return head.matches(".*\\d年度?") && !tail.startsWith("度");
    }

    private static boolean genre(String tail) {
        for (String genre : GENRES) {
            if (tail.equals("的" + genre)) {
                return true;
            }
        }
        return false;
    }

    /** Before 和, 与, 及, 暨 or 以及 joining two things, not inside 和谐, 与会, 及时, 涉及 and the like. */
    private static boolean conjunctionStarts(String head, String tail) {
        if (tail.startsWith("以及") || tail.startsWith("暨")) {
            return true;
        }
        if (tail.isEmpty() || tail.length() < 2) {
            return false;
        }
        char word = tail.charAt(0);
        char next = tail.charAt(1);
        char previous = head.isEmpty() ? ' ' : head.charAt(head.length() - 1);
        return switch (word) {
            case '和' -> "谐平睦美气".indexOf(next) < 0 && "温缓调总人共柔".indexOf(previous) < 0;
            case '与' -> "会否".indexOf(next) < 0 && "参给".indexOf(previous) < 0;
            case '及' -> "时早格".indexOf(next) < 0 && "以涉危普波触企".indexOf(previous) < 0;
            default -> false;
        };
    }

    private static boolean conjunctionEnds(String head, String tail) {
        if (head.length() < 2 || tail.isEmpty()) {
            return false;
        }
        String last = head.substring(head.length() - 1);
        String rest = head.substring(0, head.length() - 1);
        return "和与及暨".contains(last) && conjunctionStarts(rest, last + tail);
    }

    private static boolean startsWithAny(String text, String[] words) {
        return Arrays.stream(words).anyMatch(text::startsWith);
    }

    private static boolean endsWithAny(String text, String[] words) {
        return Arrays.stream(words).anyMatch(text::endsWith);
    }

    private static boolean ideograph(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private record Plan(double cost, int[] breaks) {}

    /**
     * The cheapest way to break into a given number of lines: the breaks' costs plus the squared
     * deviation (in ems) of each line from the mean, with no line shorter than both its neighbours.
     * Dynamic programming over (line, end of the previous line, end of this line, whether a line was
     * already shorter than the one before it).
     */
    private static final class Breaker {

        private final int[] cps;
        private final double[] prefix;
        private final int[] costs;
        private final float maxWidth;
        private final int lines;
        private final double mean;
        private final double em;
        /** Lines within half an em count as equally long: digits and Latin letters are narrower. */
        private final double tolerance;

        Breaker(int[] cps, double[] advance, int[] costs, float maxWidth, int lines) {
            this.cps = cps;
            this.costs = costs;
            this.maxWidth = maxWidth;
            this.lines = lines;
            this.prefix = new double[cps.length + 1];
            for (int i = 0; i < cps.length; i++) {
                prefix[i + 1] = prefix[i] + advance[i];
            }
            this.mean = prefix[cps.length] / lines;
            this.em = Arrays.stream(advance).max().orElse(1);
            this.tolerance = em / 2;
        }

        Plan best() {
            int n = cps.length;
            // state key: (start of the line, end of the line, descended); memo per line index
            Map<Long, Double> memo = new HashMap<>();
            Map<Long, Integer> choice = new HashMap<>();
            double cost = Double.POSITIVE_INFINITY;
            int first = -1;
            for (int end = MIN_CHARS; end <= n - MIN_CHARS * (lines - 1); end++) {
                if (!fits(0, end) || costs[end] == FORBIDDEN) {
                    continue;
                }
                double rest = rest(1, 0, end, false, memo, choice);
                double total = line(0, end) + costs[end] + rest;
                if (total < cost) {
                    cost = total;
                    first = end;
                }
            }
            if (first < 0) {
                return null;
            }
            int[] breaks = new int[lines - 1];
            breaks[0] = first;
            int start = 0;
            int end = first;
            boolean descended = false;
            for (int line = 1; line < lines - 1; line++) {
                int next = choice.get(key(line, start, end, descended));
                descended = descended || width(end, next) < width(start, end) - tolerance;
                start = end;
                end = next;
                breaks[line] = end;
            }
            return new Plan(cost, breaks);
        }

        /** Cost of lines {@code line..} given that line {@code line - 1} runs from start to end. */
        private double rest(
                int line, int start, int end, boolean descended, Map<Long, Double> memo, Map<Long, Integer> choice) {
            int n = cps.length;
            long key = key(line, start, end, descended);
            Double known = memo.get(key);
            if (known != null) {
                return known;
            }
            double previous = width(start, end);
            double best = Double.POSITIVE_INFINITY;
            if (line == lines - 1) {
                if (n - end >= MIN_CHARS && fits(end, n) && !(descended && width(end, n) > previous + tolerance)) {
                    best = line(end, n);
                }
            } else {
                for (int next = end + MIN_CHARS; next <= n - MIN_CHARS * (lines - 1 - line); next++) {
                    if (!fits(end, next)) {
                        break;
                    }
                    if (costs[next] == FORBIDDEN) {
                        continue;
                    }
                    double here = width(end, next);
                    if (descended && here > previous + tolerance) {
                        continue;
                    }
                    double total = line(end, next)
                            + costs[next]
                            + rest(line + 1, end, next, descended || here < previous - tolerance, memo, choice);
                    if (total < best) {
                        best = total;
                        choice.put(key, next);
                    }
                }
            }
            memo.put(key, best);
            return best;
        }

        private long key(int line, int start, int end, boolean descended) {
            return (((long) line * 1024 + start) * 1024 + end) * 2 + (descended ? 1 : 0);
        }

        private boolean fits(int start, int end) {
            return width(start, end) <= maxWidth + 1e-3;
        }

        private double width(int start, int end) {
            return prefix[end] - prefix[start];
        }

        private double line(int start, int end) {
            double deviation = (width(start, end) - mean) / em;
            return deviation * deviation;
        }
    }
}
