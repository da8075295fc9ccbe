package org.rekindle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;



/**
 * Where {@code rekindle serve} takes its token from, first found wins: {@code --token-file FILE},
 * {@code $REKINDLE_TOKEN}, the file {@code token} in the data folder, then {@code --token T}. Anything on
 * a command line can be read by every account on the machine ({@code ps}, {@code /proc/PID/cmdline}),
 * so {@code --token} still works but says so; a token file readable by others is refused.
 */
final class TokenSource {

    static final String FILE_NAME = "token";

    private TokenSource() {
    }

    static String resolve(String flag, Path tokenFile, String env, Path dataDir, PrintWriter err) {
        if (tokenFile != null) {
            return read(tokenFile, "--token-file");
        }
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        Path inFolder = dataDir.resolve(FILE_NAME);
        if (Files.isRegularFile(inFolder)) {
            return read(inFolder, "the data folder's token file");
        }
        if (flag != null) {
            err.println("rekindle: warning: --token is visible to every account on this machine (ps, /proc); "
                    + "put it in REKINDLE_TOKEN or a file given with --token-file instead");
            err.flush();
        }
        return flag;
    }

    private static String read(Path file, String what) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                throw new CliInput(what + " " + file + " can be read by other accounts ("
                        + PosixFilePermissions.toString(p) + "): run 'chmod 600 " + file + "' first");
            }
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions on this filesystem: nothing to check
        } catch (NoSuchFileException e) {
            throw new CliInput(what + " " + file + " does not exist: write the token in it (one line)");
        } catch (IOException e) {
            throw new CliInput("cannot read " + what + " " + file + " (" + e.getMessage() + ")");
        }
        try {
            String text = Files.readString(file).strip();
            if (text.isEmpty()) {
                throw new CliInput(what + " " + file + " is empty: write the token in it (one line)");
            }
            return text.lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new CliInput("cannot read " + what + " " + file + " (" + e.getMessage() + ")");
        }
    }
}
