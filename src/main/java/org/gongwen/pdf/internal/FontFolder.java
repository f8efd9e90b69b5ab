package org.gongwen.pdf.internal;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.TrueTypeCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongwen.pdf.internal.LayoutFonts.Face;

/**
 * The licensed faces a county put in {@code gongwen.layout.fonts.folder}: every .ttf, .otf and .ttc file
 * in it, recognised by the family names in its name table (Chinese and English). Where several files
 * fit one face, the name {@link Face#names} lists first wins (仿宋_GB2312 before 仿宋), then the file
 * name. A file that cannot be read as a font stops the start-up with its name.
 */
final class FontFolder {

    private static final String SETTING = "gongwen.layout.fonts.folder";

    private final String folder;
    private final Map<Face, Found> faces = new EnumMap<>(Face.class);
    private final List<String> unrecognised = new ArrayList<>();

    /** A face found in the folder: the program, the family name it was recognised by, its file. */
    record Found(FontProgram program, String family, String file, int rank) {}

    private FontFolder(String folder) {
        this.folder = folder;
    }

    static FontFolder scan(String folder) {
        FontFolder scanned = new FontFolder(folder);
        if (folder == null || folder.isBlank()) {
            return scanned;
        }
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            return scanned;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile)
                    .filter(FontFolder::isFontFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(
                    SETTING + " = " + folder + ": the folder cannot be read: " + e.getMessage(), e);
        }
        files.forEach(scanned::add);
        return scanned;
    }

    /** The folder as an absolute path, or empty when none is configured. */
    String folder() {
        return folder == null || folder.isBlank()
                ? ""
                : Path.of(folder).toAbsolutePath().normalize().toString();
    }

    Optional<Found> face(Face face) {
        return Optional.ofNullable(faces.get(face));
    }

    /** Font files whose names match no customary face, as "file" or "file (family)". */
    List<String> unrecognised() {
        return List.copyOf(unrecognised);
    }

    private static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc");
    }

    private void add(Path file) {
        List<FontProgram> programs = new ArrayList<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(Files.readAllBytes(file));
                collection.setCached(false);
                for (int i = 0; i < collection.getTTCSize(); i++) {
                    programs.add(collection.getFontByTccIndex(i));
                }
            } else {
                programs.add(FontProgramFactory.createFont(Files.readAllBytes(file), false));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    SETTING + ": " + file.toAbsolutePath() + " cannot be read as a font (" + e.getMessage()
                            + "); replace or remove the file",
                    e);
        }
        for (FontProgram program : programs) {
            recognise(file, program);
        }
    }

    private void recognise(Path file, FontProgram program) {
        List<String> names = FaceNames.of(program);
        for (Face face : Face.values()) {
            for (int rank = 0; rank < face.names().size(); rank++) {
                String known = face.names().get(rank);
                if (names.stream().anyMatch(n -> FaceNames.matches(n, known))) {
                    LayoutFonts.requireGlyphs(SETTING, file.toAbsolutePath().toString(), program);
                    Found found =
                            new Found(program, known, file.toAbsolutePath().toString(), rank);
                    faces.merge(face, found, (a, b) -> b.rank() < a.rank() ? b : a);
                    return;
                }
            }
        }
        unrecognised.add(file.getFileName() + " (" + FaceNames.family(program) + ")");
    }
}
