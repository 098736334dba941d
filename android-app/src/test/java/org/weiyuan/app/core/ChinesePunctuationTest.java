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
