package org.weiyuan.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every kind of caller. "allowed" means the request got past authentication,
 * role and union scope (whatever the business answer); a denial must be exactly 401, 403 or 404
 * (404 when the thing lies outside the caller's union scope or is another worker's file).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Got past authentication, role and scope: anything but 401, 403 and 404. */
    static final int ALLOWED = 0;
    /** Got past authentication and the role check: anything but 401 and 403 (404: no such thing, or out of scope). */
    static final int PASSES_ROLE = -1;
    /** Not called: a live stream would not end (the stream's own test covers it); the denials are still called. */
    static final int NOT_CALLED = -9;

    /** Who calls. */
    enum Caller {
        ANONYMOUS, OWNER_WORKER, OTHER_WORKER, DONOR, ADMIN,
        /** 南明区 staff: the file is in their district. */
        STAFF_IN_SCOPE,
        /** 贵阳市 staff: the file is below their city. */
        STAFF_PARENT_UNIT,
        /** 云岩区 staff: a sibling district. */
        STAFF_SIBLING,
        /** 遵义市 staff: another city. */
        STAFF_OTHER_CITY,
        /** staff role, but no unit assigned yet */
        STAFF_UNASSIGNED,
        /** 义工 (issue 14, identify4): a volunteer with open home visits on the matrix's volunteer file. */
        VOLUNTEER_ASSIGNED,
        /** 义工: a volunteer with nothing assigned to them. */
        VOLUNTEER_OTHER
    }

    private final UUID owner = UUID.randomUUID();
    private final UUID otherWorker = UUID.randomUUID();
    private final UUID unassignedStaff = UUID.randomUUID();
    private String household;
    private String question;
    private final UUID assignableSubject = UUID.randomUUID();

    /** Made on first use: RestAssured knows the test port only once the tests themselves run. */
    private void fixtures() {
        if (household != null) {
            return;
        }
        household = Api.worker(owner).body(Files.household(Demo.NANMING_COMMUNITY, 120_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(otherWorker).body(Files.household(Demo.NANMING_COMMUNITY, 120_000))
                .post("/api/v1/households").then().statusCode(201);
        Api.worker(owner).post("/api/v1/households/" + household + "/submit").then().statusCode(200);
        question = Api.staff(Demo.LIU_NANMING).body(Map.of("question", "请补充材料"))
                .post("/api/v1/households/" + household + "/questions").then().statusCode(201)
                .extract().path("questions[0].id");
        Api.admin().body(Map.of("unitId", Demo.NANMING.toString(), "displayName", "矩阵测试"))
                .put("/api/v1/staff/" + assignableSubject).then().statusCode(200);
        followupFixtures();
        mutualAidFixtures();
        unionAidFixtures();
        modelWorkerFixtures();
        trainingFixtures();
        evidenceOnboardingDuplicatesFixtures();
        appealFixtures();
        volunteerFixtures();
        session7Fixtures();
        prog5Fixtures(); // session 8, branch prog5
        desk6Fixtures(); // session 9, branch desk6
    }

    private RequestSpecification as(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> Api.anonymous();
            case OWNER_WORKER -> Api.worker(owner);
            case OTHER_WORKER -> Api.worker(otherWorker);
            case DONOR -> Api.donor();
            case ADMIN -> Api.admin();
            case STAFF_IN_SCOPE -> Api.staff(Demo.LIU_NANMING);
            case STAFF_PARENT_UNIT -> Api.staff(Demo.CHEN_GUIYANG);
            case STAFF_SIBLING -> Api.staff(Demo.SUN_YUNYAN);
            case STAFF_OTHER_CITY -> Api.staff(Demo.HE_ZUNYI);
            case STAFF_UNASSIGNED -> Api.staff(unassignedStaff);
            case VOLUNTEER_ASSIGNED -> Api.as(volunteer, Roles.VOLUNTEER);
            case VOLUNTEER_OTHER -> Api.as(otherVolunteer, Roles.VOLUNTEER);
        };
    }

    /** One endpoint and what each caller must get. */
    record Endpoint(String method, Supplier<String> path, Supplier<Object> body, Map<Caller, Integer> expected) { }

    private static Map<Caller, Integer> expect(Object... callerThenStatus) {
        Map<Caller, Integer> m = new java.util.EnumMap<>(Caller.class);
        for (int i = 0; i < callerThenStatus.length; i += 2) {
            m.put((Caller) callerThenStatus[i], (Integer) callerThenStatus[i + 1]);
        }
        for (Caller c : Caller.values()) {
            m.putIfAbsent(c, 403);
        }
        m.put(Caller.ANONYMOUS, 401);
        return m;
    }

    /** Public, anonymised reads: everyone, signed in or not. */
    private static Map<Caller, Integer> everyone(int status) {
        Map<Caller, Integer> m = new java.util.EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            m.put(c, status);
        }
        return m;
    }

    /** Everyone signed in, whatever the role (their own data); 401 without a token. */
    private static Map<Caller, Integer> signedIn(int status) {
        Map<Caller, Integer> m = everyone(status);
        m.put(Caller.ANONYMOUS, 401);
        return m;
    }

    /** The role gate alone: these roles get past it, every other signed-in caller 403, anonymous 401. */
    private static Map<Caller, Integer> roles(String... roles) {
        Set<String> allowed = Set.of(roles);
        Map<Caller, Integer> m = new java.util.EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            m.put(c, allowed.contains(roleOf(c)) ? PASSES_ROLE : 403);
        }
        m.put(Caller.ANONYMOUS, 401);
        return m;
    }

    private static String roleOf(Caller c) {
        return switch (c) {
            case ANONYMOUS -> "";
            case OWNER_WORKER, OTHER_WORKER -> Roles.WORKER;
            case DONOR -> Roles.DONOR;
            case ADMIN -> Roles.ADMIN;
            case VOLUNTEER_ASSIGNED, VOLUNTEER_OTHER -> Roles.VOLUNTEER;
            default -> Roles.STAFF;
        };
    }

    /** Allowed for every staff member whose subtree holds the file; 404 for staff elsewhere. */
    private static Object[] staffOnFile(Object... more) {
        List<Object> l = new ArrayList<>(List.of(Caller.STAFF_IN_SCOPE, ALLOWED, Caller.STAFF_PARENT_UNIT, ALLOWED,
                Caller.STAFF_SIBLING, 404, Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403));
        l.addAll(List.of(more));
        return l.toArray();
    }

    private static Object[] ownerOnFile(Object... more) {
        List<Object> l = new ArrayList<>(List.of(Caller.OWNER_WORKER, ALLOWED, Caller.OTHER_WORKER, 404));
        l.addAll(List.of(more));
        return l.toArray();
    }

    private static Object[] concat(Object[] a, Object[] b) {
        List<Object> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray();
    }

    List<Endpoint> endpoints() {
        Supplier<Object> none = () -> null;
        Supplier<String> file = () -> "/api/v1/households/" + household;
        Object[] allStaffAllowed = {Caller.STAFF_IN_SCOPE, ALLOWED, Caller.STAFF_PARENT_UNIT, ALLOWED,
                Caller.STAFF_SIBLING, ALLOWED, Caller.STAFF_OTHER_CITY, ALLOWED, Caller.STAFF_UNASSIGNED, 403};
        List<Endpoint> all = new ArrayList<>(List.of(
                new Endpoint("GET", () -> "/api/v1/me", none, expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200,
                        Caller.DONOR, 200, Caller.ADMIN, 200, Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200,
                        Caller.STAFF_SIBLING, 200, Caller.STAFF_OTHER_CITY, 200, Caller.STAFF_UNASSIGNED, 200,
                        Caller.VOLUNTEER_ASSIGNED, 200, Caller.VOLUNTEER_OTHER, 200)),
                new Endpoint("GET", () -> "/api/v1/units", none, expect(concat(allStaffAllowed,
                        new Object[] {Caller.ADMIN, 200, Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200}))),
                new Endpoint("GET", () -> "/api/v1/units/" + Demo.NANMING, none, expect(Caller.ADMIN, 200,
                        Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200, Caller.STAFF_IN_SCOPE, 200,
                        Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 404, Caller.STAFF_OTHER_CITY, 404)),
                new Endpoint("POST", () -> "/api/v1/units", () -> Map.of("parentId", Demo.NANMING.toString(),
                        "level", "GRASSROOTS", "name", "矩阵测试基层工会"), expect(Caller.ADMIN, ALLOWED)),
                new Endpoint("PATCH", () -> "/api/v1/units/" + Demo.NANMING, () -> Map.of("name", "南明区总工会"),
                        expect(Caller.ADMIN, ALLOWED)),
                new Endpoint("GET", () -> "/api/v1/staff", none, expect(Caller.ADMIN, 200)),
                new Endpoint("PUT", () -> "/api/v1/staff/" + assignableSubject,
                        () -> Map.of("unitId", Demo.NANMING.toString(), "displayName", "矩阵测试"), expect(Caller.ADMIN, ALLOWED)),
                new Endpoint("GET", () -> "/api/v1/poverty-lines", none, expect(concat(allStaffAllowed,
                        new Object[] {Caller.ADMIN, 200}))),
                new Endpoint("PUT", () -> "/api/v1/poverty-lines", () -> Map.of("unitId", Demo.GUIYANG.toString(),
                        "year", 2026, "monthlyFen", 80_000), expect(Caller.ADMIN, ALLOWED)),
                new Endpoint("GET", () -> "/api/v1/households", none, expect(allStaffAllowed)),
                new Endpoint("POST", () -> "/api/v1/households", () -> Files.household(Demo.NANMING_COMMUNITY, 100_000),
                        expect(Caller.STAFF_IN_SCOPE, ALLOWED, Caller.STAFF_PARENT_UNIT, ALLOWED, Caller.STAFF_SIBLING, 404,
                                Caller.STAFF_OTHER_CITY, 404, Caller.OWNER_WORKER, ALLOWED, Caller.OTHER_WORKER, ALLOWED)),
                new Endpoint("GET", () -> "/api/v1/households/mine", none,
                        expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200)),
                new Endpoint("GET", file, none, expect(staffOnFile(ownerOnFile()))),
                new Endpoint("PUT", file, () -> Files.household(Demo.NANMING_COMMUNITY, 120_000),
                        expect(staffOnFile(ownerOnFile()))),
                new Endpoint("GET", () -> file.get() + "/personal-data", none, expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/submit", none, expect(staffOnFile(ownerOnFile()))),
                new Endpoint("POST", () -> file.get() + "/questions/" + question + "/answer", () -> Map.of("answer", "好的"),
                        expect(staffOnFile(ownerOnFile()))),
                new Endpoint("POST", () -> file.get() + "/start-verification", none, expect(staffOnFile(Caller.OWNER_WORKER, 403))),
                new Endpoint("POST", () -> file.get() + "/verifications", Files::verification, expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/questions", () -> Map.of("question", "?"), expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/approve", none, expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/reject", () -> Map.of("reason", "矩阵测试"), expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/exit", () -> Map.of("reason", "OTHER"), expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/reopen", () -> Map.of("reason", "矩阵测试"),
                        expect(staffOnFile(ownerOnFile()))),
                // --- staff console, household file page (session 5): the file's history, its wishes and money ---
                new Endpoint("GET", () -> file.get() + "/history", none, expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/households/" + household + "/wishes", none, expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/wishes", none, expect(allStaffAllowed)),
                new Endpoint("GET", () -> "/api/v1/wishes/mine", none, expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200)),
                new Endpoint("POST", () -> "/api/v1/wishes", () -> org.weiyuan.support.Fixtures.cashWish(1_000),
                        expect(Caller.OWNER_WORKER, ALLOWED, Caller.OTHER_WORKER, ALLOWED)),
                new Endpoint("GET", () -> "/api/v1/feed/wishes", none, everyone(200)),
                new Endpoint("GET", () -> "/api/v1/feed/districts", none, everyone(200)),
                new Endpoint("GET", () -> "/api/v1/campaigns", none, everyone(200)),
                new Endpoint("GET", () -> "/api/v1/pledges/mine", none, expect(Caller.DONOR, 200)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/pledges", () -> Map.of("amountFen", 100),
                        expect(Caller.DONOR, ALLOWED)),
                new Endpoint("GET", () -> "/api/v1/ledger/check", none, expect(Caller.ADMIN, 200)),
                new Endpoint("GET", () -> "/api/v1/inbox", none, signedIn(200)),
                new Endpoint("GET", () -> "/api/v1/inbox/unread-count", none, signedIn(200)),
                new Endpoint("GET", () -> "/api/v1/transparency/units/" + Demo.NANMING, none, expect(Caller.ADMIN, 200,
                        Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 404,
                        Caller.STAFF_OTHER_CITY, 404)),
                new Endpoint("GET", () -> "/api/v1/audit", none, expect(Caller.ADMIN, 200)),
                new Endpoint("GET", () -> "/api/v1/audit/verify", none, expect(Caller.ADMIN, 200)),
                // --- scale: the audit chain's signed checkpoint (admins only) ---
                new Endpoint("GET", () -> "/api/v1/audit/checkpoint", none, expect(Caller.ADMIN, 200)),
                new Endpoint("GET", () -> "/api/v1/admin/invariants", none, expect(Caller.ADMIN, 200)),
                new Endpoint("POST", () -> "/api/v1/admin/invariants", none, expect(Caller.ADMIN, 200)),
                new Endpoint("GET", () -> "/api/v1/notification-preferences", none, signedIn(200)),
                new Endpoint("GET", () -> "/api/v1/outbox/parked", none, expect(Caller.ADMIN, 200)),
                new Endpoint("GET", () -> "/api/v1/feed/for-you", none, expect(Caller.DONOR, 200)),
                new Endpoint("GET", () -> "/api/v1/jobs/taxonomy", none, signedIn(200)),
                new Endpoint("GET", () -> "/api/v1/jobs/listings", none, signedIn(200)),
                new Endpoint("GET", () -> "/api/v1/jobs/employers", none, expect(allStaffAllowed)),
                new Endpoint("POST", () -> "/api/v1/jobs/employers", () -> Map.of("unitId", Demo.NANMING.toString(), "name", "矩阵测试单位",
                        "district", "520102", "contactName", "联系人", "contactPhone", "13800000000"),
                        expect(Caller.STAFF_IN_SCOPE, ALLOWED, Caller.STAFF_PARENT_UNIT, ALLOWED, Caller.STAFF_SIBLING, 404,
                                Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403)),
                new Endpoint("GET", () -> "/api/v1/jobs/profile", none, expect(Caller.OWNER_WORKER, 404, Caller.OTHER_WORKER, 404)),
                new Endpoint("GET", () -> "/api/v1/jobs/matches", none, expect(Caller.OWNER_WORKER, 404, Caller.OTHER_WORKER, 404)),
                new Endpoint("GET", () -> "/api/v1/jobs/applications", none, expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200)),
                new Endpoint("GET", () -> "/api/v1/jobs/placements", none, expect(allStaffAllowed)),
                new Endpoint("POST", () -> "/api/v1/jobs/matches/recompute", none, expect(Caller.ADMIN, ALLOWED)),
                new Endpoint("GET", () -> "/api/v1/services/menu", none, signedIn(200)),
                new Endpoint("GET", () -> "/api/v1/services/orders", none, expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200)),
                new Endpoint("GET", () -> "/api/v1/services/unmet-demand", none, expect(allStaffAllowed)),
                new Endpoint("GET", () -> "/api/v1/disbursements/pending", none, expect(allStaffAllowed)),
                // --- the role gate, with ids that name nothing (the scope rule of these is exercised by the feature's own API tests) ---
                new Endpoint("GET", () -> "/api/v1/pledges/" + UUID.randomUUID(), none, roles(Roles.DONOR)),
                new Endpoint("GET", () -> "/api/v1/pledges/" + UUID.randomUUID() + "/receipt", none, roles(Roles.DONOR)),
                // the sandbox checkout: donors (pledges, pools), workers and staff (mutual-aid contributions); a reference naming nothing is 404
                new Endpoint("POST", () -> "/api/v1/sandbox/checkout/SBX" + UUID.randomUUID(), none, roles(Roles.DONOR, Roles.WORKER, Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/payments/sandbox/notify", () -> Map.of("reference", "x"), everyone(401)),
                new Endpoint("POST", () -> "/api/v1/matching-pools", () -> Map.of(), roles(Roles.DONOR)),
                new Endpoint("GET", () -> "/api/v1/matching-pools/" + UUID.randomUUID(), none, roles(Roles.DONOR)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/disbursements", () -> Map.of(), roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/disbursements/" + UUID.randomUUID() + "/approve", none, roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/receipt", () -> Map.of(), roles(Roles.WORKER)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/close", none, roles(Roles.STAFF)),
                new Endpoint("GET", () -> "/api/v1/feed/wishes/" + UUID.randomUUID() + "/report", none, everyone(PASSES_ROLE)),
                new Endpoint("GET", () -> "/api/v1/transparency/campaigns/" + UUID.randomUUID(), none, everyone(PASSES_ROLE)),
                new Endpoint("POST", () -> "/api/v1/jobs/listings", () -> Map.of(), roles(Roles.STAFF)),
                new Endpoint("GET", () -> "/api/v1/jobs/listings/" + UUID.randomUUID(), none, signedIn(PASSES_ROLE)),
                new Endpoint("POST", () -> "/api/v1/jobs/listings/" + UUID.randomUUID() + "/close", none, roles(Roles.STAFF)),
                new Endpoint("GET", () -> "/api/v1/jobs/listings/" + UUID.randomUUID() + "/candidates", none, roles(Roles.STAFF)),
                new Endpoint("PUT", () -> "/api/v1/jobs/profile", () -> Map.of(), roles(Roles.WORKER)),
                new Endpoint("GET", () -> "/api/v1/jobs/workers/" + UUID.randomUUID() + "/matches", none, roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/jobs/listings/" + UUID.randomUUID() + "/applications", () -> Map.of(),
                        roles(Roles.WORKER, Roles.STAFF)),
                new Endpoint("GET", () -> "/api/v1/jobs/listings/" + UUID.randomUUID() + "/applications", none, roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/jobs/applications/" + UUID.randomUUID() + "/status", () -> Map.of(),
                        roles(Roles.WORKER, Roles.STAFF)),
                new Endpoint("GET", () -> "/api/v1/inbox/stream", none, signedIn(NOT_CALLED)),
                new Endpoint("PUT", () -> "/api/v1/notification-preferences", () -> Map.of(), signedIn(PASSES_ROLE)),
                new Endpoint("POST", () -> "/api/v1/outbox/" + UUID.randomUUID() + "/retry", none, expect(Caller.ADMIN, PASSES_ROLE)),
                new Endpoint("POST", () -> "/api/v1/inbox/" + UUID.randomUUID() + "/read", none, signedIn(PASSES_ROLE)),
                new Endpoint("POST", () -> "/api/v1/inbox/read-all", none, signedIn(PASSES_ROLE)),
                new Endpoint("PUT", () -> "/api/v1/devices", () -> Map.of(), signedIn(PASSES_ROLE)),
                new Endpoint("DELETE", () -> "/api/v1/devices/matrix-" + UUID.randomUUID(), none, signedIn(PASSES_ROLE)),
                new Endpoint("DELETE", () -> "/api/v1/staff/" + UUID.randomUUID(), none, roles(Roles.ADMIN)),
                new Endpoint("POST", () -> "/api/v1/services/providers", () -> Map.of(), roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/services/offers", () -> Map.of(), roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/services/orders", () -> Map.of(), roles(Roles.WORKER)),
                new Endpoint("POST", () -> "/api/v1/services/orders/" + UUID.randomUUID() + "/cancel", none, roles(Roles.WORKER)),
                new Endpoint("GET", () -> "/api/v1/wishes/" + UUID.randomUUID(), none, roles(Roles.WORKER, Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/submit", none, roles(Roles.WORKER)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/questions", () -> Map.of(), roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/questions/" + UUID.randomUUID() + "/answer",
                        () -> Map.of(), roles(Roles.WORKER)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/publish", none, roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/reject", () -> Map.of(), roles(Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/withdraw", none, roles(Roles.WORKER)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/photos", AuthorizationMatrixTest::image, roles(Roles.WORKER)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/proofs", AuthorizationMatrixTest::image, roles(Roles.STAFF)),
                new Endpoint("GET", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/photos/" + UUID.randomUUID(), none,
                        roles(Roles.WORKER, Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/wishes/" + UUID.randomUUID() + "/photos/" + UUID.randomUUID() + "/clear", none,
                        roles(Roles.STAFF)),
                new Endpoint("GET", () -> "/api/v1/feed/wishes/" + UUID.randomUUID() + "/photos/" + UUID.randomUUID(), none, everyone(PASSES_ROLE)),
                new Endpoint("GET", () -> "/api/v1/feed/preferences", none, roles(Roles.DONOR)),
                new Endpoint("PUT", () -> "/api/v1/feed/preferences", () -> Map.of(), roles(Roles.DONOR)),
                new Endpoint("GET", () -> "/api/v1/feed/wishes/" + UUID.randomUUID(), none, everyone(PASSES_ROLE)),
                new Endpoint("POST", () -> "/api/v1/campaigns", () -> Map.of(), roles(Roles.ADMIN, Roles.STAFF))));
        all.addAll(statsEndpoints());
        // the console's public start-up settings (Keycloak address, client id): nothing personal, open to all
        all.add(new Endpoint("GET", () -> "/api/v1/config/web", () -> null, everyone(200)));
        all.addAll(followupEndpoints());
        all.addAll(mutualAidEndpoints());
        all.addAll(unionAidEndpoints());
        all.addAll(modelWorkerEndpoints());
        all.addAll(trainingEndpoints());
        all.addAll(evidenceOnboardingDuplicatesEndpoints());
        all.addAll(identificationEndpoints(file, allStaffAllowed));
        all.addAll(programmesEndpoints());
        all.addAll(appealEndpoints(file, allStaffAllowed));
        all.addAll(accountabilityEndpoints(file, allStaffAllowed));
        all.addAll(volunteerEndpoints());
        all.addAll(staffDirectoryEndpoints()); // console4: names of colleagues for the console's lists
        all.addAll(session7ProgrammesEndpoints());
        all.addAll(money5Endpoints()); // session 8, branch money5 (issue 14)
        all.addAll(prog5Endpoints()); // session 8, branch prog5
        all.addAll(desk6Endpoints()); // session 9, branch desk6
        return all;
    }

    /** 精准识别 (issue 14): re-checks, spot checks, recovery and what follows them. */
    private List<Endpoint> identificationEndpoints(Supplier<String> file, Object[] allStaffAllowed) {
        Supplier<Object> none = () -> null;
        return List.of(
                // 复核: the queue is the caller's subtree; a file's re-checks are for staff in its scope
                new Endpoint("GET", () -> "/api/v1/rechecks/due", none, expect(allStaffAllowed)),
                new Endpoint("GET", () -> file.get() + "/rechecks", none, expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/rechecks", () -> Map.of("result", "CONFIRMED",
                        "visitedOn", "2026-01-05", "finding", "矩阵测试", "commitmentSigned", true), expect(staffOnFile())),
                // 抽查: drawn in the caller's own subtree; reading one outside it is a 404
                new Endpoint("POST", () -> "/api/v1/spot-checks", () -> Map.of("unitId", Demo.NANMING.toString(), "sharePct", 1),
                        expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/spot-checks/" + UUID.randomUUID(), none, expect(Caller.STAFF_IN_SCOPE, 404,
                        Caller.STAFF_PARENT_UNIT, 404, Caller.STAFF_SIBLING, 404, Caller.STAFF_OTHER_CITY, 404)),
                new Endpoint("POST", () -> "/api/v1/spot-checks/" + UUID.randomUUID() + "/items/" + UUID.randomUUID() + "/recheck",
                        () -> Map.of("result", "CONFIRMED", "visitedOn", "2026-01-05", "finding", "矩阵测试", "commitmentSigned", true),
                        expect(Caller.STAFF_IN_SCOPE, 404, Caller.STAFF_PARENT_UNIT, 404, Caller.STAFF_SIBLING, 404,
                                Caller.STAFF_OTHER_CITY, 404)),
                // 追回: staff in the file's scope; instalments on a recovery they can see
                new Endpoint("GET", () -> file.get() + "/recoveries", none, expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/recoveries", () -> Map.of("wishId", UUID.randomUUID().toString(),
                        "amountFen", 100, "reason", "矩阵测试"), expect(staffOnFile())),
                new Endpoint("POST", () -> "/api/v1/recoveries/" + UUID.randomUUID() + "/instalments",
                        () -> Map.of("amountFen", 100, "reference", "矩阵测试"), expect(Caller.STAFF_IN_SCOPE, 404,
                                Caller.STAFF_PARENT_UNIT, 404, Caller.STAFF_SIBLING, 404, Caller.STAFF_OTHER_CITY, 404)));
    }

    private String maPlan;
    private String maMember;
    private String maClaim;
    private String maDocument;
    private String maJob;
    private String maPayment;

    /** A 南明区 mutual-aid plan with the owner enrolled and a claim of theirs, rejected (so review/approve answer 409 once past auth). */
    private void mutualAidFixtures() {
        Map<String, Object> rules = Map.of("waitingDays", 0,
                "tiers", List.of(Map.of("tier", "ORDINARY", "shares", List.of(Map.of("payer", "WORKER", "fen", 5000)))),
                "criticalIllness", Map.of("illnesses", List.of("尿毒症"), "amountFen", 1_200_000));
        maPlan = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", Demo.NANMING.toString(), "planYear", 2026,
                        "name", "矩阵互助" + UUID.randomUUID(), "rules", rules))
                .post("/api/v1/mutual-aid/plans").then().statusCode(201).extract().path("id");
        maMember = Api.staff(Demo.LIU_NANMING).body(Map.of("workerSubject", owner.toString(), "name", "矩阵职工", "tier", "ORDINARY",
                "coverageFrom", "2026-01-01")).post("/api/v1/mutual-aid/plans/" + maPlan + "/members").then().statusCode(201).extract().path("id");
        maClaim = Api.worker(owner).body(maClaimBody()).post("/api/v1/mutual-aid/claims").then().statusCode(201).extract().path("id");
        maDocument = Api.worker(owner).contentType("application/pdf").body("%PDF-1.4 matrix\n%%EOF".getBytes())
                .post("/api/v1/mutual-aid/claims/" + maClaim + "/documents?kind=DIAGNOSIS").then().statusCode(201).extract().path("documents[0].id");
        Api.staff(Demo.ZHOU_NANMING).body(Map.of("accept", false, "reason", "矩阵测试"))
                .post("/api/v1/mutual-aid/claims/" + maClaim + "/review").then().statusCode(200);
        // an import job of the plan (one sheet row), and the owner's own gateway payment
        maJob = Api.staff(Demo.LIU_NANMING).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(oneRowSheet())
                .post("/api/v1/mutual-aid/plans/" + maPlan + "/members/import").then().statusCode(202).extract().path("id");
        maPayment = Api.worker(owner).body(Map.of("planId", String.valueOf(maPlan))).post("/api/v1/mutual-aid/me/payments").then()
                .statusCode(201).extract().path("id");
    }

    private static byte[] oneRowSheet() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "weiyuan-test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("会员");
            List<String> row = List.of("姓名", "身份证号", "档次", "起保日期");
            for (int c = 0; c < row.size(); c++) {
                ws.value(0, c, row.get(c));
            }
            ws.value(1, 0, "矩阵导入");
            ws.value(1, 1, "富裕"); // a row refused: the job has an error to page through
            ws.value(1, 2, "富裕");
            ws.value(1, 3, "2026-01-01");
            wb.finish();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> maClaimBody() {
        return Map.of("planId", String.valueOf(maPlan), "memberId", String.valueOf(maMember), "kind", "CRITICAL_ILLNESS",
                "illness", "尿毒症", "invoiceNo", "M-" + UUID.randomUUID(), "eventDate", "2026-03-01",
                "totalFen", 0, "insurancePaidFen", 0, "selfPaidFen", 0);
    }

    /**
     * 职工医疗互助 (org.weiyuan.mutualaid): staff act within their subtree, workers on their own
     * membership. The XLSX import is left out here (its body is not JSON); its scope is tested in MutualAidApiTest.
     */
    private List<Endpoint> mutualAidEndpoints() {
        Supplier<Object> none = () -> null;
        Map<String, Object> rules = Map.of("waitingDays", 0,
                "tiers", List.of(Map.of("tier", "ORDINARY", "shares", List.of(Map.of("payer", "WORKER", "fen", 5000)))),
                "pharmacy", Map.of("yearlyFen", 100_000));
        String base = "/api/v1/mutual-aid";
        return List.of(
                // the role gate of the XLSX import (its rows and scope: MutualAidApiTest), with a plan id that names nothing
                new Endpoint("POST", () -> base + "/plans/" + UUID.randomUUID() + "/members/import", AuthorizationMatrixTest::image,
                        roles(Roles.STAFF)),
                new Endpoint("POST", () -> base + "/plans", () -> Map.of("unitId", Demo.NANMING.toString(), "planYear", 2026,
                        "name", "矩阵计划" + UUID.randomUUID(), "rules", rules), expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/plans?unitId=" + Demo.NANMING, none, expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/plans/" + maPlan, none, expect(staffOnFile())),
                new Endpoint("POST", () -> base + "/plans/" + maPlan + "/members", () -> Map.of("workerSubject", UUID.randomUUID().toString(),
                        "tier", "ORDINARY", "coverageFrom", "2026-01-01"), expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/plans/" + maPlan + "/members", none, expect(staffOnFile())),
                new Endpoint("POST", () -> base + "/plans/" + maPlan + "/contributions", () -> Map.of("memberIds", List.of(String.valueOf(maMember))),
                        expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/me", none, expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200)),
                new Endpoint("POST", () -> base + "/claims", this::maClaimBody,
                        expect(staffOnFile(Caller.OWNER_WORKER, ALLOWED, Caller.OTHER_WORKER, 403))),
                new Endpoint("GET", () -> base + "/claims/" + maClaim, none, expect(staffOnFile(ownerOnFile()))),
                new Endpoint("POST", () -> base + "/claims/" + maClaim + "/review", () -> Map.of("accept", true), expect(staffOnFile())),
                new Endpoint("POST", () -> base + "/claims/" + maClaim + "/approve", none, expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/figures?unitId=" + Demo.NANMING, none, expect(staffOnFile())),
                // claim documents (申领材料): the member or staff of the subtree; the claim is rejected, so an upload answers 409 past auth
                new Endpoint("POST", () -> base + "/claims/" + maClaim + "/documents?kind=INVOICE", AuthorizationMatrixTest::image,
                        expect(staffOnFile(ownerOnFile()))),
                new Endpoint("GET", () -> base + "/claims/" + maClaim + "/documents/" + maDocument, none, expect(staffOnFile(ownerOnFile()))),
                // renewal (续保): the first caller let in renews, the next get 409 past auth
                new Endpoint("POST", () -> base + "/plans/" + maPlan + "/renew", () -> Map.of(), expect(staffOnFile())));
    }

    /** Dashboards and exports (org.weiyuan.stats): scoped to the caller's subtree; work lists are staff-only. */
    private static List<Endpoint> statsEndpoints() {
        Supplier<Object> none = () -> null;
        String nanming = "unitId=" + Demo.NANMING;
        Object[] scopedStats = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 404,
                Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403, Caller.ADMIN, 200};
        Object[] scopedWorkList = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 404,
                Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403};
        List<Endpoint> l = new ArrayList<>();
        for (String p : List.of("/api/v1/stats/households?by=CAUSE&", "/api/v1/stats/households/monthly?", "/api/v1/stats/money/units?",
                "/api/v1/stats/money/campaigns?", "/api/v1/stats/wishes?by=AGE&", "/api/v1/stats/placements/monthly?",
                "/api/v1/stats/service-demand?by=DISTRICT&", "/api/v1/exports/stats/households?", "/api/v1/exports/stats/households-monthly?",
                "/api/v1/exports/stats/money-units?", "/api/v1/exports/stats/money-campaigns?", "/api/v1/exports/stats/wishes?",
                "/api/v1/exports/stats/placements-monthly?", "/api/v1/exports/stats/service-demand?")) {
            l.add(new Endpoint("GET", () -> p + nanming, none, expect(scopedStats)));
        }
        for (String p : List.of("/api/v1/exports/households?full=true&", "/api/v1/exports/wishes-in-vetting?",
                "/api/v1/exports/disbursements-awaiting-approval?")) {
            l.add(new Endpoint("GET", () -> p + nanming, none, expect(scopedWorkList)));
        }
        return l;
    }

    /**
     * Complete by construction: every operation of the OpenAPI document must be called by a row above
     * (a row's path is matched to the most specific path template of its method), and every row must
     * name an operation that exists. A new endpoint without a row fails here.
     */
    @org.junit.jupiter.api.Test
    void everyOperationOfTheApiHasARow() throws Exception {
        fixtures();
        String json = io.restassured.RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        com.fasterxml.jackson.databind.JsonNode paths = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("paths");
        Map<String, java.util.regex.Pattern> operations = new java.util.TreeMap<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                operations.put(method.toUpperCase() + " " + p.getKey(),
                        java.util.regex.Pattern.compile(p.getKey().replaceAll("\\{[^/]+}", "[^/]+")));
            }
        }));
        assertThat(operations).as("the OpenAPI document lists operations").hasSizeGreaterThan(50);
        Set<String> covered = new java.util.TreeSet<>();
        List<String> strays = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            String path = e.path().get().split("\\?")[0];
            operations.entrySet().stream()
                    .filter(o -> o.getKey().startsWith(e.method() + " ") && o.getValue().matcher(path).matches())
                    .max(java.util.Comparator.comparingLong(o -> literalSegments(o.getKey())))
                    .ifPresentOrElse(o -> covered.add(o.getKey()), () -> strays.add(e.method() + " " + path));
        }
        assertThat(strays).as("rows that name no operation of the API").isEmpty();
        assertThat(new java.util.TreeSet<>(operations.keySet())).as("operations without a row in the matrix")
                .isSubsetOf(covered);
    }

    /** An upload body (photos, proofs take the image itself); not a valid image, which is fine past the gate. */
    private static Object image() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    }

    private static long literalSegments(String operation) {
        return java.util.Arrays.stream(operation.split("/")).filter(seg -> !seg.startsWith("{")).count();
    }

    // ---- evidence documents, onboarding, duplicates (issue 14, items 4-6) ----

    private String evidenceDocument;
    private String duplicateCandidate;

    /** A PDF on the owner's file; two 南明 files sharing a phone, hence a duplicate candidate. */
    private void evidenceOnboardingDuplicatesFixtures() {
        evidenceDocument = Api.worker(owner).contentType("application/pdf")
                .body("%PDF-1.4\n% matrix\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .post("/api/v1/households/" + household + "/documents?kind=OTHER").then().statusCode(201).extract().path("id");
        String phone = "137" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
        String first = null;
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = Files.household(Demo.NANMING_COMMUNITY, 100_000);
            body.put("phone", phone);
            String id = Api.worker(UUID.randomUUID()).body(body).post("/api/v1/households").then().statusCode(201).extract().path("id");
            first = first == null ? id : first;
        }
        duplicateCandidate = Api.staff(Demo.LIU_NANMING).get("/api/v1/duplicates?householdId=" + first).then().statusCode(200)
                .extract().path("find { it.reason == 'SAME_PHONE' }.id");
    }

    /**
     * Evidence documents (the household and staff in scope; byte bodies are a PNG header, refused
     * past the gate), onboarding (staff in scope; the owner's file has its owner: 409 past the gate),
     * the duplicate queue (all staff with a unit, each seeing their subtree) and its decisions
     * (staff whose subtree holds both files).
     */
    private List<Endpoint> evidenceOnboardingDuplicatesEndpoints() {
        Supplier<Object> none = () -> null;
        Supplier<String> file = () -> "/api/v1/households/" + household;
        Object[] allStaff = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 200,
                Caller.STAFF_OTHER_CITY, 200, Caller.STAFF_UNASSIGNED, 403};
        return List.of(
                new Endpoint("POST", () -> file.get() + "/documents?kind=OTHER", AuthorizationMatrixTest::image,
                        expect(staffOnFile(ownerOnFile()))),
                new Endpoint("POST", () -> file.get() + "/questions/" + question + "/document", AuthorizationMatrixTest::image,
                        expect(staffOnFile(ownerOnFile()))),
                new Endpoint("GET", () -> file.get() + "/documents", none, expect(staffOnFile(ownerOnFile()))),
                new Endpoint("GET", () -> file.get() + "/documents/" + evidenceDocument, none, expect(staffOnFile(ownerOnFile()))),
                new Endpoint("POST", () -> file.get() + "/onboarding", () -> Map.of(), expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/duplicates", none, expect(allStaff)),
                new Endpoint("POST", () -> "/api/v1/duplicates/" + duplicateCandidate + "/decision",
                        () -> Map.of("duplicate", false), expect(staffOnFile())));
    }

    /** An approved household of 南明 with a help plan, and one of its measures (org.weiyuan.followup). */
    private String followupHousehold;
    private String followupMeasure;

    private void followupFixtures() {
        followupHousehold = org.weiyuan.support.Fixtures.approvedHousehold(UUID.randomUUID());
        followupMeasure = Api.staff(Demo.LIU_NANMING).body(Map.of("goals", "矩阵测试计划"))
                .post("/api/v1/followup/households/" + followupHousehold + "/plan").then().statusCode(201)
                .extract().path("measures[0].id");
    }

    /** Follow-up: staff whose subtree holds the household (or unit, or helper); the worker's own plan. */
    private List<Endpoint> followupEndpoints() {
        Supplier<Object> none = () -> null;
        Supplier<String> file = () -> "/api/v1/followup/households/" + followupHousehold;
        Supplier<String> measure = () -> file.get() + "/plan/measures/" + followupMeasure;
        Object[] scopedUnit = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 404,
                Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403};
        Object[] allStaff = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 200,
                Caller.STAFF_OTHER_CITY, 200, Caller.STAFF_UNASSIGNED, 403};
        String nanming = "/api/v1/followup/units/" + Demo.NANMING + "/contact-rule";
        Map<String, Object> rule = Map.of("minHouseholds", 2, "contactsPerQuarter", 2, "visitsPerYear", 2);
        return List.of(
                new Endpoint("POST", () -> file.get() + "/plan", () -> Map.of("goals", "再次制定"), expect(staffOnFile())),
                new Endpoint("GET", () -> file.get() + "/plan", none, expect(staffOnFile())),
                new Endpoint("PUT", () -> file.get() + "/plan", () -> Map.of("goals", "矩阵测试计划"), expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/plan/measures", () -> Map.of("kind", "LIVING_AID"), expect(staffOnFile())),
                new Endpoint("PUT", measure, () -> Map.of("description", "生活救助", "ownerSubject", Demo.LIU_NANMING.toString(),
                        "dueOn", java.time.LocalDate.of(2099, 1, 1).toString()), expect(staffOnFile())),
                new Endpoint("POST", () -> measure.get() + "/transition", () -> Map.of("action", "START"), expect(staffOnFile())),
                new Endpoint("POST", () -> measure.get() + "/link", () -> Map.of("kind", "WISH", "id", UUID.randomUUID().toString()),
                        expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/followup/me/plan", none, expect(Caller.OWNER_WORKER, 404, Caller.OTHER_WORKER, 404)),
                new Endpoint("PUT", () -> file.get() + "/helper", () -> Map.of("helperSubject", Demo.LIU_NANMING.toString()),
                        expect(staffOnFile())),
                new Endpoint("GET", () -> file.get() + "/contacts", none, expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/contacts", () -> Map.of("kind", "PHONE", "summary", "矩阵测试联系"),
                        expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/followup/my-tasks", none, expect(allStaff)),
                new Endpoint("GET", () -> nanming, none, expect(scopedUnit)),
                new Endpoint("PUT", () -> nanming, () -> rule, expect(scopedUnit)),
                new Endpoint("GET", () -> "/api/v1/followup/compliance/units/" + Demo.NANMING + "?year=2026", none, expect(scopedUnit)),
                new Endpoint("GET", () -> "/api/v1/followup/compliance/helpers/" + Demo.LIU_NANMING + "?year=2026", none,
                        expect(scopedUnit)));
    }

    // ---- union-paid aid (org.weiyuan.unionaid, issue 15 item 3)

    private String uaFund;
    private String uaList;

    /** A 南明 fund and a cancelled list on it, prepared by 周 (so no caller is its preparer; every action past auth is 409). */
    private void unionAidFixtures() {
        uaFund = Api.staff(Demo.ZHOU_NANMING).body(Map.of("unitId", Demo.NANMING.toString(), "source", "OWN_BUDGET", "purpose", "LIVING",
                "name", "矩阵资金" + UUID.randomUUID())).post("/api/v1/union-aid/funds").then().statusCode(201).extract().path("id");
        uaList = Api.staff(Demo.ZHOU_NANMING).body(Map.of("fundId", uaFund, "purpose", "LIVING", "title", "矩阵名单"))
                .post("/api/v1/union-aid/lists").then().statusCode(201).extract().path("id");
        Api.staff(Demo.ZHOU_NANMING).post("/api/v1/union-aid/lists/" + uaList + "/cancel").then().statusCode(200);
    }

    /** Union aid: staff whose subtree holds the fund, list or household; the worker's own history. */
    private List<Endpoint> unionAidEndpoints() {
        Supplier<Object> none = () -> null;
        String base = "/api/v1/union-aid";
        Supplier<String> list = () -> base + "/lists/" + uaList;
        Supplier<String> line = () -> list.get() + "/lines/" + followupHousehold;
        Object[] allStaff = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 200,
                Caller.STAFF_OTHER_CITY, 200, Caller.STAFF_UNASSIGNED, 403};
        return List.of(
                new Endpoint("POST", () -> base + "/funds", () -> Map.of("unitId", Demo.NANMING.toString(), "source", "DONATION",
                        "purpose", "FESTIVAL", "name", "矩阵资金" + UUID.randomUUID()), expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/funds", none, expect(allStaff)),
                new Endpoint("GET", () -> base + "/funds/" + uaFund, none, expect(staffOnFile())),
                new Endpoint("POST", () -> base + "/funds/" + uaFund + "/deposits", () -> Map.of("amountFen", 1, "reference", "矩阵入账"),
                        expect(staffOnFile())),
                new Endpoint("POST", () -> base + "/lists", () -> Map.of("fundId", uaFund, "purpose", "LIVING", "title", "矩阵名单"),
                        expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/lists", none, expect(allStaff)),
                new Endpoint("GET", list, none, expect(staffOnFile())),
                new Endpoint("PUT", line, () -> Map.of("amountFen", 100), expect(staffOnFile())),
                new Endpoint("DELETE", line, none, expect(staffOnFile())),
                new Endpoint("POST", () -> list.get() + "/submit", none, expect(staffOnFile())),
                new Endpoint("POST", () -> list.get() + "/reject", () -> Map.of("reason", "矩阵"), expect(staffOnFile())),
                new Endpoint("POST", () -> list.get() + "/approve", none, expect(staffOnFile())),
                new Endpoint("POST", () -> list.get() + "/pay", () -> Map.of("reference", "矩阵", "proof", "矩阵"), expect(staffOnFile())),
                new Endpoint("POST", () -> list.get() + "/cancel", none, expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/households/" + followupHousehold + "/aid-history", none, expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/me/aid-history", none, expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200)));
    }

    // ---- model workers (org.weiyuan.modelworker, issue 15 item 4)

    private String mwArchive;
    private static int mwSequence = (int) (System.nanoTime() % 500);

    /** A valid 18-digit ID number, new on every call (one archive per person). */
    private static synchronized String mwIdNumber() {
        mwSequence++;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String first17 = String.format("520102%04d%02d%02d%03d", 1950 + mwSequence % 40, 1 + mwSequence % 12, 1 + mwSequence % 28,
                mwSequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static Map<String, Object> mwBody(String idNumber) {
        return Map.of("name", "矩阵劳模", "idNumber", idNumber, "personal", Map.of("phone", "13900001111"),
                "deeds", "矩阵测试事迹", "honours", List.of(Map.of("title", "劳动模范", "level", "CITY", "year", 2016)),
                "serviceType", "DEMONSTRATION");
    }

    /** An archive kept by 南明 (created by 刘): served by 南明's staff only, not by 贵阳's above it. */
    private void modelWorkerFixtures() {
        String idNumber = mwIdNumber();
        mwArchive = Api.staff(Demo.LIU_NANMING).body(mwBody(idNumber)).post("/api/v1/model-workers").then().statusCode(201)
                .extract().path("id");
        mwArchiveId = idNumber;
    }

    private String mwArchiveId;

    /** Model workers: only the staff who serve them (the keeping unit's, the paired contact); a parent unit's staff get 404. */
    private List<Endpoint> modelWorkerEndpoints() {
        Supplier<Object> none = () -> null;
        String base = "/api/v1/model-workers";
        Supplier<String> one = () -> base + "/" + mwArchive;
        Object[] served = {Caller.STAFF_IN_SCOPE, ALLOWED, Caller.STAFF_PARENT_UNIT, 404, Caller.STAFF_SIBLING, 404,
                Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403};
        Object[] allStaff = {Caller.STAFF_IN_SCOPE, ALLOWED, Caller.STAFF_PARENT_UNIT, ALLOWED, Caller.STAFF_SIBLING, ALLOWED,
                Caller.STAFF_OTHER_CITY, ALLOWED, Caller.STAFF_UNASSIGNED, 403};
        return List.of(
                new Endpoint("POST", () -> base, () -> mwBody(mwIdNumber()), expect(allStaff)),
                new Endpoint("GET", () -> base, none, expect(allStaff)),
                new Endpoint("GET", () -> base + "/my-tasks", none, expect(allStaff)),
                new Endpoint("GET", one, none, expect(served)),
                new Endpoint("PUT", one, () -> mwBody(mwArchiveId), expect(served)),
                new Endpoint("PUT", () -> one.get() + "/contact", () -> Map.of("contactSubject", Demo.ZHOU_NANMING.toString()), expect(served)),
                new Endpoint("GET", () -> one.get() + "/contacts", none, expect(served)),
                new Endpoint("POST", () -> one.get() + "/contacts", () -> Map.of("kind", "PHONE", "summary", "矩阵联系"), expect(served)));
    }

    // ---- training and job fairs (org.weiyuan.training, issue 15 item 5)

    private String trCourse;
    private String trEnrolment;
    private String trFair;

    /** A 南明 course with the other worker enrolled, and a 南明 job fair. */
    private void trainingFixtures() {
        trCourse = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", Demo.NANMING.toString(), "title", "矩阵培训班", "skill", "COOKING",
                        "level", 1, "provider", "矩阵学校", "startsOn", java.time.LocalDate.now().plusDays(1).toString(),
                        "endsOn", java.time.LocalDate.now().plusDays(30).toString(), "capacity", 100, "certificateName", "结业证书"))
                .post("/api/v1/training/courses").then().statusCode(201).extract().path("id");
        trEnrolment = Api.worker(otherWorker).post("/api/v1/training/courses/" + trCourse + "/enrolments").then().statusCode(201)
                .extract().path("id");
        trFair = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", Demo.NANMING.toString(), "title", "矩阵招聘会",
                        "heldOn", java.time.LocalDate.now().plusDays(5).toString(), "venue", "矩阵会场"))
                .post("/api/v1/job-fairs").then().statusCode(201).extract().path("id");
    }

    /** Training: staff of the course's (or household's, or fair's) subtree; workers enrol themselves and read their own. */
    private List<Endpoint> trainingEndpoints() {
        Supplier<Object> none = () -> null;
        String base = "/api/v1/training";
        Object[] enrolFor = {Caller.OWNER_WORKER, ALLOWED, Caller.OTHER_WORKER, ALLOWED, Caller.STAFF_IN_SCOPE, ALLOWED,
                Caller.STAFF_PARENT_UNIT, ALLOWED, Caller.STAFF_SIBLING, 422, Caller.STAFF_OTHER_CITY, 422, Caller.STAFF_UNASSIGNED, 403};
        return List.of(
                new Endpoint("POST", () -> base + "/courses", () -> Map.of("unitId", Demo.NANMING.toString(), "title", "矩阵培训班二",
                        "skill", "COOKING", "level", 1, "provider", "矩阵学校", "startsOn", java.time.LocalDate.now().plusDays(1).toString(),
                        "endsOn", java.time.LocalDate.now().plusDays(30).toString(), "capacity", 10, "certificateName", "结业证书"),
                        expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/courses", none, roles(Roles.WORKER, Roles.STAFF)),
                new Endpoint("GET", () -> base + "/recommended", none, expect(Caller.OWNER_WORKER, 404, Caller.OTHER_WORKER, 404)),
                new Endpoint("POST", () -> base + "/courses/" + trCourse + "/enrolments", () -> Map.of("workerSubject", owner.toString()),
                        expect(enrolFor)),
                new Endpoint("GET", () -> base + "/courses/" + trCourse + "/enrolments", none, expect(staffOnFile())),
                new Endpoint("POST", () -> base + "/enrolments/" + trEnrolment + "/complete", () -> Map.of("certificateNo", "矩阵-001"),
                        expect(staffOnFile())),
                new Endpoint("POST", () -> base + "/enrolments/" + trEnrolment + "/drop", none, expect(staffOnFile())),
                new Endpoint("GET", () -> base + "/me", none, expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 200)),
                new Endpoint("GET", () -> base + "/households/" + followupHousehold + "/skill", none, expect(staffOnFile())),
                new Endpoint("POST", () -> "/api/v1/job-fairs", () -> Map.of("unitId", Demo.NANMING.toString(), "title", "矩阵招聘会二",
                        "heldOn", java.time.LocalDate.now().plusDays(5).toString(), "venue", "矩阵会场"), expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/job-fairs", none, roles(Roles.WORKER, Roles.STAFF)),
                new Endpoint("POST", () -> "/api/v1/job-fairs/" + trFair + "/listings", () -> Map.of("listingId", UUID.randomUUID().toString()),
                        expect(staffOnFile())));
    }

    // ---- programmes (session 6, issue 15 remainders and issue 16 optional plans) ----

    /** The endpoints of the programmes branch; the fixtures of follow-up, union aid, model workers and mutual aid are reused. */
    private List<Endpoint> programmesEndpoints() {
        Supplier<String> file = () -> "/api/v1/followup/households/" + followupHousehold;
        // an outcome for a measure that is not the plan's: staff in scope get past auth and scope (422), the file stays approved
        Supplier<Object> exit = () -> Map.of("reason", "RE_EMPLOYED", "outcomes",
                List.of(Map.of("measureId", UUID.randomUUID().toString(), "outcome", "ACHIEVED", "reason", "矩阵测试")));
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("POST", () -> file.get() + "/plan/exit", exit, expect(staffOnFile())));
        // a transfer from the matrix fund into itself: staff whose subtree holds the fund get past scope (422)
        all.add(new Endpoint("POST", () -> "/api/v1/union-aid/transfers", () -> Map.of("fromFundId", uaFund, "toFundId", uaFund,
                "amountFen", 1, "reference", "矩阵划转"), expect(staffOnFile())));
        // model workers: consent by the staff who serve them; the honour board and reception days are public reads
        all.add(new Endpoint("PUT", () -> "/api/v1/model-workers/" + mwArchive + "/honour-board", () -> Map.of("consent", false),
                expect(Caller.STAFF_IN_SCOPE, ALLOWED, Caller.STAFF_PARENT_UNIT, 404, Caller.STAFF_SIBLING, 404,
                        Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403)));
        all.add(new Endpoint("GET", () -> "/api/v1/model-worker-board/honour-board", () -> null, everyone(200)));
        all.add(new Endpoint("GET", () -> "/api/v1/model-worker-board/reception-days/" + Demo.NANMING, () -> null, everyone(PASSES_ROLE)));
        all.add(new Endpoint("PUT", () -> "/api/v1/model-worker-board/reception-days/" + Demo.NANMING, () -> Map.of("weekday", "TUESDAY",
                "startsAt", "09:00:00", "endsAt", "11:30:00", "place", "矩阵接待室", "hostZh", "区总工会领导", "hostEn", "District union leader"),
                expect(staffOnFile())));
        return all;
    }

    // ---- 申诉 appeals, 倒查与责任追究 accountability (issue 14, branch identify3) ----------------

    /** 倒查 and findings for staff in the file's scope (the matrix file is not ineligible: 409 past the gate); the list for all staff with a unit. */
    private List<Endpoint> accountabilityEndpoints(Supplier<String> file, Object[] allStaffAllowed) {
        Supplier<Object> none = () -> null;
        return List.of(
                new Endpoint("GET", () -> file.get() + "/trace", none, expect(staffOnFile())),
                new Endpoint("POST", () -> file.get() + "/accountability", () -> Map.of("staffSubject", Demo.ZHOU_NANMING.toString(),
                        "role", "APPROVED", "reason", "矩阵测试"), expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/accountability", none, expect(allStaffAllowed)));
    }

    private String appeal;

    /** A file staff keep for a worker without an account, rejected by 刘洋 (南明区) and appealed on the worker's behalf. */
    private void appealFixtures() {
        String rejected = Api.staff(Demo.LIU_NANMING).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + rejected + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "矩阵测试")).post("/api/v1/households/" + rejected + "/reject")
                .then().statusCode(200);
        appeal = Api.staff(Demo.ZHOU_NANMING).body(Map.of("reason", "矩阵测试:职工电话申诉"))
                .post("/api/v1/households/" + rejected + "/appeals").then().statusCode(201).extract().path("id");
    }

    /**
     * Appeals: filed and listed by the household or staff in the file's scope (the matrix file is
     * not rejected: 409 past the gate); the queue for every staff member with a unit; an appeal's
     * outcome by staff above the deciding unit only: 刘洋 decided it (403, 谁决定、谁回避), 陈静 of the
     * city above upholds it; evidence for it while pending (409 once decided, past the gate).
     */
    private List<Endpoint> appealEndpoints(Supplier<String> file, Object[] allStaffAllowed) {
        Supplier<Object> none = () -> null;
        return List.of(
                new Endpoint("POST", () -> file.get() + "/appeals", () -> Map.of("reason", "矩阵测试"),
                        expect(staffOnFile(ownerOnFile()))),
                new Endpoint("GET", () -> file.get() + "/appeals", none, expect(staffOnFile(ownerOnFile()))),
                new Endpoint("GET", () -> "/api/v1/appeals", none, expect(allStaffAllowed)),
                new Endpoint("GET", () -> "/api/v1/appeals/" + appeal, none,
                        expect(staffOnFile(Caller.OWNER_WORKER, 404, Caller.OTHER_WORKER, 404))),
                new Endpoint("POST", () -> "/api/v1/appeals/" + appeal + "/decision",
                        () -> Map.of("outcome", "UPHELD", "reason", "矩阵测试:维持"),
                        expect(staffOnFile(Caller.STAFF_IN_SCOPE, 403))),
                new Endpoint("POST", () -> "/api/v1/appeals/" + appeal + "/documents?kind=OTHER", AuthorizationMatrixTest::image,
                        expect(staffOnFile(Caller.OWNER_WORKER, 404, Caller.OTHER_WORKER, 404))));
    }

    // ---- 义工入户核查 volunteer visits, 倒查 from a payment (issue 14, branch identify4) -------------------

    private final UUID volunteer = UUID.randomUUID();
    private final UUID otherVolunteer = UUID.randomUUID();
    private String volunteerFile;
    private String volunteerVisit;
    private String visitToRecord;
    private String visitToCancel;

    /** A 南明 file under verification with three open visits of {@link #volunteer}'s: to read, to record, to call off. */
    private void volunteerFixtures() {
        UUID worker = UUID.randomUUID();
        volunteerFile = Api.worker(worker).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.worker(worker).post("/api/v1/households/" + volunteerFile + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + volunteerFile + "/start-verification").then().statusCode(200);
        volunteerVisit = visit(volunteerFile, volunteer);
        String second = Api.worker(UUID.randomUUID()).body(Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + second + "/submit").then().statusCode(200);
        Api.staff(Demo.LIU_NANMING).post("/api/v1/households/" + second + "/start-verification").then().statusCode(200);
        visitToRecord = visit(second, volunteer);
        visitToCancel = visit(second, UUID.randomUUID());
    }

    private static String visit(String file, UUID who) {
        return Api.staff(Demo.LIU_NANMING).body(Map.of("volunteerSubject", who.toString(), "volunteerName", "矩阵义工"))
                .post("/api/v1/households/" + file + "/volunteer-visits").then().statusCode(201).extract().path("id");
    }

    /**
     * Volunteers reach their own open visits only (another volunteer: 404) and nothing of staff's: every
     * other row of the matrix gives both volunteer callers 403 unless it says otherwise. Staff assign,
     * list and call off visits in the file's scope. A reverse check passes the staff role gate (a payment
     * id that names nothing; its scope is ReverseCheckApiTest's).
     */
    private List<Endpoint> volunteerEndpoints() {
        Supplier<Object> none = () -> null;
        Supplier<String> file = () -> "/api/v1/households/" + volunteerFile;
        return List.of(
                new Endpoint("POST", () -> file.get() + "/volunteer-visits",
                        () -> Map.of("volunteerSubject", UUID.randomUUID().toString(), "volunteerName", "矩阵义工"), expect(staffOnFile())),
                new Endpoint("GET", () -> file.get() + "/volunteer-visits", none, expect(staffOnFile())),
                new Endpoint("POST", () -> "/api/v1/volunteer-visits/" + visitToCancel + "/cancel", none, expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/volunteer-visits/mine", none,
                        expect(Caller.VOLUNTEER_ASSIGNED, 200, Caller.VOLUNTEER_OTHER, 200)),
                new Endpoint("GET", () -> "/api/v1/volunteer-visits/" + volunteerVisit + "/household", none,
                        expect(Caller.VOLUNTEER_ASSIGNED, 200, Caller.VOLUNTEER_OTHER, 404)),
                new Endpoint("POST", () -> "/api/v1/volunteer-visits/" + visitToRecord + "/record",
                        () -> Map.of("visit", Files.verification()), expect(Caller.VOLUNTEER_OTHER, 404, Caller.VOLUNTEER_ASSIGNED, ALLOWED)),
                new Endpoint("POST", () -> "/api/v1/reverse-checks", () -> Map.of("paymentKind", "UNION_AID",
                        "paymentId", UUID.randomUUID().toString(), "note", "矩阵测试"), roles(Roles.STAFF)));
    }

    Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (Map.Entry<Caller, Integer> x : e.expected().entrySet()) {
                all.add(Arguments.of(e.method() + " " + e.path().get().replace("null", "{id}"), x.getKey(), x.getValue(), e));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cases")
    void callerGetsExactlyWhatTheRulesSay(String name, Caller caller, int expected, Endpoint endpoint) {
        fixtures();
        org.junit.jupiter.api.Assumptions.assumeTrue(expected != NOT_CALLED, "a stream: not called for callers it lets in");
        RequestSpecification request = as(caller);
        Object body = endpoint.body().get();
        if (body instanceof byte[] bytes) {
            // uploads: images, and the mutual-aid member import's workbook
            request = request.contentType(name.contains("/members/import")
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "image/png").body(bytes);
        } else if (body != null) {
            request = request.body(body);
        }
        Response response = request.request(endpoint.method(), endpoint.path().get());
        int status = response.statusCode();
        assertThat(status).as("%s as %s: %s", name, caller, response.asString()).isLessThan(500);
        if (expected == ALLOWED) {
            assertThat(status).as("%s as %s must get past auth and scope: %s", name, caller, response.asString())
                    .isNotIn(401, 403, 404);
        } else if (expected == PASSES_ROLE) {
            assertThat(status).as("%s as %s must get past auth and role: %s", name, caller, response.asString())
                    .isNotIn(401, 403);
        } else {
            assertThat(status).as("%s as %s: %s", name, caller, response.asString()).isEqualTo(expected);
            if (status != 200) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }

    // ---- console4: the staff directory (工作人员名录) behind the console's "who did it" names ----
    /** Every staff member with a unit may look names and providers up (what they get is scoped: StaffDirectoryApiTest, ServiceMenuApiTest). */
    private List<Endpoint> staffDirectoryEndpoints() {
        Object[] staffWithUnit = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 200,
                Caller.STAFF_OTHER_CITY, 200, Caller.STAFF_UNASSIGNED, 403};
        return List.of(new Endpoint("GET", () -> "/api/v1/staff-directory?subject=" + Demo.ZHOU_NANMING, () -> null, expect(staffWithUnit)),
                new Endpoint("GET", () -> "/api/v1/services/providers", () -> null, expect(staffWithUnit)));
    }
    // ---- end of console4 ----
    // ---- session 7, branch prog4 (issues 15 and 16): the staff claims list ----

    private String uaTransfer;

    /** A 南明 transfer prepared by 周 and sent back by 刘 (so no caller is its preparer; approve and reject answer 409 past auth). */
    private void session7Fixtures() {
        String to = Api.staff(Demo.ZHOU_NANMING).body(Map.of("unitId", Demo.NANMING.toString(), "source", "OWN_BUDGET", "purpose", "LIVING",
                "name", "矩阵划入资金" + UUID.randomUUID())).post("/api/v1/union-aid/funds").then().statusCode(201).extract().path("id");
        Api.staff(Demo.ZHOU_NANMING).body(Map.of("amountFen", 1, "reference", "矩阵入账")).post("/api/v1/union-aid/funds/" + uaFund + "/deposits")
                .then().statusCode(201);
        uaTransfer = Api.staff(Demo.ZHOU_NANMING).body(Map.of("fromFundId", uaFund, "toFundId", to, "amountFen", 1, "reference", "矩阵划转"))
                .post("/api/v1/union-aid/transfers").then().statusCode(201).extract().path("transfer.id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("reason", "矩阵测试")).post("/api/v1/union-aid/transfers/" + uaTransfer + "/reject")
                .then().statusCode(200);
    }

    /** The endpoints added by branch prog4; they reuse the fixtures of mutual aid, union aid and follow-up. */
    private List<Endpoint> session7ProgrammesEndpoints() {
        List<Endpoint> all = new ArrayList<>();
        // 资金划转 maker-checker: staff whose subtree holds both funds; the transfer is rejected, so both answer 409 past auth
        all.add(new Endpoint("POST", () -> "/api/v1/union-aid/transfers/" + uaTransfer + "/approve", () -> null, expect(staffOnFile())));
        all.add(new Endpoint("POST", () -> "/api/v1/union-aid/transfers/" + uaTransfer + "/reject", () -> Map.of("reason", "矩阵"),
                expect(staffOnFile())));
        // 申领列表: staff of the subtree holding the unit; others 404 on that unit
        all.add(new Endpoint("GET", () -> "/api/v1/mutual-aid/claims?unitId=" + Demo.NANMING, () -> null, expect(staffOnFile())));
        return all;
    }

    // ---- session 8, branch money5 (issue 14): refunds of cancelled recoveries ----
    /**
     * 退款: staff with a unit only; a recovery or payout outside the caller's subtree (here: none at all) is a 404,
     * staff without a unit 403 (RecoveryRefundApiTest covers the in-scope answers and the maker-checker 403).
     */
    private List<Endpoint> money5Endpoints() {
        Object[] staffWithUnit404 = {Caller.STAFF_IN_SCOPE, 404, Caller.STAFF_PARENT_UNIT, 404, Caller.STAFF_SIBLING, 404,
                Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403};
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("POST", () -> "/api/v1/recoveries/" + UUID.randomUUID() + "/refunds", () -> Map.of("amountFen", 100,
                "method", "BANK_TRANSFER", "reference", "矩阵退款", "proof", "矩阵回单"), expect(staffWithUnit404)));
        all.add(new Endpoint("POST", () -> "/api/v1/recovery-refunds/" + UUID.randomUUID() + "/approve", () -> null, expect(staffWithUnit404)));
        all.add(new Endpoint("POST", () -> "/api/v1/recovery-refunds/" + UUID.randomUUID() + "/reject", () -> Map.of("reason", "矩阵"),
                expect(staffWithUnit404)));
        // 抽查记录: any staff member with a unit lists their own subtree's draws; naming 南明区 is 404 outside it
        all.add(new Endpoint("GET", () -> "/api/v1/spot-checks", () -> null, expect(Caller.STAFF_IN_SCOPE, 200,
                Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 200, Caller.STAFF_OTHER_CITY, 200, Caller.STAFF_UNASSIGNED, 403)));
        all.add(new Endpoint("GET", () -> "/api/v1/spot-checks?unitId=" + Demo.NANMING, () -> null, expect(staffOnFile())));
        return all;
    }
    // ---- end of money5 ----
    // ---- session 8, branch prog5 (issues 15 and 16): pending transfers, model-worker offers, optional benefits, gateway contributions ----

    /** The matrix's model-worker archive names the owner worker's account (劳模优惠 are theirs; the other worker is no model worker). */
    private void prog5Fixtures() {
        Api.staff(Demo.LIU_NANMING).body(Map.of("accountSubject", owner.toString())).put("/api/v1/model-workers/" + mwArchive + "/account")
                .then().statusCode(200);
    }

    private String rosterVolunteer;

    /** A 南明 volunteer of the roster (志愿者名册). */
    private void desk6Fixtures() {
        rosterVolunteer = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", Demo.NANMING.toString(), "name", "矩阵志愿者",
                "phone", "13800009999")).post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
    }

    /**
     * The endpoints added by branch desk6: 待我审批 of union aid and the roster's list, every staff member with a unit
     * (what they get is their subtree's: UnionAidApiTest, VolunteerRosterApiTest); adding to 南明's roster, changing
     * its entry and the volunteers a 南明 file's visit may name: staff whose subtree holds 南明.
     */
    private List<Endpoint> desk6Endpoints() {
        Object[] staffWithUnit = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 200,
                Caller.STAFF_OTHER_CITY, 200, Caller.STAFF_UNASSIGNED, 403};
        return List.of(
                new Endpoint("GET", () -> "/api/v1/union-aid/awaiting-approval", () -> null, expect(staffWithUnit)),
                new Endpoint("GET", () -> "/api/v1/volunteers", () -> null, expect(staffWithUnit)),
                new Endpoint("POST", () -> "/api/v1/volunteers", () -> Map.of("unitId", Demo.NANMING.toString(), "name", "矩阵志愿者",
                        "phone", "13800009999"), expect(staffOnFile())),
                new Endpoint("PUT", () -> "/api/v1/volunteers/" + rosterVolunteer, () -> Map.of("name", "矩阵志愿者", "active", true),
                        expect(staffOnFile())),
                new Endpoint("GET", () -> "/api/v1/volunteers/for-household/" + household, () -> null, expect(staffOnFile())));
    }

    /** The endpoints added by branch prog5. */
    private List<Endpoint> prog5Endpoints() {
        List<Endpoint> all = new ArrayList<>();
        Object[] staffWithUnit = {Caller.STAFF_IN_SCOPE, 200, Caller.STAFF_PARENT_UNIT, 200, Caller.STAFF_SIBLING, 200,
                Caller.STAFF_OTHER_CITY, 200, Caller.STAFF_UNASSIGNED, 403};
        // 待审批划转: every staff member with a unit; what they get is their subtree's (UnionAidApiTest)
        all.add(new Endpoint("GET", () -> "/api/v1/union-aid/transfers/pending", () -> null, expect(staffWithUnit)));
        // 劳模优惠: the model worker's own account (the archive's staff link it); an unknown offer is 404 past auth
        Object[] served = {Caller.STAFF_IN_SCOPE, ALLOWED, Caller.STAFF_PARENT_UNIT, 404, Caller.STAFF_SIBLING, 404,
                Caller.STAFF_OTHER_CITY, 404, Caller.STAFF_UNASSIGNED, 403};
        all.add(new Endpoint("PUT", () -> "/api/v1/model-workers/" + mwArchive + "/account", () -> Map.of("accountSubject", owner.toString()),
                expect(served)));
        all.add(new Endpoint("GET", () -> "/api/v1/services/model-worker-offers", () -> null,
                expect(Caller.OWNER_WORKER, 200, Caller.OTHER_WORKER, 404)));
        all.add(new Endpoint("POST", () -> "/api/v1/services/model-worker-orders", () -> Map.of("offerId", UUID.randomUUID().toString()),
                expect(Caller.OWNER_WORKER, 404, Caller.OTHER_WORKER, 404)));
        // 自选计划: staff of the plan's subtree (the matrix plan has no options: 422 past auth)
        all.add(new Endpoint("POST", () -> "/api/v1/mutual-aid/plans/" + maPlan + "/members/" + maMember + "/options",
                () -> Map.of("optionCode", "ACCIDENT"), expect(staffOnFile())));
        // 缴费支付 (aid6): the unit pays through the gateway (staff of the plan's subtree); the member pays their own share
        // (the owner is a member: 201 or, once started, the same payment; another worker is no member: 422 past auth)
        all.add(new Endpoint("POST", () -> "/api/v1/mutual-aid/plans/" + maPlan + "/payments",
                () -> Map.of("memberIds", List.of(String.valueOf(maMember))), expect(staffOnFile())));
        all.add(new Endpoint("POST", () -> "/api/v1/mutual-aid/me/payments", () -> Map.of("planId", String.valueOf(maPlan)),
                expect(Caller.OWNER_WORKER, ALLOWED, Caller.OTHER_WORKER, ALLOWED)));
        // aid7: the import job of the plan (staff of its subtree), a payment's status (its payer, or staff of the plan's subtree),
        // a worker's own optional plans (the matrix plan has none: 422 past auth on the way in; leaving one never chosen is 404)
        all.add(new Endpoint("GET", () -> "/api/v1/mutual-aid/plans/" + maPlan + "/imports", () -> null, expect(staffOnFile())));
        all.add(new Endpoint("GET", () -> "/api/v1/mutual-aid/plans/" + maPlan + "/imports/" + maJob, () -> null, expect(staffOnFile())));
        all.add(new Endpoint("GET", () -> "/api/v1/mutual-aid/plans/" + maPlan + "/imports/" + maJob + "/errors", () -> null,
                expect(staffOnFile())));
        all.add(new Endpoint("GET", () -> "/api/v1/mutual-aid/payments/" + maPayment, () -> null, expect(staffOnFile(ownerOnFile()))));
        all.add(new Endpoint("POST", () -> "/api/v1/mutual-aid/me/plans/" + maPlan + "/options/ACCIDENT", () -> null,
                expect(ownerOnFile())));
        all.add(new Endpoint("DELETE", () -> "/api/v1/mutual-aid/me/plans/" + maPlan + "/options/ACCIDENT", () -> null,
                expect(Caller.OWNER_WORKER, PASSES_ROLE, Caller.OTHER_WORKER, 404)));
        return all;
    }
    // ---- end of branch prog5 ----
}
