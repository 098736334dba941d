package org.weiyuan.app.core;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese first, English second: every text the app shows exists in both, with the same
 * placeholders (a missing %2$s in one language would crash that language's screen at run time).
 */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[sd]");

    @Test
    void everyChineseTextHasAnEnglishOneWithTheSamePlaceholders() throws Exception {
        Map<String, String> zh = strings("src/main/res/values/strings.xml");
        Map<String, String> en = strings("src/main/res/values-en/strings.xml");
        assertThat(zh).isNotEmpty();
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        zh.forEach((name, text) -> assertThat(placeholders(en.get(name))).as(name).isEqualTo(placeholders(text)));
    }

    static Map<String, String> strings(String path) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(path))
                .getElementsByTagName("string");
        Map<String, String> all = new TreeMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            all.put(e.getAttribute("name"), e.getTextContent());
        }
        return all;
    }

    static Map<String, Integer> placeholders(String text) {
        Map<String, Integer> found = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.merge(m.group(), 1, Integer::sum);
        }
        return found;
    }
}
