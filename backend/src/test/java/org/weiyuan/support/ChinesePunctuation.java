package org.weiyuan.support;

import java.util.regex.Pattern;

/**
 * The rule the console's vitest applies to its zh-CN texts (src/test/i18n.test.ts): Chinese is written with
 * full-width punctuation ，。：；（）？！“”, never ASCII between Chinese words. Placeholders ({0}, {0,number,#}) are
 * not text; a comma or colon between two digits (8,000 元, 08:30) is number formatting and stays.
 */
public final class ChinesePunctuation {

    /** Chinese characters, and the Chinese quotation marks and full-width forms (a text of “{0}”：{1} is Chinese too). */
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\u201c\\u201d\\u3000-\\u303f\\uff00-\\uffef]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern NUMBER_SEPARATOR = Pattern.compile("(?<=\\d)[,:](?=\\d)");
    private static final Pattern ASCII = Pattern.compile("[,:;()?!\"]");
    /** ASCII , : ; ( ) with a Chinese character right beside it (spaces between do not count). */
    private static final Pattern BESIDE_CHINESE = Pattern.compile(
            "[\\u3400-\\u9fff][ \\t]*[,:;()]|[,:;()][ \\t]*[\\u3400-\\u9fff]");

    private ChinesePunctuation() { }

    /** A zh-CN text (a message, a page's word): wrong when it has Chinese and any ASCII punctuation at all. */
    public static boolean asciiInChinese(String text) {
        String words = NUMBER_SEPARATOR.matcher(PLACEHOLDER.matcher(text).replaceAll("")).replaceAll("");
        return CJK.matcher(words).find() && ASCII.matcher(words).find();
    }

    /** A text that may be English with a Chinese name in it (seed notes): wrong where ASCII punctuation touches Chinese. */
    public static boolean asciiBesideChinese(String text) {
        return BESIDE_CHINESE.matcher(text).find();
    }
}
