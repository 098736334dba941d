package org.weiyuan.app.core;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full-width punctuation (，：；（）！？) in the app's Chinese texts, as the backend's ChinesePunctuationTest asks of the
 * server's: no ASCII , : ; ( ) ! ? right beside a Chinese character (spaces between do not count). A placeholder
 * (%1$s, %2$d, %%) is not text, so "%1$s,%2$s 起" is Chinese on both sides of its comma; a URL (http://) and
 * English stay as they are. A bracket pair is all full-width or all ASCII ("（%1$s)" is neither).
 */
class ChinesePunctuationTest {

    private static final String CJK = "[\\u3400-\\u9fff\\u201c\\u201d\\u3000-\\u303f\\uff00-\\uffef]";
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?\\d*(\\.\\d+)?[sdfx%]|\\\\n");
    private static final Pattern BESIDE_CHINESE = Pattern.compile(CJK + "[ \\t]*[,:;()!?]|[,:;()!?][ \\t]*" + CJK);
    private static final Pattern MIXED_BRACKETS = Pattern.compile("（[^（）()]*\\)|\\([^（）()]*）");

    @Test
    void theRuleCatchesAsciiBesideChineseAndLetsPlaceholdersUrlsAndEnglishBe() {
        String[] wrong = {"• %1$s × %2$d,每件 %3$s", "需要的物品:", "捐多少?", "谢谢您的爱心!", "网络不通;稍后", "%1$s,%2$s 起可以申领",
            "%1$s（%2$d 年度)", "大专(高职)"};
        String[] right = {"• %1$s × %2$d，每件 %3$s", "请填写以 http:// 或 https:// 开头的地址", "已筹集 %2$d%%，共 1,000 元",
            "登录服务（Keycloak）地址", "Housing: %1$s (rented), paid!"};
        for (String text : wrong) {
            assertThat(halfWidthBesideChinese(text)).as(text).isTrue();
        }
        for (String text : right) {
            assertThat(halfWidthBesideChinese(text)).as(text).isFalse();
        }
    }

    @Test
    void everyChineseStringFileUsesFullWidthPunctuationBesideChinese() throws Exception {
        List<File> files = chineseStringFiles(new File("src/main/res"));
        assertThat(files).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (File file : files) {
            for (String tag : new String[] {"string", "item"}) {
                NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element e = (Element) nodes.item(i);
                    if (halfWidthBesideChinese(e.getTextContent())) {
                        found.add(file.getParentFile().getName() + "/" + file.getName() + " " + name(e) + ": " + e.getTextContent());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The texts the app builds in code: a label joined from a resource and a name ("批准" + ":" + "王*") has no
     * resource for this check to read, so a lone half-width mark joined with {@code +} in the app's source is caught
     * here (a resource with placeholders, such as {@code action_label} "%1$s：%2$s", is the way); and every string
     * literal of the app's and its tests' Java with Chinese in it (the scripted servers' answers among them) keeps the
     * resources' rule, except a mark right after an English word ("Housing: 租住老房" is English around a Chinese
     * answer). This class's own examples of the wrong way are left out.
     */
    @Test
    void theJavaSourcesJoinNoHalfWidthMarkToChineseAndTheirChineseLiteralsUseFullWidthPunctuation() throws Exception {
        List<String> found = new ArrayList<>();
        for (File file : javaFiles(new File("src"), new ArrayList<>())) {
            if (file.getName().equals(getClass().getSimpleName() + ".java")) {
                continue;
            }
            String[] lines = new String(java.nio.file.Files.readAllBytes(file.toPath()), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String code = CHAR_LITERAL.matcher(lines[i]).replaceAll("' '");
                if (!file.getPath().startsWith(new File("src", "test").getPath()) && JOINED_MARK.matcher(code).find()) {
                    found.add(file.getPath() + ":" + (i + 1) + " joins a half-width mark: " + lines[i].trim());
                }
                java.util.regex.Matcher literal = STRING_LITERAL.matcher(code);
                while (literal.find()) {
                    if (halfWidthBesideChinese(ENGLISH_MARK.matcher(literal.group(1)).replaceAll(" "))) {
                        found.add(file.getPath() + ":" + (i + 1) + " " + literal.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theSourceRuleCatchesAMarkJoinedWithPlus() {
        assertThat(JOINED_MARK.matcher("getString(R.string.file_approve) + \":\" + f.headName").find()).isTrue();
        assertThat(JOINED_MARK.matcher("title + \", \" + name").find()).isTrue();
        assertThat(JOINED_MARK.matcher("getString(R.string.action_label, getString(what), about)").find()).isFalse();
        assertThat(JOINED_MARK.matcher("text.append(\" · \").append(\"\\n\")").find()).isFalse();
    }

    private static final Pattern CHAR_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)+'");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** "?" is left out: it starts a URL's query. */
    private static final Pattern JOINED_MARK = Pattern.compile("\\+\\s*\"[ \\t]*[,:;()!][ \\t]*\"|\"[ \\t]*[,:;()!][ \\t]*\"\\s*\\+");
    private static final Pattern ENGLISH_MARK = Pattern.compile("(?<=[A-Za-z])[,:;!?]");

    private static List<File> javaFiles(File dir, List<File> into) {
        File[] children = dir.listFiles();
        for (File child : children == null ? new File[0] : children) {
            if (child.isDirectory()) {
                javaFiles(child, into);
            } else if (child.getName().endsWith(".java")) {
                into.add(child);
            }
        }
        return into;
    }

    static boolean halfWidthBesideChinese(String text) {
        String words = PLACEHOLDER.matcher(text).replaceAll("");
        return BESIDE_CHINESE.matcher(words).find() || MIXED_BRACKETS.matcher(words).find();
    }

    /** values/ (zh-CN, the default) and every values-zh* folder: the strings*.xml of each. */
    private static List<File> chineseStringFiles(File res) {
        List<File> files = new ArrayList<>();
        File[] folders = res.listFiles((dir, name) -> name.equals("values") || name.startsWith("values-zh") || name.startsWith("values-b+zh"));
        for (File folder : folders == null ? new File[0] : folders) {
            File[] strings = folder.listFiles((dir, name) -> name.startsWith("strings") && name.endsWith(".xml"));
            files.addAll(Arrays.asList(strings == null ? new File[0] : strings));
        }
        return files;
    }

    private static String name(Element e) {
        return e.hasAttribute("name") ? e.getAttribute("name") : ((Element) e.getParentNode()).getAttribute("name") + "[]";
    }
}
