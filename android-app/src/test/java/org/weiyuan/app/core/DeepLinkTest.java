package org.weiyuan.app.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Notification links (as the backend writes them) lead to the right screen. */
class DeepLinkTest {

    @Test
    void eachKindOfLinkOpensItsScreen() {
        DeepLink wish = DeepLink.parse("weiyuan://wishes/2b9c6a4e-0000-4000-8000-000000000001");
        assertThat(wish.screen).isEqualTo(DeepLink.Screen.WISH);
        assertThat(wish.id).isEqualTo("2b9c6a4e-0000-4000-8000-000000000001");
        assertThat(DeepLink.parse("weiyuan://wishes/w1/disbursements/d1").screen).isEqualTo(DeepLink.Screen.STAFF_QUEUE);
        assertThat(DeepLink.parse("weiyuan://households/h1").screen).isEqualTo(DeepLink.Screen.MY_FILE);
        assertThat(DeepLink.parse("weiyuan://jobs/listings/j1").screen).isEqualTo(DeepLink.Screen.JOBS);
        assertThat(DeepLink.parse("weiyuan://pledges/p1").screen).isEqualTo(DeepLink.Screen.DONATIONS);
        assertThat(DeepLink.parse("weiyuan://admin/outbox/parked").screen).isEqualTo(DeepLink.Screen.STAFF_QUEUE);
    }

    @Test
    void anythingElseOpensTheInbox() {
        assertThat(DeepLink.parse("weiyuan://services/orders/o1").screen).isEqualTo(DeepLink.Screen.INBOX);
        assertThat(DeepLink.parse("https://example.org").screen).isEqualTo(DeepLink.Screen.INBOX);
        assertThat(DeepLink.parse(null).screen).isEqualTo(DeepLink.Screen.INBOX);
    }
}
