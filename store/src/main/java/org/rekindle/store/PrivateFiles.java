package org.rekindle.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The data folder is private: 0700, and every file rekindle keeps in it 0600, whatever the umask.
 * The journal is intimate; under the usual umask 022 a folder made by {@code createDirectories} is
 * 0755 and SQLite's files 0644, readable by every account on the machine. Checked on every open: a
 * looser folder or file we own is tightened; one we cannot tighten (another owner) is refused with
 * the command that fixes it. A read-only folder is left as it is (it cannot be changed, and reading
 * a journal from it must still work). Filesystems without POSIX permissions are left alone.
 *
 * <p>The database file is created 0600 before SQLite opens it, because SQLite gives its {@code -wal}
 * and {@code -shm} files the permissions of the database file: they are then private from birth.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /** Makes {@code dir} (and any missing parent) with the folder created private. */
    public static void createFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null && !Files.exists(parent)) {
            Files.createDirectories(parent);
        }
        if (posix(dir.getParent() == null ? dir : dir.getParent())) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(dir, FOLDER); // the umask may have taken bits off: set them exactly
        } else {
            Files.createDirectory(dir);
        }
    }

    /** Creates an empty file readable by its owner alone (SQLite takes a 0-byte file as a new database). */
    public static void createFile(Path file) throws IOException {
        if (posix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            Files.setPosixFilePermissions(file, FILE);
        } else {
            Files.createFile(file);
        }
    }

    /**
     * Tightens rekindle's files in the folder to 0600, and the folder to 0700 when it holds nothing
     * else (subfolders such as {@code demo} are data folders of their own, checked when opened).
     * Refuses what it cannot make private.
     */
    public static void secure(Path dir) {
        if (!Files.isDirectory(dir) || !posix(dir)) {
            return;
        }
        boolean onlyOurs = true;
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (OURS.contains(name) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    tighten(f, FILE, dir);
                } else if (!OURS.contains(name) && !name.equals("demo")) {
                    onlyOurs = false;
                }
            }
        } catch (IOException e) {
            throw new FolderNotPrivate("cannot list the data folder " + dir + " (" + e.getMessage() + ")");
        }
        // A folder that holds other things too (--data-dir ~) is not ours to change: our files in it
        // are private, which is what keeps the journal from other accounts.
        if (onlyOurs) {
            tighten(dir, FOLDER, dir);
        }
    }

    /** The files rekindle keeps in a data folder: the database, SQLite's companions, the server's token. */
    static final Set<String> OURS = Set.of("rekindle.db", "rekindle.db-wal", "rekindle.db-shm", "rekindle.db-journal",
            "token");

    private static void tighten(Path p, Set<PosixFilePermission> wanted, Path dir) {
        Set<PosixFilePermission> now;
        try {
            now = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // gone meanwhile (a -shm file removed by the last connection closing)
        }
        if (now.stream().noneMatch(OTHERS::contains)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(p, wanted);
        } catch (FileSystemException e) {
            if (isReadOnly(dir)) {
                return; // a read-only filesystem: nothing can be written to it, the journal can still be read
            }
            throw new FolderNotPrivate(p + " is " + (Files.isDirectory(p) ? "a folder " : "") + "open to other accounts on this machine ("
                    + PosixFilePermissions.toString(now) + ") and rekindle cannot make it private (" + reason(e)
                    + "): run 'chmod " + (Files.isDirectory(p) ? "700 " : "600 ") + p + "' as its owner");
        } catch (IOException e) {
            throw new FolderNotPrivate("cannot make " + p + " private (" + e.getMessage() + ")");
        }
    }

    private static boolean isReadOnly(Path dir) {
        try {
            return Files.getFileStore(dir).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean posix(Path p) {
        Path at = p;
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        return at != null && Files.getFileAttributeView(at, PosixFileAttributeView.class) != null;
    }

    private static String reason(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
