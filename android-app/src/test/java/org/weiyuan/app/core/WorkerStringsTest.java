package org.weiyuan.app.core;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker journeys' texts (strings_worker.xml) in Chinese and English alike, with the same placeholders, Chinese with full-width punctuation. */
class WorkerStringsTest {

    @Test
    void everyWorkerTextIsInBothLanguagesWithTheSamePlaceholders() throws Exception {
        Map<String, String> zh = TranslationsTest.strings("src/main/res/values/strings_worker.xml");
        Map<String, String> en = TranslationsTest.strings("src/main/res/values-en/strings_worker.xml");
        assertThat(zh).isNotEmpty();
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        zh.forEach((name, text) -> assertThat(TranslationsTest.placeholders(en.get(name))).as(name).isEqualTo(TranslationsTest.placeholders(text)));
        // half-width punctuation right after a Chinese character is a slip (,;:?! belong full-width there)
        zh.forEach((name, text) -> assertThat(text).as(name).doesNotContainPattern("[\\u4e00-\\u9fff][,;:?!()]"));
    }
}
