package org.weiyuan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two backend replicas on one PostgreSQL behind one loopback address (HAProxy, round-robin): a
 * pledge storm with payments through both, every resulting push arriving at the relay exactly
 * once and the inbox streams of both replicas fresh; then a second storm during which one replica
 * is killed (SIGKILL): no acknowledged pledge is lost, none doubled, no wish goes over its target,
 * and the ledger and the audit chain verify through the survivor. Between the two storms: a job
 * listing written through one replica reaches the other's in-memory index (a weiyuan_jobs signal),
 * and pushes are left in flight at a stuck relay so that replica b dies mid-delivery; the
 * survivor delivers them again (the outbox is at-least-once) and the relay's dedupe on the
 * notification id hands each to the phone exactly once.
 */
final class TwoReplicasJourney {

    // HTTP/1.1 as a browser or the app speaks it through a load balancer (no h2c upgrade attempts)
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> DONORS = List.of("zhao.min", "qian.lei", "qianai.qiye");
    static final int SENDERS = 6;
    /** Pledges in the first storm: within the wish's room (it is sized for 60). */
    static final int STORM_ONE = 24;
    /** Pledges paid while the relay holds its answers (their pushes in flight when b dies). */
    static final int IN_FLIGHT = 4;
    /** A refusal that names no remainder: the wish is full. */
    static final long FULL = Long.MIN_VALUE;

    private final Platform platform;
    private final PushRelay relay;
    private final Path dir;
    private String lb;

    TwoReplicasJourney(Platform platform, PushRelay relay, Path dir) {
        this.platform = platform;
        this.relay = relay;
        this.dir = dir;
    }

    /** One answer and the replica that gave it (HAProxy's header). */
    record Reply(int status, String body, String replica) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** What one storm did. */
    record Storm(Map<String, String> acknowledged, Map<String, String> donorOf, Map<String, Integer> idsPerKey, List<Long> refusedRemaining,
                 List<String> unexpected, Set<String> replicas, Map<String, String> paid) { }

    void run() throws Exception {
        int portB = freePort();
        // b pushes through its own path of the relay, so the test sees what b had in flight when killed
        ChildProcess b = platform.startReplica("backend-b", portB, Map.of("WEIYUAN_PUSH_RELAY_URL", relay.url("b")));
        try (LoadBalancer balancer = LoadBalancer.start(dir, freePort(),
                Map.of("a", platform.config().backendPort(), "b", portB))) {
            lb = balancer.url();
            runThrough(b, portB);
        } finally {
            b.close();
        }
    }

    private void runThrough(ChildProcess b, int portB) throws Exception {
        String issuer = platform.config().issuer();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String donor : DONORS) {
            // the test before crashed the PostgreSQL that Keycloak shares: wait for its pool to recover
            tokens.put(donor, KeycloakLogin.accessTokenOnceReady(issuer, donor, "weiyuan123"));
        }
        String admin = KeycloakLogin.accessTokenOnceReady(issuer, "weiyuan-admin", "weiyuan123");

        // each donor's phone gets vendor push (through the relay)
        for (String donor : DONORS) {
            Reply device = call("PUT", lb + "/api/v1/devices", tokens.get(donor), null,
                    "{\"platform\":\"android-vendor\",\"token\":\"relay-" + donor + "\",\"language\":\"zh-CN\"}");
            assertThat(device.status()).as(device.body()).isBetween(200, 201);
        }

        // the inbox stream of one donor, opened on each replica directly (not through HAProxy)
        String watched = DONORS.get(0);
        AtomicLong unreadOnA = stream(platform.config().backendUrl(), tokens.get(watched));
        AtomicLong unreadOnB = stream("http://localhost:" + portB, tokens.get(watched));
        await("both inbox streams open", () -> unreadOnA.get() >= 0 && unreadOnB.get() >= 0, Duration.ofSeconds(30));

        // the published wish outside any campaign with the most room (no matching pool adds to a pledge)
        JsonNode wish = wishWithMostRoom();
        String wishId = wish.get("id").asText();
        long start = wish.get("remainingFen").asLong();
        long amount = Math.max(50, start / 60);

        // 1. both replicas alive: pledges and payments
        Storm one = storm(wishId, amount, tokens, true, STORM_ONE, null);
        checkStored("both replicas", amount, one);
        assertThat(one.refusedRemaining()).as("refusals in the first storm (it stays within the room)").isEmpty();
        assertThat(one.acknowledged()).hasSize(STORM_ONE);
        assertThat(one.replicas()).as("replicas that answered the storm (round-robin)").containsExactlyInAnyOrder("a", "b");

        // every payment is recorded, and each PLEDGE_PAID push reaches the relay exactly once
        List<String> notifications = new ArrayList<>();
        await("payments recorded and their pushes sent", () -> {
            try {
                notifications.clear();
                for (Map.Entry<String, String> p : one.paid().entrySet()) {
                    String status = call("GET", lb + "/api/v1/pledges/" + p.getKey(), tokens.get(p.getValue()), null, null).json()
                            .get("status").asText();
                    if (!status.equals("PAID") && !status.equals("CREDITED")) {
                        return false;
                    }
                }
                for (String donor : DONORS) {
                    for (JsonNode n : call("GET", lb + "/api/v1/inbox?limit=100", tokens.get(donor), null, null).json().get("items")) {
                        String link = n.get("deepLink").asText();
                        if (n.get("kind").asText().equals("PLEDGE_PAID")
                                && one.paid().containsKey(link.substring(link.lastIndexOf('/') + 1))) {
                            notifications.add(n.get("id").asText());
                        }
                    }
                }
                return notifications.size() == one.paid().size() && notifications.stream().allMatch(id -> relay.received(id) > 0);
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(90));
        assertThat(one.paid()).as("payments made").isNotEmpty();
        Map<String, Integer> deliveries = new LinkedHashMap<>();
        notifications.forEach(id -> deliveries.put(id, relay.received(id)));
        assertThat(deliveries.values()).as("pushes per PLEDGE_PAID notification, two dispatchers competing").containsOnly(1);

        // both replicas' inbox streams show the watched donor's unread count, whichever replica wrote it
        long unread = call("GET", lb + "/api/v1/inbox/unread-count", tokens.get(watched), null, null).json().get("unread").asLong();
        await("inbox streams on both replicas at " + unread + " unread",
                () -> unreadOnA.get() == unread && unreadOnB.get() == unread, Duration.ofSeconds(20));

        // the job listing index is fresh on both replicas after a write on one
        jobIndexFreshOnBothReplicas(portB);

        // pushes in flight when b dies: the relay stops answering, a few pledges are paid, and the
        // test waits until b has one of their pushes on the wire before the storm that kills it
        int sentByB = relay.arrivalsFrom("b");
        relay.hold();
        Storm inFlight;
        try {
            inFlight = storm(wishId, amount, tokens, true, IN_FLIGHT, null);
            checkStored("pushes held at the relay", amount, inFlight);
            await("replica b sending a push the relay holds", () -> relay.arrivalsFrom("b") > sentByB, Duration.ofSeconds(90));
        } catch (Exception | Error e) {
            relay.release();
            throw e;
        }

        // 2. one replica killed in the middle of a storm that fills the wish
        int killAfter = 8;
        Storm two = storm(wishId, amount, tokens, false, Integer.MAX_VALUE, acked -> {
            if (acked == killAfter) {
                try {
                    b.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    relay.release(); // b's held pushes die with it; a's are answered
                }
                Platform.log("killed replica b (SIGKILL) after " + acked + " pledges acknowledged in the second storm, with "
                        + relay.arrivalsFrom("b") + " pushes sent by b so far, at least one unanswered");
            }
        });
        assertThat(b.isAlive()).as("replica b was killed").isFalse();
        assertThat(two.acknowledged().size()).as("pledges acknowledged in the second storm").isGreaterThan(killAfter);
        checkStored("one replica killed", amount, two);
        // the wish took exactly the acknowledged pledges of both storms and no more: what the backend
        // answered when refusing (409 with the remainder) is the starting remainder minus exactly those
        long expectedLeft = start - (one.acknowledged().size() + inFlight.acknowledged().size() + two.acknowledged().size()) * amount;
        assertThat(two.refusedRemaining()).as("refusals once the wish was full").isNotEmpty()
                .allSatisfy(left -> assertThat(left == FULL ? 0L : left).as("remainder the backend reported").isEqualTo(expectedLeft));
        assertThat(expectedLeft).as("left on the wish").isBetween(0L, amount - 1);

        // exactly once after the crash: every push b had in flight went out again from a, and the
        // relay's dedupe set (keyed by notification id) holds each PLEDGE_PAID notification once
        List<String> inFlightIds = paidNotifications(inFlight, tokens);
        await("the pushes b had in flight delivered again by a", () -> {
            try {
                inFlightIds.clear();
                inFlightIds.addAll(paidNotifications(inFlight, tokens));
                return inFlightIds.size() == inFlight.paid().size() && inFlightIds.stream().allMatch(relay::delivered);
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(120));
        Map<String, Integer> arrivals = new LinkedHashMap<>();
        inFlightIds.forEach(id -> arrivals.put(id, relay.received(id)));
        assertThat(inFlight.paid()).as("payments made while the relay held its answers").hasSize(IN_FLIGHT);
        assertThat(Set.copyOf(inFlightIds)).as("one PLEDGE_PAID notification per paid pledge, none doubled").hasSize(IN_FLIGHT);
        assertThat(relay.mismatchedKeys()).as("pushes whose Idempotency-Key is not their notification id").isEmpty();
        assertThat(arrivals.values()).as("arrivals at the relay per PLEDGE_PAID notification").allSatisfy(n -> assertThat(n).isPositive());
        // the pushes b had on the wire when it died (any kind: a pledge's push to the worker too) were
        // never answered to b, so a must send each again: each arrives at least twice
        Set<String> heldFromB = relay.heldFrom("b");
        assertThat(heldFromB).as("pushes b sent while the relay held its answers").isNotEmpty();
        await("every push b had in flight sent again by a", () -> heldFromB.stream().allMatch(id -> relay.received(id) > 1),
                Duration.ofSeconds(120));
        Platform.log("pushes in flight at the kill: " + heldFromB.size() + " held from b; arrivals per PLEDGE_PAID notification " + arrivals.values()
                + ", each once in the relay's dedupe set");

        Reply ledger = call("GET", lb + "/api/v1/ledger/check", admin, null, null);
        Reply audit = call("GET", lb + "/api/v1/audit/verify", admin, null, null);
        Platform.log(String.format("two replicas: storm 1 %d pledges acknowledged (%d refused, remainder exhausted), %d paid, %d pushes each"
                        + " delivered once; storm 2 %d acknowledged (b killed after %d), %d refused, %d fen left of %d; answers by %s; ledger %s; audit %s",
                one.acknowledged().size(), one.refusedRemaining().size(), one.paid().size(), deliveries.size(),
                two.acknowledged().size(), killAfter, two.refusedRemaining().size(), expectedLeft, start, two.replicas(), ledger.status(), audit.body()));
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.json().get("balanced").asBoolean()).as(ledger.body()).isTrue();
        assertThat(ledger.json().get("wishMismatches")).as(ledger.body()).isEmpty();
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("intact").asBoolean()).as(audit.body()).isTrue();
    }

    /** The PLEDGE_PAID notifications in the donors' inboxes that name one of this storm's paid pledges. */
    private List<String> paidNotifications(Storm storm, Map<String, String> tokens) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String donor : DONORS) {
            for (JsonNode n : call("GET", lb + "/api/v1/inbox?limit=100", tokens.get(donor), null, null).json().get("items")) {
                String link = n.get("deepLink").asText();
                if (n.get("kind").asText().equals("PLEDGE_PAID") && storm.paid().containsKey(link.substring(link.lastIndexOf('/') + 1))) {
                    ids.add(n.get("id").asText());
                }
            }
        }
        return ids;
    }

    /**
     * A listing created through replica a shows among a worker's matches on replica b, whose index
     * was loaded before the write: the weiyuan_jobs signal marked it stale (its age limit alone is a
     * minute, longer than the wait).
     */
    private void jobIndexFreshOnBothReplicas(int portB) throws Exception {
        String issuer = platform.config().issuer();
        String worker = KeycloakLogin.accessTokenOnceReady(issuer, "wang.fang", "weiyuan123");
        String staff = KeycloakLogin.accessTokenOnceReady(issuer, "liu.yang", "weiyuan123");
        String a = platform.config().backendUrl();
        String b = "http://localhost:" + portB;
        String matches = "/api/v1/jobs/matches?limit=50";
        for (String replica : List.of(a, b)) { // both indexes loaded now, before the write
            Reply r = call("GET", replica + matches, worker, null, null);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        JsonNode seeds = JSON.readTree(platform.config().seedDir().resolve("jobs.json").toFile());
        String employer = null;
        for (JsonNode e : call("GET", a + "/api/v1/jobs/employers", staff, null, null).json()) {
            if (e.get("name").asText().equals(seeds.get("employers").get(0).get("name").asText())) {
                employer = e.get("id").asText();
            }
        }
        assertThat(employer).as("the seeded employer").isNotNull();
        com.fasterxml.jackson.databind.node.ObjectNode listing = seeds.get("listings").get(0).get("listing").deepCopy();
        listing.put("employerId", employer).put("title", "双副本测试岗位 " + UUID.randomUUID().toString().substring(0, 8))
                .put("startDate", java.time.LocalDate.now().toString()).put("expiresOn", java.time.LocalDate.now().plusDays(30).toString());
        Reply created = call("POST", a + "/api/v1/jobs/listings", staff, null, JSON.writeValueAsString(listing));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        for (String replica : List.of(a, b)) {
            await("the new listing among the worker's matches on " + replica, () -> {
                try {
                    for (JsonNode m : call("GET", replica + matches, worker, null, null).json()) {
                        if (m.get("listing").get("id").asText().equals(id)) {
                            return true;
                        }
                    }
                    return false;
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(30));
        }
        Platform.log("job index: a listing created on a was among the worker's matches on a and on b");
    }

    /** Each idempotency key gave one pledge, and every acknowledged one is stored with its amount. */
    private void checkStored(String what, long amount, Storm storm) throws Exception {
        assertThat(storm.unexpected()).as(what + ": answers other than 201/200/409/502/503").isEmpty();
        assertThat(storm.idsPerKey().values()).as(what + ": pledges per idempotency key").containsOnly(1);
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> ack : storm.acknowledged().entrySet()) {
            Reply p = call("GET", lb + "/api/v1/pledges/" + ack.getKey(), tokenOf(storm.donorOf().get(ack.getKey())), null, null);
            if (p.status() != 200 || p.json().get("amountFen").asLong() != amount) {
                lost.add(ack.getKey() + " → " + p.status());
            }
        }
        assertThat(lost).as(what + ": acknowledged pledges not stored").isEmpty();
    }

    private final Map<String, String> tokenByDonor = new ConcurrentHashMap<>();

    private String tokenOf(String donor) {
        return tokenByDonor.get(donor);
    }

    interface AckListener {
        void acknowledged(int count);
    }

    /**
     * {@link #SENDERS} donors' clients pledge {@code amount} on one wish until it is full, each
     * pledge retried with its Idempotency-Key while the answer is a 502/503 or no answer (a
     * replica dying), as a client should; optionally paying each on the sandbox checkout.
     */
    private Storm storm(String wish, long amount, Map<String, String> tokens, boolean pay, int limit, AckListener onAck) throws Exception {
        AtomicInteger budget = new AtomicInteger(limit);
        tokenByDonor.putAll(tokens);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> donorOf = new ConcurrentHashMap<>();
        Map<String, Set<String>> idsPerKey = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> refused = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        Set<String> replicas = ConcurrentHashMap.newKeySet();
        Map<String, String> paid = new ConcurrentHashMap<>();
        AtomicInteger ackCount = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        List<Future<?>> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            String donor = DONORS.get(i % DONORS.size());
            senders.add(pool.submit(() -> {
                // each sender stops at its first refusal: the wish is full
                while (budget.getAndDecrement() > 0) {
                    String key = UUID.randomUUID().toString();
                    Reply r = null;
                    for (int attempt = 0; attempt < 200; attempt++) {
                        r = callOrNull("POST", lb + "/api/v1/wishes/" + wish + "/pledges", tokens.get(donor), key,
                                "{\"amountFen\":" + amount + "}");
                        if (r != null && r.status() != 502 && r.status() != 503) {
                            break;
                        }
                        Thread.sleep(50);
                    }
                    if (r == null) {
                        unexpected.add("no answer for " + key);
                        return null;
                    }
                    replicas.add(r.replica());
                    if (r.status() == 201 || r.status() == 200) {
                        String id = r.json().get("id").asText();
                        idsPerKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
                        donorOf.put(id, donor);
                        if (acknowledged.put(id, key) == null && onAck != null) {
                            onAck.acknowledged(ackCount.incrementAndGet());
                        }
                        if (pay) {
                            String checkout = r.json().get("payment").get("checkoutUrl").asText();
                            Reply p = call("POST", checkout.startsWith("http") ? checkout : lb + checkout, tokens.get(donor), null, "");
                            if (p.status() == 202) {
                                paid.put(id, donor);
                            } else {
                                unexpected.add("checkout " + p.status() + " " + p.body());
                            }
                        }
                    } else if (r.status() == 409) {
                        // the remainder is too small (and said), or the wish is full and no longer takes pledges
                        JsonNode left = r.json().get("remainingFen");
                        refused.add(left == null || left.isNull() ? FULL : left.asLong());
                        return null;
                    } else {
                        unexpected.add(r.status() + " " + r.body());
                        return null;
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("storm finished").isTrue();
        for (Future<?> f : senders) {
            f.get();
        }
        Map<String, Integer> perKey = new LinkedHashMap<>();
        idsPerKey.forEach((k, ids) -> perKey.put(k, ids.size()));
        return new Storm(acknowledged, donorOf, perKey, List.copyOf(refused), List.copyOf(unexpected), Set.copyOf(replicas), paid);
    }

    private JsonNode wishWithMostRoom() throws Exception {
        JsonNode best = null;
        for (JsonNode item : call("GET", lb + "/api/v1/feed/wishes?limit=50", null, null, null).json().get("items")) {
            if (!item.hasNonNull("campaignId") && (best == null || item.get("remainingFen").asLong() > best.get("remainingFen").asLong())) {
                best = item;
            }
        }
        assertThat(best).as("a published wish outside any campaign").isNotNull();
        assertThat(best.get("remainingFen").asLong()).as("its room").isGreaterThanOrEqualTo(6_000);
        return best;
    }

    /** Opens the inbox's server-sent-event stream and keeps the last unread count it sent (−1 until the first). */
    private static AtomicLong stream(String base, String token) {
        AtomicLong last = new AtomicLong(-1);
        Thread reader = new Thread(() -> {
            try {
                HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/inbox/stream"))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("data:")) {
                            last.set(JSON.readTree(line.substring(5)).get("unread").asLong());
                        }
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the stream ends with its replica
            }
        }, "inbox-stream " + base);
        reader.setDaemon(true);
        reader.start();
        return last;
    }

    private static Reply callOrNull(String method, String url, String token, String key, String body) {
        try {
            return call(method, url, token, key, body);
        } catch (IOException e) {
            return null; // no answer: the replica died with the request
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Reply call(String method, String url, String token, String key, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue(LoadBalancer.REPLICA_HEADER).orElse("none (" + r.statusCode() + ")"));
    }

    private static void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
