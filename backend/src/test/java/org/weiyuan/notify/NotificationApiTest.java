package org.weiyuan.notify;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;
import org.weiyuan.support.TestClock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Each action puts the right notice in the right inbox, and the outbox delivers each once. */
@QuarkusTest
class NotificationApiTest {

    /** Time passes by moving the application's clock; put back after each test. */
    @Inject
    TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        clock.reset();
    }

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    RecordingPushProvider push;
    @Inject
    AgroalDataSource jdbc;

    private List<String> kinds(UUID user, String role) {
        return Api.as(user, role).get("/api/v1/inbox?limit=100").then().statusCode(200).extract().path("items.kind");
    }

    @Test
    void householdAndWishEventsReachTheOwnerOnly() {
        UUID worker = UUID.randomUUID();
        UUID bystander = UUID.randomUUID();
        String household = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + household + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("question", "请补充诊断证明")).post("/api/v1/households/" + household + "/questions")
                .then().statusCode(201);
        assertThat(kinds(worker, "worker")).containsExactly("HOUSEHOLD_NEEDS_INFO");
        Api.worker(worker).get("/api/v1/inbox").then().body("items[0].body", is("工会干部问：请补充诊断证明"))
                .body("items[0].deepLink", is("weiyuan://households/" + household));
        Api.worker(worker).header("Accept-Language", "en").get("/api/v1/inbox").then()
                .body("items[0].title", is("Your household file needs more information"));
        assertThat(kinds(bystander, "worker")).isEmpty();
        assertThat(kinds(Demo.LIU_NANMING, "staff")).doesNotContain("HOUSEHOLD_NEEDS_INFO");

        String wish = Fixtures.publishedWish(worker = UUID.randomUUID(), Fixtures.cashWish(10_000));
        assertThat(kinds(worker, "worker")).contains("HOUSEHOLD_APPROVED", "WISH_PUBLISHED");
        UUID donor = UUID.randomUUID();
        String pledge = Api.as(donor, "donor").header("Idempotency-Key", "n").body(Map.of("amountFen", 10_000))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201).extract().path("id");
        assertThat(kinds(worker, "worker")).contains("WISH_FIRST_PLEDGE");
        String reference = Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().extract().path("payment.reference");
        Api.as(donor, "donor").post("/api/v1/sandbox/checkout/" + reference).then().statusCode(202);
        UUID w = worker;
        Fixtures.await("funded notice", () -> kinds(w, "worker").contains("WISH_FUNDED"));
        assertThat(kinds(donor, "donor")).containsExactly("PLEDGE_PAID");
        assertThat(kinds(donor, "donor")).doesNotContain("WISH_FUNDED");

        Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 10_000, "method", "BANK_TRANSFER", "reference", "转账 001", "proof", "回单"))
                .post("/api/v1/wishes/" + wish + "/disbursements").then().statusCode(201);
        assertThat(kinds(worker, "worker")).contains("WISH_DISBURSED");
        Api.worker(worker).body(Map.of("thankYou", "谢谢!")).post("/api/v1/wishes/" + wish + "/receipt").then().statusCode(200);
        assertThat(kinds(donor, "donor")).doesNotContain("THANK_YOU_RECEIVED"); // not before staff clear it
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/wishes/" + wish + "/close").then().statusCode(200);
        assertThat(kinds(donor, "donor")).contains("THANK_YOU_RECEIVED");
    }

    @Test
    void rejectionExitAndWishQuestionsReachTheOwnerOnly() {
        UUID rejected = UUID.randomUUID();
        String file = Api.worker(rejected).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(rejected).post("/api/v1/households/" + file + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + file + "/start-verification").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Files.verification()).post("/api/v1/households/" + file + "/verifications").then().statusCode(201);
        Api.staff(Demo.ZHOU_NANMING).body(Map.of("reason", "收入超过困难标准")).post("/api/v1/households/" + file + "/reject")
                .then().statusCode(200);
        assertThat(kinds(rejected, "worker")).containsExactly("HOUSEHOLD_REJECTED");
        Api.worker(rejected).get("/api/v1/inbox").then().body("items[0].body", is("原因：收入超过困难标准"));

        UUID exiting = UUID.randomUUID();
        String approved = Fixtures.approvedHousehold(exiting);
        String wish = Api.worker(exiting).body(Fixtures.cashWish(5_000)).post("/api/v1/wishes").then().statusCode(201)
                .extract().path("id");
        Api.worker(exiting).post("/api/v1/wishes/" + wish + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("question", "请上传医院收费单据")).post("/api/v1/wishes/" + wish + "/questions")
                .then().statusCode(201);
        assertThat(kinds(exiting, "worker")).contains("WISH_NEEDS_INFO");
        Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "RE_EMPLOYED")).post("/api/v1/households/" + approved + "/exit")
                .then().statusCode(200);
        assertThat(kinds(exiting, "worker")).contains("HOUSEHOLD_EXITED");
        assertThat(kinds(rejected, "worker")).doesNotContain("HOUSEHOLD_EXITED", "WISH_NEEDS_INFO");
    }

    @Test
    void unreadCountAndMarkingRead() {
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        Api.worker(worker).get("/api/v1/inbox/unread-count").then().body("unread", is(1));
        String id = Api.worker(worker).get("/api/v1/inbox").then().extract().path("items[0].id");
        Api.as(UUID.randomUUID(), "worker").post("/api/v1/inbox/" + id + "/read").then().statusCode(404);
        Api.worker(worker).post("/api/v1/inbox/" + id + "/read").then().statusCode(200);
        Api.worker(worker).get("/api/v1/inbox/unread-count").then().body("unread", is(0));
        Api.worker(worker).post("/api/v1/inbox/read-all").then().statusCode(200).body("marked", is(0));
    }

    @Test
    void pushGoesToEachDeviceInItsLanguageAndForgottenTokensAreDeleted() throws Throwable {
        UUID worker = UUID.randomUUID();
        String zh = "tok-" + UUID.randomUUID();
        String en = "tok-" + UUID.randomUUID();
        String gone = "gone-" + UUID.randomUUID();
        Api.worker(worker).body(Map.of("platform", "test", "token", zh, "language", "zh-CN")).put("/api/v1/devices").then().statusCode(200);
        Api.worker(worker).body(Map.of("platform", "test", "token", en, "language", "en")).put("/api/v1/devices").then().statusCode(200);
        Api.worker(worker).body(Map.of("platform", "test", "token", gone, "language", "zh-CN")).put("/api/v1/devices").then().statusCode(200);
        Api.worker(worker).body(Map.of("platform", "pager", "token", "x")).put("/api/v1/devices").then().statusCode(400);
        Fixtures.approvedHousehold(worker);
        drain();
        String id = Api.worker(worker).get("/api/v1/inbox").then().extract().path("items[0].id");
        assertThat(push.sends(id)).isEqualTo(2);
        assertThat(push.messages()).filteredOn(m -> m.notificationId().equals(id)).extracting(PushProvider.Message::title)
                .containsExactlyInAnyOrder("家庭档案已审核通过", "Your household file is approved");
        assertThat(push.messages()).filteredOn(m -> m.notificationId().equals(id)).extracting(PushProvider.Message::deepLink)
                .allMatch(link -> link.startsWith("weiyuan://households/"));
        assertThat(count("select count(*) from device where token = '" + gone + "'")).isZero();
        assertThat(count("select count(*) from device where token = '" + zh + "'")).isOne();
        Api.worker(worker).delete("/api/v1/devices/" + zh).then().statusCode(204);
        assertThat(count("select count(*) from device where token = '" + zh + "'")).isZero();
    }

    @Test
    void aProviderThatFailsTwiceIsRetriedWithBackoffThenDelivers() throws Throwable {
        UUID worker = UUID.randomUUID();
        Api.worker(worker).body(Map.of("platform", "test", "token", "flaky-2-" + UUID.randomUUID())).put("/api/v1/devices")
                .then().statusCode(200);
        Fixtures.approvedHousehold(worker);
        String id = Api.worker(worker).get("/api/v1/inbox").then().extract().path("items[0].id");
        String row = "from outbox_event where notification_id = '" + id + "'";
        for (int attempt = 1; attempt <= 2; attempt++) {
            drain();
            assertThat(count("select attempts " + row)).isEqualTo(attempt);
            assertThat(count("select count(*) " + row + " and status = 'PENDING' and next_attempt_at > now()")).isOne();
            clock.advance(Duration.ofHours(1).plusSeconds(1)); // past the longest backoff
        }
        drain();
        assertThat(count("select count(*) " + row + " and status = 'DELIVERED'")).isOne();
        assertThat(push.sends(id)).isOne();
    }

    @Test
    void twoDispatchersDeliverAThousandEventsExactlyOnce() throws Throwable {
        UUID user = UUID.randomUUID();
        Api.as(user, "donor").body(Map.of("platform", "test", "token", "bulk-" + user)).put("/api/v1/devices").then().statusCode(200);
        execute("insert into inbox_notification (id, recipient, kind, title_zh, body_zh, title_en, body_en, deep_link, created_at) "
                + "select gen_random_uuid(), '" + user + "', 'PLEDGE_PAID', '到账', '到账', 'Paid', 'Paid', 'weiyuan://pledges/x', now() "
                + "from generate_series(1, 1000)");
        execute("insert into outbox_event (id, notification_id, recipient, status, next_attempt_at, created_at) "
                + "select gen_random_uuid(), id, recipient, 'PENDING', now(), now() from inbox_notification where recipient = '" + user + "'");

        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            runs.add(two.submit(() -> {
                int handled = 0;
                int n;
                do {
                    n = dispatcher.runOnce(25);
                    handled += n;
                } while (n > 0);
                return handled;
            }));
        }
        int total = 0;
        for (Future<Integer> f : runs) {
            total += f.get(120, TimeUnit.SECONDS);
        }
        two.shutdownNow();
        List<String> ids = new ArrayList<>();
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from inbox_notification where recipient = '" + user + "'")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        assertThat(ids).hasSize(1000);
        assertThat(ids).allSatisfy(id -> assertThat(push.sends(id)).as(id).isOne());
        assertThat(total).isGreaterThanOrEqualTo(1000);
        assertThat(count("select count(*) from outbox_event where recipient = '" + user + "' and status = 'DELIVERED'")).isEqualTo(1000);
    }

    private void drain() throws Throwable {
        while (dispatcher.runOnce(100) > 0) {
            // until nothing is due
        }
    }

    private long count(String sql) throws Exception {
        return Sql.count(jdbc, sql);
    }

    private void execute(String sql) throws Exception {
        Sql.execute(jdbc, sql);
    }
}
