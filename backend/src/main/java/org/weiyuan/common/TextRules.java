package org.weiyuan.common;

/**
 * Which characters text input may hold. A control character (NUL, BEL, ESC, DEL, the C1 range)
 * is never typed by a person: it comes from a broken client or an attack, and PostgreSQL refuses
 * NUL outright. Multi-line text (stories, notes) keeps tab and line breaks; query and path
 * parameters are single-line and keep none.
 */
public final class TextRules {

    private TextRules() { }

    /** @return the index of the first forbidden character, or -1 when the text is acceptable. */
    public static int firstControl(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (multiLine && (c == '\n' || c == '\t' || c == '\r')) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
        }
        return -1;
    }

    /** 400 naming the parameter when it holds a control character. */
    public static void checkParameter(String name, String value) {
        if (value != null) {
            int at = firstControl(value, false);
            if (at >= 0) {
                throw DomainException.badParameter(name, "problem.text.control", at + 1);
            }
        }
    }
}
