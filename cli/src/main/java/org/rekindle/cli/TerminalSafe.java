package org.rekindle.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints passes through here: a control character from the journal (an
 * imported note with {@code ESC[31m}, a carriage return that rewrites the line above it) would be
 * obeyed by the terminal, so it is shown as its Unicode control picture instead ({@code ␛}, {@code ␍}).
 * Line feeds and tabs, which rekindle writes itself, pass. JSON output never carries a raw control
 * character (Jackson escapes them), so it is unchanged.
 */
final class TerminalSafe extends FilterWriter {

    private TerminalSafe(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalSafe(out), true);
    }

    static char visible(char c) {
        if (c == '\n' || c == '\t') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c); // ␀ … ␟
        }
        if (c == 0x7f) {
            return '\u2421'; // ␡
        }
        if (c >= 0x80 && c <= 0x9f) {
            return '\uFFFD'; // C1 controls (CSI is one) have no picture of their own
        }
        return c;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(visible((char) c));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        char[] copy = new char[len];
        for (int i = 0; i < len; i++) {
            char c = cbuf[off + i];
            // a CR just before its LF ends a line (iCalendar's CRLF, plan --ics); a lone CR could overwrite one
            copy[i] = c == '\r' && i + 1 < len && cbuf[off + i + 1] == '\n' ? c : visible(c);
        }
        out.write(copy, 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }
}
