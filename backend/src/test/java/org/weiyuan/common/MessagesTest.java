package org.weiyuan.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {

    @Test
    void chineseFirstEnglishSecond() {
        assertThat(Messages.negotiate(null)).isEqualTo(Messages.CHINESE);
        assertThat(Messages.negotiate("fr-FR")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.negotiate("en-GB,en;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.negotiate("zh-CN,en;q=0.5")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.negotiate(";;;garbage")).isEqualTo(Messages.CHINESE);
    }

    @Test
    void everyChineseMessageHasAnEnglishTwin() throws Exception {
        var zh = new java.util.Properties();
        var en = new java.util.Properties();
        zh.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/messages_zh_CN.properties"), java.nio.charset.StandardCharsets.UTF_8));
        en.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/messages_en.properties"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        assertThat(Messages.get(Locale.ENGLISH, "problem.illegal-transition", "APPROVE", "DRAFT")).isEqualTo("Cannot APPROVE while the state is DRAFT.");
        assertThat(Messages.get(Messages.CHINESE, "problem.illegal-transition", "APPROVE", "DRAFT")).contains("DRAFT");
    }

    @Test
    void cursorsRoundTripAndForgeriesAreRefused() {
        Cursor c = new Cursor(Instant.parse("2026-11-22T03:04:05.123456Z"), UUID.randomUUID());
        assertThat(Cursor.decode(c.encode())).isEqualTo(c);
        assertThat(Cursor.decode(null)).isNull();
        assertThatThrownBy(() -> Cursor.decode("bm90LWEtY3Vyc29y")).isInstanceOf(DomainException.class);
    }
}
