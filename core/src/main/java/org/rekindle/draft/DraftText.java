package org.rekindle.draft;

/**
 * The text of a draft, checked once at the edge: not empty, at most
 * {@value #MAX_CHARS} characters (a text or a few lines to say on the phone, not a
 * letter; the limit also bounds the work a review does).
 */
public record DraftText(String text) {
    public static final int MAX_CHARS = 5_000;

    public DraftText {
        if (text == null || text.isBlank()) {
            throw new InvalidDraftException("The draft is empty.",
                    "Type the message you are thinking of sending, e.g. rekindle check \"Hope you're well\".");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidDraftException(
                    "The draft is " + text.length() + " characters long; the limit is " + MAX_CHARS + ".",
                    "Paste only the message you mean to send; the guide asks for short, friendly texts.");
        }
    }

    /** Words as a reader counts them: whitespace-separated pieces with a letter or digit in them. */
    public int words() {
        int n = 0;
        for (String piece : text.trim().split("\\s+")) {
            if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
