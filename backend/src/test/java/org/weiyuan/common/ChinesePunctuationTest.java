package org.weiyuan.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.ChinesePunctuation;
import org.weiyuan.web.site.SiteText;

import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-width punctuation (，：；（）) in every Chinese text the server owns: the public pages, the API messages, the seeds. */
class ChinesePunctuationTest {

    /** A seed workflow step's machine prefix, "ACTION:uuid:" (DemoSeeder splits on its ASCII colons). */
    private static final Pattern SEED_STEP = Pattern.compile(
            "^[A-Z][A-Z_]+(?::(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+|[A-Z][A-Z_]+))*:");

    @Test
    void theRuleCatchesAsciiBetweenChineseWordsAndLetsNumbersAndPlaceholdersBe() {
        assertThat(ChinesePunctuation.asciiInChinese("上级工会:")).isTrue();
        assertThat(ChinesePunctuation.asciiInChinese("筹得善款(含配捐)")).isTrue();
        assertThat(ChinesePunctuation.asciiInChinese("合计;基层")).isTrue();
        assertThat(ChinesePunctuation.asciiInChinese("“{0}”:{1}")).isTrue();
        assertThat(ChinesePunctuation.asciiInChinese("为保护受助家庭，页面不显示姓名。")).isFalse();
        assertThat(ChinesePunctuation.asciiInChinese("住院自付 8,000 元，{0,number,#} 像素")).isFalse();
        assertThat(ChinesePunctuation.asciiInChinese("Part of: (with matching)")).isFalse();
        assertThat(ChinesePunctuation.asciiBesideChinese("亲属接济为临时性,已补交")).isTrue();
        assertThat(ChinesePunctuation.asciiBesideChinese("南明区 draws half of its files; each (in progress)")).isFalse();
    }

    @Test
    void thePublicPagesWordsUseFullWidthPunctuation() {
        assertThat(offending(SiteText.ZH)).isEmpty();
    }

    @Test
    void theApiMessagesUseFullWidthPunctuation() throws Exception {
        assertThat(offending(bundle("/messages_zh_CN.properties"))).isEmpty();
        assertThat(offending(bundle("/ValidationMessages_zh_CN.properties"))).isEmpty();
    }

    @Test
    void theSeedTextsUseFullWidthPunctuationBesideChinese() throws Exception {
        File[] files = Objects.requireNonNull(new File("../seeds").listFiles((dir, name) -> name.endsWith(".json")));
        assertThat(files).isNotEmpty();
        List<String> found = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (File file : files) {
            collect(json.readTree(file), file.getName(), found);
        }
        assertThat(found).isEmpty();
    }

    private static void collect(JsonNode node, String where, List<String> found) {
        if (node.isTextual()) {
            String text = SEED_STEP.matcher(node.asText()).replaceFirst("");
            if (ChinesePunctuation.asciiBesideChinese(text)) {
                found.add(where + ": " + node.asText());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), where + "[" + i + "]", found);
            }
        } else {
            node.properties().forEach(e -> collect(e.getValue(), where + "." + e.getKey(), found));
        }
    }

    private static List<String> offending(Map<?, ?> texts) {
        return texts.entrySet().stream().filter(e -> ChinesePunctuation.asciiInChinese(String.valueOf(e.getValue())))
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Objects.requireNonNull(ChinesePunctuationTest.class.getResourceAsStream(name)),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
