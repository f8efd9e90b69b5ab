package org.gongwen.shared;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories that only the account running Gongwen may read: the database, the keys.
 * Created with their permissions in place, so there is no moment in which another account could
 * open them. On a file system without POSIX permissions they are created plainly.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {}

    /**
     * Creates the directory and any missing parents owner-only. An existing directory is left as
     * the operator made it (it may be a mount point shared with others), but
     * {@link #openToOthers(Path)} tells whether it should be looked at.
     */
    public static void createDirectories(Path directory) throws IOException {
        if (directory == null || Files.isDirectory(directory)) {
            return;
        }
        createDirectories(directory.toAbsolutePath().getParent());
        try {
            if (posix(directory)) {
                Files.createDirectory(directory, attribute(DIRECTORY));
            } else {
                Files.createDirectory(directory);
            }
        } catch (FileAlreadyExistsException concurrent) {
            // made by someone else meanwhile: leave it as it is
        }
    }

    /** Whether group or others may read, write or enter the path. */
    public static boolean openToOthers(Path path) throws IOException {
        if (!Files.exists(path) || !posix(path)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return permissions.stream()
                .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
    }

    /** Creates an empty file readable and writable by the owner only. */
    public static void createFile(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            Files.createFile(file, attribute(FILE));
        } else {
            Files.createFile(file);
        }
    }

    /** Takes every permission of group and others from an existing file or directory. */
    public static void restrict(Path path) throws IOException {
        if (Files.exists(path) && posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    private static boolean posix(Path path) {
        return path != null
                && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
