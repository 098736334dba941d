package org.weiyuan.wish;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weiyuan.common.DatabaseSignals;
import org.weiyuan.support.Api;
import org.weiyuan.support.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/**
 * What drops every replica's feed cache: the {@code weiyuan_feed} signal, sent on commit by the wish
 * table's trigger for changes that alter a card, and by the pledging replica after a pledge. Signals
 * are read as every replica reads them (LISTEN through {@link DatabaseSignals}); a marker signal sent
 * afterwards shows that nothing came before it where nothing should (signals arrive in commit order).
 */
@QuarkusTest
class FeedCacheApiTest {

    @Inject
    AgroalDataSource jdbc;

    @Inject
    DatabaseSignals signals;

    @Inject
    FeedCache cache;

    private final LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private Cancellable listening;

    @BeforeEach
    void listen() {
        listening = signals.on(FeedCache.CHANNEL).subscribe().with(heard::add);
    }

    @AfterEach
    void stop() {
        listening.cancel();
    }

    /** The signals heard until the marker, which is sent now in a transaction of its own. */
    private List<String> untilMarker() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_notify('" + FeedCache.CHANNEL + "', '" + marker + "')");
        }
        List<String> before = new java.util.ArrayList<>();
        while (true) {
            String s = heard.poll(20, TimeUnit.SECONDS);
            assertThat(s).as("the marker signal arrives").isNotNull();
            if (s.equals(marker)) {
                return before;
            }
            before.add(s);
        }
    }

    private String publishedWishWithRoom() throws Exception {
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select cast(id as varchar) from wish where published_at is not null"
                     + " and pledged_fen + 100 <= target_fen and status in ('PUBLISHED', 'PARTLY_FUNDED')"
                     + " and deadline >= current_date order by id limit 1")) {
            assertThat(rs.next()).as("a published wish with room").isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void aChangeThatAltersACardSignalsEveryReplicaOnCommit() throws Exception {
        String wish = publishedWishWithRoom();
        untilMarker();
        // a payment (paid_fen), an expiry or a release (status, pledged_fen down) alter the card
        Sql.execute(jdbc, "update wish set paid_fen = paid_fen where id = '" + wish + "'");
        assertThat(untilMarker()).contains("");
        Sql.execute(jdbc, "update wish set pledged_fen = pledged_fen + 100 where id = '" + wish + "'");
        Sql.execute(jdbc, "update wish set pledged_fen = pledged_fen - 100 where id = '" + wish + "'");
        assertThat(untilMarker()).as("the release signals; the pledge alone does not").containsExactly("");
    }

    @Test
    void aPledgeInsideItsTransactionSignalsNothingButItsReplicaSignalsAfterCommit() throws Exception {
        String wish = publishedWishWithRoom();
        Sql.execute(jdbc, "update wish set pledged_fen = pledged_fen + 1 where id = '" + wish + "'");
        assertThat(untilMarker()).as("a pledge alone takes no NOTIFY lock at commit").doesNotContain("");
        Sql.execute(jdbc, "update wish set pledged_fen = pledged_fen - 1 where id = '" + wish + "'");
        untilMarker();

        long before = cache.invalidations();
        Api.donor().header("Idempotency-Key", "feed-cache-" + UUID.randomUUID()).body(Map.of("amountFen", 100))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201);
        assertThat(cache.invalidations()).as("this replica drops its pages at once").isGreaterThan(before);
        String next = heard.poll(20, TimeUnit.SECONDS);
        while (next != null && !next.equals("pledge")) {
            next = heard.poll(20, TimeUnit.SECONDS);
        }
        assertThat(next).as("the other replicas are told, after commit").isEqualTo("pledge");
    }

    @Test
    void theFeedCarriesAnEtagAndCacheControlAndAnswers304ToIt() {
        String etag = Api.anonymous().get("/api/v1/feed/wishes?limit=5").then().statusCode(200)
                .header("Cache-Control", is("public, max-age=0")).header("ETag", notNullValue()).extract().header("ETag");
        Api.anonymous().header("If-None-Match", etag).get("/api/v1/feed/wishes?limit=5").then().statusCode(304);
        Api.anonymous().header("If-None-Match", "\"other\"").get("/api/v1/feed/wishes?limit=5").then().statusCode(200);
        String districts = Api.anonymous().get("/api/v1/feed/districts").then().statusCode(200).extract().header("ETag");
        Api.anonymous().header("If-None-Match", districts).get("/api/v1/feed/districts").then().statusCode(304);
    }
}
