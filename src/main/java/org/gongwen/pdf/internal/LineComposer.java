package org.gongwen.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Breaks a paragraph's {@linkplain TextUnits units} into lines after clreq and GB/T 9704 5.2.3 (每行排28个字，
 * 并撑满版心). No line starts with a closing mark or ends with an opening one (避头尾); a break that would
 * do so is resolved first by setting marks inside the line at half width (标点挤压) so that the next unit
 * fits, failing that by moving the line's last units down. Every line but the paragraph's last is then
 * spread to fill its width exactly, the slack shared between units, never inside a Latin word; the last
 * line stays on the grid.
 */
final class LineComposer {

    /** Below a hundredth of a point two widths are the same. */
    static final float EPSILON = 0.01f;
    /** How many units past the end of a line compression may take in. */
    private static final int PULL_IN = 6;

    enum Kind {
        /** One character (or "——", "……") on the character pitch. */
        WIDE,
        /** Latin letters, digits and ASCII signs, unbreakable unless longer than a line. */
        WORD,
        SPACE
    }

    /** Which half of a full-width mark may be taken away: the half without ink. */
    enum Trim {
        NONE,
        LEFT,
        RIGHT
    }

    /**
     * @param offsets where each code point of {@code text} starts, from the unit's left edge at full width
     */
    record Unit(String text, Kind kind, float width, float[] offsets, Trim trim) {

        boolean noLineStart() {
            return TextUnits.CLOSING.indexOf(text.codePointAt(0)) >= 0 || connector();
        }

        boolean noLineEnd() {
            return TextUnits.OPENING.indexOf(text.codePointBefore(text.length())) >= 0 || connector();
        }

        /** A single dash joins what it stands between, as in "2026—2027" or "GB/T 9704—2012". */
        private boolean connector() {
            return text.equals("—");
        }

        boolean punctuation() {
            return kind == Kind.WIDE && (noLineStart() || noLineEnd());
        }
    }

    /**
     * A unit on its line: its cell starts {@code x} from the line's start and is {@code width} wide; a
     * mark compressed on the left ({@code trimmedLeft}) has its glyph start half a unit before the cell.
     */
    record Placed(Unit unit, float x, float width, boolean trimmedLeft) {

        float end() {
            return x + width;
        }

        /** Where the {@code k}-th code point's glyph starts, from the line's start. */
        float glyphX(int k) {
            return x + unit.offsets()[k] - (trimmedLeft ? unit.width() / 2 : 0);
        }
    }

    /** A composed line; {@code full} lines fill their width exactly, the last line of a paragraph does not. */
    record Line(List<Placed> units, boolean full) {

        float width() {
            return units.isEmpty() ? 0 : units.get(units.size() - 1).end();
        }

        String text() {
            StringBuilder text = new StringBuilder();
            units.forEach(u -> text.append(u.unit().text()));
            return text.toString();
        }
    }

    private LineComposer() {}

    /**
     * Lines of {@code input} on the character pitch {@code pitch}, the first {@code firstWidth} wide, the
     * others {@code width}.
     */
    static List<Line> compose(List<Unit> input, float pitch, float firstWidth, float width) {
        List<Unit> units = new ArrayList<>(input);
        List<Line> lines = new ArrayList<>();
        int start = skipSpaces(units, 0);
        while (start < units.size()) {
            float available = lines.isEmpty() ? firstWidth : width;
            int end = start;
            float used = 0;
            while (end < units.size() && used + units.get(end).width() <= available + EPSILON) {
                used += units.get(end).width();
                end++;
            }
            if (end == units.size()) {
                lines.add(place(units, start, end, available, List.of(), false));
                break;
            }
            Unit next = units.get(end);
            if (next.kind() == Kind.WORD
                    && next.width() > Math.max(available, width)
                    && next.text().codePointCount(0, next.text().length()) > 1) {
                // a word longer than a line is the only thing broken inside
                units.remove(end);
                units.addAll(end, TextUnits.letters(next));
                continue;
            }
            Line line = breakLine(units, start, Math.max(end, start + 1), available, used < available - pitch / 2);
            lines.add(line);
            start = skipSpaces(units, start + line.units().size());
        }
        return lines;
    }

    /**
     * The line from {@code start} whose first unit that does not fit is {@code overflow}. A line that may end
     * there and is not {@code loose} ends there; else marks are compressed to take in the next units up to
     * where a line may end, and failing that a line that may not end there gives its last units to the next.
     */
    private static Line breakLine(List<Unit> units, int start, int overflow, float available, boolean loose) {
        boolean breakable = breakable(units, start, overflow);
        if (breakable && !loose) {
            return place(units, start, overflow, available, List.of(), true);
        }
        for (int end = overflow + 1; end <= Math.min(units.size(), overflow + PULL_IN); end++) {
            if (end < units.size() && !breakable(units, start, end)) {
                continue;
            }
            List<Integer> compressed = compression(units, start, end, available);
            if (compressed != null) {
                return place(units, start, end, available, compressed, true);
            }
            break;
        }
        for (int end = breakable ? overflow : overflow - 1; end > start; end--) {
            if (breakable(units, start, end)) {
                return place(units, start, end, available, List.of(), true);
            }
        }
        return place(units, start, overflow, available, List.of(), true);
    }

    /** Whether a line may run from {@code start} to just before {@code end}. */
    private static boolean breakable(List<Unit> units, int start, int end) {
        int last = end - 1;
        while (last > start && units.get(last).kind() == Kind.SPACE) {
            last--;
        }
        int next = skipSpaces(units, end);
        return !units.get(last).noLineEnd()
                && (next == units.size() || !units.get(next).noLineStart());
    }

    /**
     * The marks to set at half width so that units {@code start} to {@code end} fit in {@code available},
     * or null when they cannot: never the line's first mark on its left nor its last on its right, so that
     * the line keeps its edges on the grid and the type area. Marks next to marks go first, then from the end.
     */
    private static List<Integer> compression(List<Unit> units, int start, int end, float available) {
        float need = -available;
        for (int k = start; k < end; k++) {
            need += units.get(k).width();
        }
        List<Integer> candidates = new ArrayList<>();
        for (int k = start; k < end; k++) {
            Trim trim = units.get(k).trim();
            if (trim == Trim.RIGHT && k != end - 1 || trim == Trim.LEFT && k != start) {
                candidates.add(k);
            }
        }
        candidates.sort(Comparator.<Integer, Boolean>comparing(k -> !nextToMark(units, k, start, end))
                .thenComparing(Comparator.<Integer>reverseOrder()));
        List<Integer> chosen = new ArrayList<>();
        for (int k : candidates) {
            if (need <= EPSILON) {
                break;
            }
            chosen.add(k);
            need -= units.get(k).width() / 2;
        }
        return need <= EPSILON ? chosen : null;
    }

    private static boolean nextToMark(List<Unit> units, int k, int start, int end) {
        return k > start && units.get(k - 1).punctuation()
                || k + 1 < end && units.get(k + 1).punctuation();
    }

    /** Places units {@code start} to {@code end} (trailing spaces dropped), spread to {@code available} when full. */
    private static Line place(
            List<Unit> units, int start, int end, float available, List<Integer> compressed, boolean full) {
        while (end > start + 1 && units.get(end - 1).kind() == Kind.SPACE) {
            end--;
        }
        float[] widths = new float[end - start];
        float used = 0;
        for (int k = start; k < end; k++) {
            Unit unit = units.get(k);
            widths[k - start] = compressed.contains(k) ? unit.width() / 2 : unit.width();
            used += widths[k - start];
        }
        int gaps = end - start - 1;
        float gap = full && gaps > 0 ? (available - used) / gaps : 0;
        List<Placed> placed = new ArrayList<>();
        float x = 0;
        for (int k = start; k < end; k++) {
            Unit unit = units.get(k);
            placed.add(new Placed(unit, x, widths[k - start], compressed.contains(k) && unit.trim() == Trim.LEFT));
            x += widths[k - start] + gap;
        }
        return new Line(List.copyOf(placed), full);
    }

    private static int skipSpaces(List<Unit> units, int from) {
        while (from < units.size() && units.get(from).kind() == Kind.SPACE) {
            from++;
        }
        return from;
    }
}
