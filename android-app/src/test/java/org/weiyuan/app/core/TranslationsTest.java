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
        Map<String, String> zh = strings("src/main/res/values");
        Map<String, String> en = strings("src/main/res/values-en");
        assertThat(zh).isNotEmpty();
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        zh.forEach((name, text) -> assertThat(placeholders(en.get(name))).as(name).isEqualTo(placeholders(text)));
    }

    /** Every string of a resource folder, from each of its strings*.xml (strings.xml, strings_staff.xml…), or of one such file. */
    static Map<String, String> strings(String folder) throws Exception {
        Map<String, String> all = new TreeMap<>();
        File[] files = new File(folder).isFile() ? new File[] {new File(folder)}
                : new File(folder).listFiles((dir, name) -> name.startsWith("strings") && name.endsWith(".xml"));
        assertThat(files).isNotEmpty();
        for (File file : files) {
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).getElementsByTagName("string");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                assertThat(all.put(e.getAttribute("name"), e.getTextContent())).as(e.getAttribute("name") + " twice in " + folder).isNull();
            }
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
