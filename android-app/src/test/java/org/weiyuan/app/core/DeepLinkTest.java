package org.weiyuan.app.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Notification links (as the backend writes them) lead to the right screen for the role of who is signed in. */
class DeepLinkTest {

    private static final String WISH = "weiyuan://wishes/2b9c6a4e-0000-4000-8000-000000000001";

    @Test
    void aWishLinkOpensTheDonorPageOnlyForDonors() {
        DeepLink donor = DeepLink.parse(WISH, Session.Home.DONOR);
        assertThat(donor.screen).isEqualTo(DeepLink.Screen.WISH);
        assertThat(donor.id).isEqualTo("2b9c6a4e-0000-4000-8000-000000000001");
        assertThat(DeepLink.parse(WISH, Session.Home.SIGNED_OUT).screen).isEqualTo(DeepLink.Screen.WISH);
        // "工会有问题要问您": the worker answers on their own wishes, not on a donor page of an unpublished wish
        assertThat(DeepLink.parse(WISH, Session.Home.WORKER).screen).isEqualTo(DeepLink.Screen.MY_FILE);
        // a wish submitted for vetting: staff land in the vetting queue
        assertThat(DeepLink.parse(WISH, Session.Home.STAFF).screen).isEqualTo(DeepLink.Screen.STAFF_WISHES);
    }

    @Test
    void eachKindOfLinkOpensItsScreenForItsRole() {
        assertThat(DeepLink.parse("weiyuan://wishes/w1/disbursements/d1", Session.Home.STAFF).screen)
                .isEqualTo(DeepLink.Screen.STAFF_DISBURSEMENTS);
        assertThat(DeepLink.parse("weiyuan://wishes/w1/disbursements/d1", Session.Home.WORKER).screen).isEqualTo(DeepLink.Screen.MY_FILE);
        assertThat(DeepLink.parse("weiyuan://households/h1", Session.Home.WORKER).screen).isEqualTo(DeepLink.Screen.MY_FILE);
        assertThat(DeepLink.parse("weiyuan://households/h1", Session.Home.STAFF).screen).isEqualTo(DeepLink.Screen.STAFF_FILES);
        assertThat(DeepLink.parse("weiyuan://jobs/listings/j1", Session.Home.WORKER).screen).isEqualTo(DeepLink.Screen.JOBS);
        assertThat(DeepLink.parse("weiyuan://services/orders/o1", Session.Home.WORKER).screen).isEqualTo(DeepLink.Screen.SERVICES);
        assertThat(DeepLink.parse("weiyuan://pledges/p1", Session.Home.DONOR).screen).isEqualTo(DeepLink.Screen.DONATIONS);
        assertThat(DeepLink.parse("weiyuan://admin/outbox/parked", Session.Home.STAFF).screen).isEqualTo(DeepLink.Screen.STAFF_FILES);
    }

    @Test
    void anythingElseOpensTheInbox() {
        assertThat(DeepLink.parse("weiyuan://households/h1", Session.Home.DONOR).screen).isEqualTo(DeepLink.Screen.INBOX);
        assertThat(DeepLink.parse("https://example.org", Session.Home.DONOR).screen).isEqualTo(DeepLink.Screen.INBOX);
        assertThat(DeepLink.parse(null, Session.Home.WORKER).screen).isEqualTo(DeepLink.Screen.INBOX);
    }
}
