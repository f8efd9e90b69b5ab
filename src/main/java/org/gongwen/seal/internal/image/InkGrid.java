package org.gongwen.seal.internal.image;

/**
 * Ink on a coarse grid, with small connected blobs (dust, specks of toner) marked as not kept. A cell
 * is inked when any of its pixels is ink, so a kept blob keeps its edge pixels too; blobs are
 * 8-connected groups of inked cells.
 */
final class InkGrid {

    private static final double CELL_MM = 0.25;

    private final int cellSize;
    private final int columns;
    private final boolean[] kept;

    private InkGrid(int cellSize, int columns, boolean[] kept) {
        this.cellSize = cellSize;
        this.columns = columns;
        this.kept = kept;
    }

    static InkGrid of(InkMap ink, double dotsPerMm, double minBlobMm2) {
        int cellSize = Math.max(1, (int) Math.round(dotsPerMm * CELL_MM));
        int columns = (ink.width() + cellSize - 1) / cellSize;
        int rows = (ink.height() + cellSize - 1) / cellSize;
        boolean[] inked = new boolean[columns * rows];
        for (int y = 0; y < ink.height(); y++) {
            int rowOffset = y / cellSize * columns;
            for (int x = 0; x < ink.width(); x++) {
                if (ink.isInk(x, y)) {
                    inked[rowOffset + x / cellSize] = true;
                }
            }
        }
        double cellMm = cellSize / dotsPerMm;
        int minCells = Math.max(2, (int) Math.ceil(minBlobMm2 / (cellMm * cellMm)));
        return new InkGrid(cellSize, columns, keepLargeBlobs(inked, columns, rows, minCells));
    }

    private static boolean[] keepLargeBlobs(boolean[] inked, int columns, int rows, int minCells) {
        boolean[] kept = new boolean[inked.length];
        boolean[] seen = new boolean[inked.length];
        int[] blob = new int[inked.length];
        for (int start = 0; start < inked.length; start++) {
            if (!inked[start] || seen[start]) {
                continue;
            }
            int size = 0;
            blob[size++] = start;
            seen[start] = true;
            for (int next = 0; next < size; next++) {
                int cell = blob[next];
                int cx = cell % columns;
                int cy = cell / columns;
                for (int ny = Math.max(0, cy - 1); ny <= Math.min(rows - 1, cy + 1); ny++) {
                    for (int nx = Math.max(0, cx - 1); nx <= Math.min(columns - 1, cx + 1); nx++) {
                        int neighbour = ny * columns + nx;
                        if (inked[neighbour] && !seen[neighbour]) {
                            seen[neighbour] = true;
                            blob[size++] = neighbour;
                        }
                    }
                }
            }
            if (size >= minCells) {
                for (int i = 0; i < size; i++) {
                    kept[blob[i]] = true;
                }
            }
        }
        return kept;
    }

    boolean kept(int x, int y) {
        return kept[y / cellSize * columns + x / cellSize];
    }
}
