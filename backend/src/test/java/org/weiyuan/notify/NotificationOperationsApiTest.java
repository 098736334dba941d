package org.weiyuan.notify;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;
import org.weiyuan.support.Fixtures;
import org.weiyuan.support.Sql;
import org.weiyuan.support.TestClock;
import org.weiyuan.support.Tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Staff events, quiet hours, parked deliveries, live updates, and a crash between sending and recording. */
@QuarkusTest
class NotificationOperationsApiTest {

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
    @TestHTTPResource("/api/v1/inbox/stream")
    URI streamUri;

    /** Kinds of the user's notifications about one thing (by deep link), newest first. */
    private static List<String> kindsAbout(UUID user, String role, String deepLink) {
        List<Map<String, String>> items = Api.as(user, role).get("/api/v1/inbox?limit=100").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(i -> i.get("deepLink").equals(deepLink)).map(i -> i.get("kind")).toList();
    }

    @Test
    void aSubmittedFileReachesTheNearestStaffAboveItAndNobodyElse() {
        UUID worker = UUID.randomUUID();
        String household = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + household + "/submit").then().statusCode(200);
        String link = "weiyuan://households/" + household;

        // the community has no staff: its district's two staff members hear of it, not the city or another district
        assertThat(kindsAbout(Demo.LIU_NANMING, "staff", link)).containsExactly("STAFF_HOUSEHOLD_QUEUED");
        assertThat(kindsAbout(Demo.ZHOU_NANMING, "staff", link)).containsExactly("STAFF_HOUSEHOLD_QUEUED");
        assertThat(kindsAbout(Demo.CHEN_GUIYANG, "staff", link)).isEmpty();
        assertThat(kindsAbout(Demo.SUN_YUNYAN, "staff", link)).isEmpty();
        assertThat(kindsAbout(worker, "worker", link)).isEmpty();
        Api.staff(Demo.LIU_NANMING).header("Accept-Language", "en").get("/api/v1/inbox?limit=1").then()
                .body("items[0].title", is("A household file awaits review"));
    }

    @Test
    void aSubmittedWishReachesItsReviewersAndABigDisbursementTheOtherApprover() {
        UUID worker = UUID.randomUUID();
        Fixtures.approvedHousehold(worker);
        String wish = Api.worker(worker).body(Fixtures.cashWish(80_000)).post("/api/v1/wishes").then().statusCode(201)
                .extract().path("id");
        Api.worker(worker).post("/api/v1/wishes/" + wish + "/submit").then().statusCode(200);
        String link = "weiyuan://wishes/" + wish;
        assertThat(kindsAbout(Demo.LIU_NANMING, "staff", link)).containsExactly("STAFF_WISH_QUEUED");
        assertThat(kindsAbout(Demo.SUN_YUNYAN, "staff", link)).isEmpty();

        Api.staff(Demo.LIU_NANMING).body(Map.of()).post("/api/v1/wishes/" + wish + "/publish").then().statusCode(200);
        UUID donor = UUID.randomUUID();
        String pledge = Api.as(donor, "donor").header("Idempotency-Key", "big").body(Map.of("amountFen", 80_000))
                .post("/api/v1/wishes/" + wish + "/pledges").then().statusCode(201).extract().path("id");
        String reference = Api.as(donor, "donor").get("/api/v1/pledges/" + pledge).then().extract().path("payment.reference");
        Api.as(donor, "donor").post("/api/v1/sandbox/checkout/" + reference).then().statusCode(202);
        Fixtures.await("wish funded", () -> "FUNDED".equals(Api.staff(Demo.LIU_NANMING).get("/api/v1/wishes/" + wish)
                .then().extract().path("status")));

        // 800 yuan is above the test threshold (500): whoever records it may not approve, the other one is told
        String disbursement = Api.staff(Demo.LIU_NANMING).body(Map.of("amountFen", 80_000, "method", "BANK_TRANSFER",
                        "reference", "转账 002", "proof", "回单")).post("/api/v1/wishes/" + wish + "/disbursements")
                .then().statusCode(201).extract().path("id");
        String approval = link + "/disbursements/" + disbursement;
        assertThat(kindsAbout(Demo.ZHOU_NANMING, "staff", approval)).containsExactly("DISBURSEMENT_NEEDS_SECOND_APPROVAL");
        assertThat(kindsAbout(Demo.LIU_NANMING, "staff", approval)).isEmpty();
        // and it waits in the second approver's queue, marked as the recorder's own in the recorder's
        Api.staff(Demo.ZHOU_NANMING).get("/api/v1/disbursements/pending").then().statusCode(200)
                .body("find { it.disbursement.id == '" + disbursement + "' }.mine", is(false))
                .body("find { it.disbursement.id == '" + disbursement + "' }.wishTitle", is("孩子的医药费"));
        Api.staff(Demo.LIU_NANMING).get("/api/v1/disbursements/pending").then()
                .body("find { it.disbursement.id == '" + disbursement + "' }.mine", is(true));
        List<String> elsewhere = Api.staff(Demo.SUN_YUNYAN).get("/api/v1/disbursements/pending").then().statusCode(200)
                .extract().path("disbursement.id");
        assertThat(elsewhere).doesNotContain(disbursement);
    }

    @Test
    void inQuietHoursTheNoticeStaysInTheInboxAndIsNotPushed() throws Throwable {
        UUID worker = UUID.randomUUID();
        Api.worker(worker).get("/api/v1/notification-preferences").then().statusCode(200)
                .body("quietFrom", nullValue()).body("timeZone", is("Asia/Shanghai")); // tests run without the default
        Api.worker(worker).body(Map.of("quietFrom", "00:00", "quietUntil", "00:00")).put("/api/v1/notification-preferences")
                .then().statusCode(200).body("quietFrom", is("00:00")); // equal ends: quiet all day
        Api.worker(worker).body(Map.of("platform", "test", "token", "quiet-" + worker)).put("/api/v1/devices").then().statusCode(200);
        Fixtures.approvedHousehold(worker);
        drain();
        String id = Api.worker(worker).get("/api/v1/inbox").then().extract().path("items[0].id");
        assertThat(count("select count(*) from outbox_event where notification_id = '" + id + "' and status = 'QUIET'")).isOne();
        assertThat(push.sends(id)).isZero();

        Api.worker(worker).body(Map.of()).put("/api/v1/notification-preferences").then().statusCode(200)
                .body("quietFrom", nullValue());
        Fixtures.publishedWish(UUID.randomUUID(), Fixtures.cashWish(1_000)); // someone else's: nothing for this worker
        Api.worker(worker).body(Map.of()).put("/api/v1/notification-preferences").then().statusCode(200);
    }

    @Test
    void badQuietHoursAreRefusedWithTheField() {
        UUID user = UUID.randomUUID();
        Api.worker(user).body(Map.of("quietFrom", "22:00")).put("/api/v1/notification-preferences").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("quietUntil"));
        Api.worker(user).body(Map.of("quietFrom", "25:00", "quietUntil", "07:00")).put("/api/v1/notification-preferences")
                .then().statusCode(400).body("errors.field", hasItem("quietFrom"));
        Api.worker(user).body(Map.of("quietFrom", "22:00", "quietUntil", "07:00", "timeZone", "Mars/Olympus"))
                .put("/api/v1/notification-preferences").then().statusCode(422).body("errors.field", hasItem("timeZone"));
        Api.worker(user).get("/api/v1/notification-preferences").then().body("quietFrom", nullValue());
    }

    @Test
    void aDeliveryThatFailsEveryRetryIsParkedForOperatorsWhoCanQueueItAgain() throws Throwable {
        UUID worker = UUID.randomUUID();
        Api.worker(worker).body(Map.of("platform", "test", "token", "flaky-1000-" + worker)).put("/api/v1/devices").then().statusCode(200);
        Fixtures.approvedHousehold(worker);
        String id = Api.worker(worker).get("/api/v1/inbox").then().extract().path("items[0].id");
        String row = "from outbox_event where notification_id = '" + id + "'";
        for (int attempt = 1; attempt <= 8; attempt++) {
            drain();
            clock.advance(Duration.ofHours(1).plusSeconds(1)); // past the longest backoff
        }
        assertThat(count("select count(*) " + row + " and status = 'PARKED'")).isOne();
        assertThat(kindsAbout(Demo.MA_PROVINCE, "staff", Notifier.PARKED_DELIVERIES)).contains("DELIVERIES_PARKED");
        assertThat(kindsAbout(Demo.LIU_NANMING, "staff", Notifier.PARKED_DELIVERIES)).isEmpty();

        List<String> parked = Api.staff(Demo.MA_PROVINCE).get("/api/v1/outbox/parked?limit=200").then().statusCode(200)
                .extract().path("notificationId");
        assertThat(parked).contains(id);
        Api.staff(Demo.LIU_NANMING).get("/api/v1/outbox/parked").then().statusCode(403);
        Api.worker(worker).get("/api/v1/outbox/parked").then().statusCode(403);
        String delivery = Api.admin().get("/api/v1/outbox/parked?limit=200").then().statusCode(200)
                .extract().path("find { it.notificationId == '" + id + "' }.id");
        Api.admin().post("/api/v1/outbox/" + delivery + "/retry").then().statusCode(200).body("status", is("PENDING"));
        Api.admin().post("/api/v1/outbox/" + delivery + "/retry").then().statusCode(409);
        assertThat(count("select attempts " + row)).isZero();
    }

    @Test
    void aCrashBetweenSendingAndRecordingSendsAtMostOneDuplicate() throws Throwable {
        UUID worker = UUID.randomUUID();
        Api.worker(worker).body(Map.of("platform", "test", "token", "crash-" + worker)).put("/api/v1/devices").then().statusCode(200);
        Fixtures.approvedHousehold(worker);
        String id = Api.worker(worker).get("/api/v1/inbox").then().extract().path("items[0].id");

        // the process sends, then dies before recording: the row keeps its lease and stays PENDING
        while (!dispatcher.claimAndSend(100).isEmpty() && push.sends(id) == 0) {
            // other tests' rows may come first
        }
        assertThat(push.sends(id)).isOne();
        assertThat(count("select count(*) from outbox_event where notification_id = '" + id + "' and status = 'PENDING'")).isOne();
        drain();
        assertThat(push.sends(id)).as("nothing is resent while the lease runs").isOne();

        clock.advance(OutboxDispatcher.LEASE.plusSeconds(1)); // the lease ran out
        drain();
        drain();
        assertThat(push.sends(id)).as("one duplicate, then recorded").isEqualTo(2);
        assertThat(count("select count(*) from outbox_event where notification_id = '" + id + "' and status = 'DELIVERED'")).isOne();
    }

    @Test
    void theLiveStreamSendsTheUnreadCountNowAndOnEachChange() throws Exception {
        UUID worker = UUID.randomUUID();
        String household = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + household + "/submit").then().statusCode(200);

        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Void>> open = client.sendAsync(HttpRequest.newBuilder(streamUri)
                        .header("Authorization", "Bearer " + Tokens.token(worker, "worker"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (line.startsWith("data:")) {
                            events.add(line.substring(5).trim());
                        }
                    }

                    @Override
                    public void onError(Throwable t) { }

                    @Override
                    public void onComplete() { }
                }));
        try {
            awaitEvent(events, "{\"unread\":0}");
            Api.staff(Demo.LIU_NANMING).body(Map.of("question", "请补充收入证明")).post("/api/v1/households/" + household + "/questions")
                    .then().statusCode(201);
            awaitEvent(events, "{\"unread\":1}"); // well before the 25 s heartbeat: the commit woke the stream
            Api.worker(worker).post("/api/v1/inbox/read-all").then().statusCode(200);
            awaitEvent(events, "{\"unread\":0}");
        } finally {
            open.cancel(true);
            client.shutdownNow();
        }
        Api.anonymous().get("/api/v1/inbox/stream").then().statusCode(401);
    }

    /** Takes events until one equals {@code expected}, failing after 10 s. */
    private static void awaitEvent(BlockingQueue<String> events, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> seen = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            String e = events.poll(100, TimeUnit.MILLISECONDS);
            if (expected.equals(e)) {
                return;
            }
            if (e != null) {
                seen.add(e);
            }
        }
        throw new AssertionError("no event " + expected + " within 10 s; saw " + seen);
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
