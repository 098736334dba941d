package org.weiyuan.modelworker;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Model workers' archives, pairing by honour level, contact and visit tasks, through the API. */
@QuarkusTest
class ModelWorkerApiTest {

    private static final String BASE = "/api/v1/model-workers";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static int sequence = (int) (System.nanoTime() % 900);

    @Inject
    ModelWorkerJobs jobs;
    @Inject
    AgroalDataSource jdbc;

    @Test
    void theArchiveHoldsSixCategoriesEncryptedAndOnlyItsServingStaffSeeIt() throws Exception {
        String phone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Map<String, Object> body = archive("李劳模", idBornOn(LocalDate.of(1965, 4, 28)), phone, "NATIONAL", "DEMONSTRATION");
        String id = Api.staff(Demo.LIU_NANMING).body(body).post(BASE).then().statusCode(201)
                .body("topLevel", is("NATIONAL")).body("personal.phone", is(phone))
                .body("honours.level", hasItem("CITY")).body("workHistory[0].employer", is("贵阳钢厂"))
                .extract().path("id");
        // one person, one archive
        Api.staff(Demo.ZHOU_NANMING).body(body).post(BASE).then().statusCode(409);

        // at rest: ciphertext, not the phone number or the needs
        try (var c = jdbc.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select personal_enc, needs_enc, id_number_enc from model_worker where id = '" + id + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("v1:").doesNotContain(phone);
            assertThat(rs.getString(2)).startsWith("v1:").doesNotContain("希望");
            assertThat(rs.getString(3)).startsWith("v1:");
        }

        // the unit that keeps it reads it; a parent unit's staff, a sibling's or another city's do not
        Api.staff(Demo.ZHOU_NANMING).get(BASE + "/" + id).then().statusCode(200).body("needs", is("希望为劳模创新工作室争取场地"));
        Api.staff(Demo.CHEN_GUIYANG).get(BASE + "/" + id).then().statusCode(404);
        Api.staff(Demo.SUN_YUNYAN).get(BASE + "/" + id).then().statusCode(404);
        Api.staff(Demo.HE_ZUNYI).get(BASE + "/" + id).then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).get(BASE + "?serviceType=DEMONSTRATION").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.name", is("李*模"));
        Api.staff(Demo.CHEN_GUIYANG).get(BASE).then().statusCode(200).body("id", not(hasItem(id)));
        Api.staff(Demo.LIU_NANMING).get(BASE + "?serviceType=CARE").then().statusCode(200).body("id", not(hasItem(id)));

        // an update replaces the categories and recomputes the top level
        body.put("honours", List.of(Map.of("title", "区级先进工作者", "level", "DISTRICT", "year", 2019)));
        body.put("serviceType", "CARE");
        Api.staff(Demo.LIU_NANMING).body(body).put(BASE + "/" + id).then().statusCode(200)
                .body("topLevel", is("DISTRICT")).body("serviceType", is("CARE")).body("honours.size()", is(1));
    }

    @Test
    void contactIsPairedByHonourLevelAndVisitsFollowTheRule() {
        UUID grassroots = grassrootsStaff("社区工会干部");
        String national = Api.staff(Demo.LIU_NANMING).body(archive("王全国", idBornOn(LocalDate.of(1960, 1, 15)), "13900000001",
                "NATIONAL", "DEMONSTRATION")).post(BASE).then().statusCode(201).extract().path("id");
        String district = Api.staff(Demo.LIU_NANMING).body(archive("赵区级", idBornOn(LocalDate.of(1958, 7, 9)), "13900000002",
                "DISTRICT", "ASSISTANCE")).post(BASE).then().statusCode(201).extract().path("id");
        // a national model worker is kept by district leaders, not grassroots staff (and not a sibling district's)
        Api.staff(Demo.LIU_NANMING).body(Map.of("contactSubject", grassroots.toString())).put(BASE + "/" + national + "/contact")
                .then().statusCode(422).body("errors[0].field", is("contactSubject"));
        Api.staff(Demo.LIU_NANMING).body(Map.of("contactSubject", Demo.SUN_YUNYAN.toString())).put(BASE + "/" + national + "/contact")
                .then().statusCode(422);
        Api.staff(Demo.LIU_NANMING).body(Map.of("contactSubject", Demo.ZHOU_NANMING.toString())).put(BASE + "/" + national + "/contact")
                .then().statusCode(200).body("roleZh", is("区领导")).body("visitsPerYear", is(1));
        // a district-level one by grassroots staff, who then serve (and see) that one only
        Api.staff(Demo.LIU_NANMING).body(Map.of("contactSubject", Demo.ZHOU_NANMING.toString())).put(BASE + "/" + district + "/contact")
                .then().statusCode(422);
        Api.staff(Demo.LIU_NANMING).body(Map.of("contactSubject", grassroots.toString())).put(BASE + "/" + district + "/contact")
                .then().statusCode(200).body("roleZh", is("基层工会干部")).body("visitsPerYear", is(2))
                .body("contactName", is("社区工会干部")).body("visitOverdue", is(false));
        Api.staff(grassroots).get(BASE + "/" + district).then().statusCode(200);
        Api.staff(grassroots).get(BASE + "/" + national).then().statusCode(404);
        Api.staff(grassroots).get(BASE).then().statusCode(200).body("id", is(List.of(district)));

        // the contact log: two visits this year meet the grassroots rule
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Api.staff(grassroots).body(Map.of("kind", "PHONE", "summary", "电话问候")).post(BASE + "/" + district + "/contacts").then().statusCode(201);
        Api.staff(grassroots).body(Map.of("kind", "VISIT", "summary", "上门走访", "contactedOn", today))
                .post(BASE + "/" + district + "/contacts").then().statusCode(201);
        Api.staff(grassroots).get(BASE + "/" + district + "/contacts").then().statusCode(200)
                .body("visitsThisYear", is(1)).body("yearMet", is(false)).body("contacts.size()", is(2));
        Api.staff(grassroots).body(Map.of("kind", "VISIT", "summary", "再次走访")).post(BASE + "/" + district + "/contacts").then().statusCode(201);
        Api.staff(grassroots).get(BASE + "/" + district + "/contacts").then().body("visitsThisYear", is(2)).body("yearMet", is(true));
        Api.staff(grassroots).body(Map.of("kind", "PHONE", "summary", "x", "contactedOn", "2999-01-01"))
                .post(BASE + "/" + district + "/contacts").then().statusCode(422).body("errors[0].field", is("contactedOn"));
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("kind", "PHONE", "summary", "x")).post(BASE + "/" + district + "/contacts").then().statusCode(404);
    }

    @Test
    void birthdaysAndFestivalsCreateVisitTasksForTheContactOnly() throws Throwable {
        UUID grassroots = grassrootsStaff("社区工会干部乙");
        String id = Api.staff(Demo.LIU_NANMING).body(archive("钱生日", idBornOn(LocalDate.of(1962, 4, 28)), "13900000003",
                "DISTRICT", "CARE")).post(BASE).then().statusCode(201).extract().path("id");
        Api.staff(Demo.LIU_NANMING).body(Map.of("contactSubject", grassroots.toString())).put(BASE + "/" + id + "/contact").then().statusCode(200);

        LocalDate day = LocalDate.of(2027, 4, 25); // 五一 (2027-05-01) within 14 days, the birthday on 28 April within 7
        int created = VertxContextSupport.subscribeAndAwait(() -> jobs.createVisitTasks(day));
        assertThat(created).isGreaterThanOrEqualTo(2);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> jobs.createVisitTasks(day)).intValue()).isZero(); // idempotent
        List<Map<String, Object>> tasks = Api.staff(grassroots).get(BASE + "/my-tasks").then().statusCode(200).extract().path("visitTasks");
        assertThat(tasks).extracting(t -> t.get("reason")).containsExactlyInAnyOrder("BIRTHDAY", "FESTIVAL_LABOUR_DAY");
        assertThat(tasks).extracting(t -> t.get("dueOn")).containsExactlyInAnyOrder("2027-04-28", "2027-05-01");
        List<Map<String, String>> inbox = Api.staff(grassroots).get("/api/v1/inbox?limit=100").then().extract().path("items");
        assertThat(inbox.stream().filter(i -> ("weiyuan://model-workers/" + id).equals(i.get("deepLink"))).map(i -> i.get("kind")))
                .containsOnly("MODEL_WORKER_VISIT_TASK").hasSize(2);
        List<Map<String, String>> others = Api.staff(Demo.LIU_NANMING).get("/api/v1/inbox?limit=100").then().extract().path("items");
        assertThat(others.stream().filter(i -> ("weiyuan://model-workers/" + id).equals(i.get("deepLink")))).isEmpty();
    }

    /**
     * A staff member of a new grassroots union under 南明 of its own: staff at the demo community would
     * take over the notices other tests expect its district to get (the nearest unit with staff hears).
     */
    private static UUID grassrootsStaff(String name) {
        String unit = Api.admin().body(Map.of("parentId", Demo.NANMING.toString(), "level", "GRASSROOTS",
                "name", "劳模测试基层工会" + UUID.randomUUID().toString().substring(0, 6))).post("/api/v1/units").then().statusCode(201)
                .extract().path("id");
        UUID subject = UUID.randomUUID();
        Api.admin().body(Map.of("unitId", unit, "displayName", name)).put("/api/v1/staff/" + subject).then().statusCode(200);
        return subject;
    }

    @Test
    void theHonourBoardShowsConsentingDemonstrationModelWorkersWithoutPersonalData() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String idNumber = idBornOn(LocalDate.of(1972, 3, 8));
        String leader = Api.staff(Demo.LIU_NANMING).body(archive("榜样" + tag, idNumber, "13900000077", "NATIONAL", "DEMONSTRATION"))
                .post(BASE).then().statusCode(201).extract().path("id");
        String cared = Api.staff(Demo.LIU_NANMING).body(archive("关怀" + tag, idBornOn(LocalDate.of(1950, 4, 9)), "13900000078", "CITY",
                "ASSISTANCE")).post(BASE).then().statusCode(201).extract().path("id");
        String board = "/api/v1/model-worker-board/honour-board?unitId=" + Demo.NANMING;
        Api.anonymous().get(board).then().statusCode(200).body("name", not(hasItem("榜样" + tag)));

        // consent is recorded by the staff who serve them, and only for 示范引领
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("consent", true)).put(BASE + "/" + leader + "/honour-board").then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).body(Map.of("consent", true)).put(BASE + "/" + cared + "/honour-board").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("consent"));
        Api.staff(Demo.LIU_NANMING).body(Map.of("consent", true, "consentedOn", LocalDate.of(2026, 5, 1).toString()))
                .put(BASE + "/" + leader + "/honour-board").then().statusCode(200).body("onBoard", is(true));

        // public: name, unit, honours and deeds only; no ID number, phone, address or needs
        String text = Api.anonymous().get(board).then().statusCode(200).extract().asString();
        Map<String, Object> entry = io.restassured.path.json.JsonPath.from(text).getMap("find { it.name == '榜样" + tag + "' }");
        assertThat(entry).containsOnlyKeys("name", "unitName", "topLevel", "honours", "deeds").containsEntry("topLevel", "NATIONAL");
        assertThat(text).doesNotContain(idNumber, "13900000077", "南明区某街道", "希望为劳模创新工作室争取场地", "关怀" + tag);
        Api.anonymous().get("/api/v1/model-worker-board/honour-board?unitId=" + Demo.ZUNYI).then().statusCode(200)
                .body("name", not(hasItem("榜样" + tag)));
        Api.anonymous().get("/api/v1/model-worker-board/honour-board?unitId=" + UUID.randomUUID()).then().statusCode(404);

        Api.staff(Demo.LIU_NANMING).body(Map.of("consent", false)).put(BASE + "/" + leader + "/honour-board").then().statusCode(200)
                .body("onBoard", is(false));
        Api.anonymous().get(board).then().statusCode(200).body("name", not(hasItem("榜样" + tag)));
    }

    @Inject
    ModelWorkerRepository repository;

    /**
     * 光荣榜 order: highest honour first by its rank (the level's name would put CITY before NATIONAL),
     * then by name; the cap cuts the lowest, never a national model worker whose name sorts late.
     */
    @Test
    void theHonourBoardIsOrderedByHonourRankBeforeItIsCapped() throws Throwable {
        String unit = Api.admin().body(Map.of("parentId", Demo.NANMING.toString(), "level", "GRASSROOTS",
                "name", "光荣榜测试基层工会" + UUID.randomUUID().toString().substring(0, 6))).post("/api/v1/units").then().statusCode(201)
                .extract().path("id");
        UUID staff = UUID.randomUUID();
        Api.admin().body(Map.of("unitId", unit, "displayName", "光荣榜干部")).put("/api/v1/staff/" + staff).then().statusCode(200);
        String tag = UUID.randomUUID().toString().substring(0, 4);
        // names sort A < B < C, levels the other way round
        String district = Api.staff(staff).body(archive("A区级" + tag, idBornOn(LocalDate.of(1970, 1, 2)), "13900000091", "DISTRICT",
                "DEMONSTRATION")).post(BASE).then().statusCode(201).extract().path("id");
        String city = Api.staff(staff).body(archive("B市级" + tag, idBornOn(LocalDate.of(1970, 1, 3)), "13900000092", "CITY",
                "DEMONSTRATION")).post(BASE).then().statusCode(201).extract().path("id");
        String national = Api.staff(staff).body(archive("C全国" + tag, idBornOn(LocalDate.of(1970, 1, 4)), "13900000093", "NATIONAL",
                "DEMONSTRATION")).post(BASE).then().statusCode(201).extract().path("id");
        for (String id : List.of(district, city, national)) {
            Api.staff(staff).body(Map.of("consent", true)).put(BASE + "/" + id + "/honour-board").then().statusCode(200);
        }
        io.restassured.path.json.JsonPath board = Api.anonymous().get("/api/v1/model-worker-board/honour-board?unitId=" + unit)
                .then().statusCode(200).extract().jsonPath();
        assertThat(board.getList("name", String.class)).containsExactly("C全国" + tag, "B市级" + tag, "A区级" + tag);
        assertThat(board.getList("topLevel", String.class)).containsExactly("NATIONAL", "CITY", "DISTRICT");
        // within an entry, the honours by rank too: the national title before the city one
        assertThat(board.getList("[0].honours.level", String.class)).containsExactly("NATIONAL", "CITY");

        // the cap applies after the order: with room for two, the district model worker is the one left out
        String path;
        try (var c = jdbc.getConnection(); var st = c.prepareStatement("select path from union_unit where id = cast(? as uuid)")) {
            st.setString(1, unit);
            try (var rs = st.executeQuery()) {
                rs.next();
                path = rs.getString(1);
            }
        }
        List<Object[]> capped = VertxContextSupport.subscribeAndAwait(() -> repository.inSession(() -> repository.honourBoard(path, 2)));
        assertThat(capped).extracting(r -> ((ModelWorkerEntities.ModelWorker) r[0]).name).containsExactly("C全国" + tag, "B市级" + tag);
    }

    @Test
    void aUnitsReceptionDaysAreSetByItsStaffAndReadByAnyone() {
        String path = "/api/v1/model-worker-board/reception-days/" + Demo.YUNYAN_MARKET;
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate off = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY)).plusWeeks(1);
        Map<String, Object> body = new HashMap<>(Map.of("weekday", "TUESDAY", "startsAt", "09:00:00", "endsAt", "11:30:00",
                "place", "云岩区职工服务中心劳模接待室", "hostZh", "区总工会领导", "hostEn", "District union leader",
                "offDays", List.of(Map.of("on", off.toString(), "reason", "调休"))));
        Api.staff(Demo.LIU_NANMING).body(body).put(path).then().statusCode(404); // not 南明's subtree
        Map<String, Object> backwards = new HashMap<>(body);
        backwards.put("endsAt", "08:00:00");
        Api.staff(Demo.SUN_YUNYAN).body(backwards).put(path).then().statusCode(422).body("errors[0].field", is("endsAt"));
        Map<String, Object> wrongDay = new HashMap<>(body);
        wrongDay.put("offDays", List.of(Map.of("on", off.plusDays(1).toString(), "reason", "x")));
        Api.staff(Demo.SUN_YUNYAN).body(wrongDay).put(path).then().statusCode(422).body("errors[0].field", is("offDays[0].on"));
        Api.staff(Demo.SUN_YUNYAN).body(body).put(path).then().statusCode(200).body("weekday", is("TUESDAY"));

        io.restassured.path.json.JsonPath days = Api.anonymous().get(path + "?count=5").then().statusCode(200)
                .body("hostZh", is("区总工会领导")).body("offDays[0].on", is(off.toString())).extract().jsonPath();
        List<LocalDate> upcoming = days.getList("upcoming", String.class).stream().map(LocalDate::parse).toList();
        assertThat(upcoming).hasSize(5).isSorted().doesNotContain(off)
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY))
                .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(today));
        Api.anonymous().get("/api/v1/model-worker-board/reception-days/" + Demo.ZUNYI).then().statusCode(404);
    }

    /** Linking an account (desk6): one archive per account, and never an account the platform places outside the caller's subtree. */
    @Test
    void anAccountIsLinkedOnceAndOnlyWithinTheStaffMembersUnion() {
        String mw = Api.staff(Demo.LIU_NANMING).body(archive("吴关联", idBornOn(LocalDate.of(1960, 1, 21)), "13900000021", "CITY",
                "CARE")).post(BASE).then().statusCode(201).extract().path("id");
        String other = Api.staff(Demo.LIU_NANMING).body(archive("郑关联", idBornOn(LocalDate.of(1961, 2, 22)), "13900000022", "CITY",
                "CARE")).post(BASE).then().statusCode(201).extract().path("id");
        String account = BASE + "/" + mw + "/account";
        // a worker whose own file is kept by 云岩's market union: outside 刘(南明)'s subtree
        UUID yunyanWorker = UUID.randomUUID();
        Map<String, Object> yunyanFile = new java.util.HashMap<>(org.weiyuan.support.Files.household(Demo.YUNYAN_MARKET, 100_000));
        yunyanFile.put("district", "云岩区"); // as its unit is: other tests read every 云岩区 file as 云岩区's
        Api.worker(yunyanWorker).body(yunyanFile).post("/api/v1/households")
                .then().statusCode(201);
        Api.staff(Demo.LIU_NANMING).body(Map.of("accountSubject", yunyanWorker.toString())).put(account).then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("范围以外"));
        // a staff member of 云岩 is outside it too; nothing was linked by either refusal
        Api.staff(Demo.LIU_NANMING).body(Map.of("accountSubject", Demo.SUN_YUNYAN.toString())).put(account).then().statusCode(409)
                .contentType("application/problem+json");
        // a worker of 南明's community: linked; the same account on a second archive is refused, its own again is fine
        UUID nanmingWorker = UUID.randomUUID();
        org.weiyuan.support.Fixtures.approvedHousehold(nanmingWorker);
        Api.staff(Demo.LIU_NANMING).body(Map.of("accountSubject", nanmingWorker.toString())).put(account).then().statusCode(200)
                .body("accountSubject", is(nanmingWorker.toString()));
        Api.staff(Demo.LIU_NANMING).body(Map.of("accountSubject", nanmingWorker.toString())).put(BASE + "/" + other + "/account").then()
                .statusCode(409).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("另一位劳模"));
        Api.staff(Demo.LIU_NANMING).body(Map.of("accountSubject", nanmingWorker.toString())).put(account).then().statusCode(200);
        // 云岩's staff do not serve this archive at all (404 before any account check)
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("accountSubject", yunyanWorker.toString())).put(account).then().statusCode(404);
    }

    /** 劳模优惠 (issue 15, branch prog5): offers by honour level, the discount shown, applied and recorded on the order. */
    @Test
    void modelWorkersSeeAndBookTheOffersTheirHonourQualifiesForWithTheDiscountAppliedAndRecorded() throws Exception {
        UUID account = UUID.randomUUID();
        String cityMw = Api.staff(Demo.LIU_NANMING).body(archive("孙市级", idBornOn(LocalDate.of(1963, 3, 3)), "13900000011", "CITY",
                "ASSISTANCE")).post(BASE).then().statusCode(201).extract().path("id");
        String districtMw = Api.staff(Demo.LIU_NANMING).body(archive("周区级", idBornOn(LocalDate.of(1966, 6, 6)), "13900000012",
                "DISTRICT", "CARE")).post(BASE).then().statusCode(201).extract().path("id");
        String offers = "/api/v1/services/model-worker-offers";
        String orders = "/api/v1/services/model-worker-orders";
        // before staff link the account, the platform does not know them as a model worker
        Api.worker(account).get(offers).then().statusCode(404);
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("accountSubject", account.toString())).put(BASE + "/" + cityMw + "/account").then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).body(Map.of("accountSubject", account.toString())).put(BASE + "/" + cityMw + "/account").then()
                .statusCode(200).body("accountSubject", is(account.toString()));
        Api.staff(Demo.LIU_NANMING).body(Map.of("accountSubject", account.toString())).put(BASE + "/" + districtMw + "/account").then()
                .statusCode(409).contentType("application/problem+json");

        String provider = Api.staff(Demo.LIU_NANMING).body(Map.of("unitId", Demo.NANMING, "name", "劳模合作药店" + UUID.randomUUID(),
                "kind", "PHARMACY", "district", "520102")).post("/api/v1/services/providers").then().statusCode(201).extract().path("id");
        // the terms are data, checked at their fields
        offer(provider, "MODEL_WORKER", null, 20_000L, 15, null).statusCode(422).body("errors[0].field", is("modelWorkerLevel"));
        offer(provider, "ANY_WORKER", "CITY", 20_000L, 15, null).statusCode(422).body("errors[0].field", is("modelWorkerLevel"));
        offer(provider, "MODEL_WORKER", "CITY", 20_000L, 15, 1_000L).statusCode(422).body("errors[0].field", is("discountFen"));
        offer(provider, "MODEL_WORKER", "CITY", null, 15, null).statusCode(422).body("errors[0].field", is("priceFen"));
        offer(provider, "MODEL_WORKER", "CITY", 20_000L, null, null).statusCode(422).body("errors[0].field", is("discountPct"));
        offer(provider, "MODEL_WORKER", "CITY", 2_000L, null, 3_000L).statusCode(422).body("errors[0].field", is("discountFen"));
        String cityOffer = offer(provider, "MODEL_WORKER", "CITY", 19_999L, 15, null).statusCode(201)
                .body("eligibility", is("MODEL_WORKER")).body("modelWorkerLevel", is("CITY")).extract().path("id");
        String nationalOffer = offer(provider, "MODEL_WORKER", "NATIONAL", 50_000L, null, 8_000L).statusCode(201).extract().path("id");
        String fixedOffer = offer(provider, "MODEL_WORKER", "DISTRICT", 3_000L, null, 500L).statusCode(201).extract().path("id");

        // shown: what a city-level model worker qualifies for, with the discount applied (15% of 199.99 rounds down to 29.99)
        io.restassured.path.json.JsonPath mine = Api.worker(account).get(offers).then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("offer.id", String.class)).contains(cityOffer, fixedOffer).doesNotContain(nationalOffer);
        assertThat(mine.getLong("find { it.offer.id == '" + cityOffer + "' }.discountFenApplied")).isEqualTo(2_999);
        assertThat(mine.getLong("find { it.offer.id == '" + cityOffer + "' }.payFen")).isEqualTo(17_000);
        assertThat(mine.getString("find { it.offer.id == '" + cityOffer + "' }.providerName")).startsWith("劳模合作药店");

        // booked: the discount is applied and recorded on the order
        String order = Api.worker(account).body(Map.of("offerId", cityOffer, "note", "降压药")).post(orders).then().statusCode(201)
                .body("status", is("BOOKED")).body("offerId", is(cityOffer)).body("listPriceFen", is(19_999))
                .body("discountFen", is(2_999)).body("payFen", is(17_000)).extract().path("id");
        Api.worker(account).get("/api/v1/services/orders").then().statusCode(200)
                .body("find { it.id == '" + order + "' }.payFen", is(17_000));
        try (var c = jdbc.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("select model_worker_id, list_price_fen, discount_fen, pay_fen from service_order where id = '" + order + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(cityMw);
            assertThat(List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4))).containsExactly(19_999L, 2_999L, 17_000L);
        }
        // above their honour: refused with the reason, at the field
        Api.worker(account).body(Map.of("offerId", nationalOffer)).post(orders).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("offerId"));
        // a fixed discount, one place: booked once, then full
        Api.worker(account).body(Map.of("offerId", fixedOffer)).post(orders).then().statusCode(201)
                .body("discountFen", is(500)).body("payFen", is(2_500));
        Api.worker(account).body(Map.of("offerId", fixedOffer)).post(orders).then().statusCode(409);
        // someone who is not a model worker; an offer that is not a model-worker offer
        Api.worker(UUID.randomUUID()).body(Map.of("offerId", cityOffer)).post(orders).then().statusCode(404);
        String plain = offer(provider, "ANY_WORKER", null, null, 10, null).statusCode(201).extract().path("id");
        Api.worker(account).body(Map.of("offerId", plain)).post(orders).then().statusCode(404);
        Api.staff(Demo.LIU_NANMING).get(offers).then().statusCode(403);
        // a household's order by category is never booked on a model-worker offer
        UUID hardship = UUID.randomUUID();
        org.weiyuan.support.Fixtures.approvedHousehold(hardship);
        Api.worker(hardship).body(Map.of("category", "MEDICAL_DISCOUNT", "district", "520102")).post("/api/v1/services/orders").then()
                .statusCode(201).body("offerId", not(is(cityOffer))).body("offerId", not(is(nationalOffer)));
    }

    private static io.restassured.response.ValidatableResponse offer(String provider, String eligibility, String level, Long priceFen,
                                                                     Integer pct, Long fixedFen) {
        Map<String, Object> m = new HashMap<>(Map.of("providerId", provider, "category", "MEDICAL_DISCOUNT", "title", "劳模购药优惠",
                "description", "合作药店劳模优惠", "district", "520102", "capacity", fixedFen != null && fixedFen == 500L ? 1 : 20,
                "eligibility", eligibility, "validUntil", LocalDate.now().plusDays(60).toString()));
        if (level != null) {
            m.put("modelWorkerLevel", level);
        }
        if (priceFen != null) {
            m.put("priceFen", priceFen);
        }
        if (pct != null) {
            m.put("discountPct", pct);
        }
        if (fixedFen != null) {
            m.put("discountFen", fixedFen);
        }
        return Api.staff(Demo.LIU_NANMING).body(m).post("/api/v1/services/offers").then();
    }

    private static Map<String, Object> archive(String name, String idNumber, String phone, String topLevel, String serviceType) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("idNumber", idNumber);
        m.put("personal", Map.of("gender", "男", "phone", phone, "address", "南明区某街道", "education", "高中", "employer", "贵阳钢厂",
                "position", "高级技师", "retired", true));
        m.put("family", Map.of("members", 3, "economicStatus", "一般", "note", "老伴患病"));
        m.put("workHistory", List.of(Map.of("employer", "贵阳钢厂", "position", "轧钢工", "fromYear", 1982, "toYear", 2020)));
        m.put("deeds", "扎根一线三十余年,带出徒弟百余名,攻克多项轧钢工艺难题。");
        m.put("honours", List.of(Map.of("title", "劳动模范", "level", topLevel, "year", 2015, "awardedBy", "表彰单位"),
                Map.of("title", "市级先进工作者", "level", "CITY", "year", 2010)));
        m.put("needs", "希望为劳模创新工作室争取场地");
        m.put("serviceType", serviceType);
        if ("DISTRICT".equals(topLevel)) {
            m.put("honours", List.of(Map.of("title", "区级劳动模范", "level", "DISTRICT", "year", 2018)));
        }
        return m;
    }

    private static synchronized String idBornOn(LocalDate day) {
        sequence = (sequence + 1) % 1000;
        String first17 = String.format("520102%04d%02d%02d%03d", day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                (sequence + (int) (System.nanoTime() % 1000 + 1000)) % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
