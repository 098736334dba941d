package org.weiyuan.unionaid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.weiyuan.support.Api;
import org.weiyuan.support.Demo;
import org.weiyuan.support.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Union funds, aid lists with maker-checker, payment into the ledger, earmarking and the aid history, through the API. */
@QuarkusTest
class UnionAidApiTest {

    private static final String BASE = "/api/v1/union-aid";
    private static final UUID PREPARER = Demo.LIU_NANMING;
    private static final UUID CHECKER = Demo.ZHOU_NANMING;

    @Test
    void aFestivalListIsPreparedApprovedBySomeoneElsePaidAndBalancedInTheLedger() {
        String fund = fund("FESTIVAL", "ALLOCATED");
        // funds are opened only in the caller's subtree
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("unitId", Demo.NANMING.toString(), "source", "OWN_BUDGET", "purpose", "FESTIVAL",
                "name", "越权资金")).post(BASE + "/funds").then().statusCode(404);
        Api.staff(PREPARER).body(Map.of("amountFen", 1_000_000, "reference", "市总下拨 2026-12")).post(BASE + "/funds/" + fund + "/deposits")
                .then().statusCode(201).body("fund.balanceFen", is(1_000_000)).body("fund.availableFen", is(1_000_000))
                .body("deposits[0].reference", is("市总下拨 2026-12"));
        Api.staff(Demo.SUN_YUNYAN).get(BASE + "/funds/" + fund).then().statusCode(404);

        UUID w1 = UUID.randomUUID();
        UUID w2 = UUID.randomUUID();
        String h1 = Fixtures.approvedHousehold(w1);
        String h2 = Fixtures.approvedHousehold(w2);
        String list = list(fund, "FESTIVAL", "2027 两节送温暖");
        line(list, h1, 50_000, null).statusCode(200);
        line(list, h2, 30_000, "米面油一套").statusCode(200).body("totalFen", is(80_000)).body("lines.size()", is(2));
        line(list, h2, 40_000, "米面油一套、棉被").statusCode(200).body("totalFen", is(90_000));
        // only approved households: a submitted file is not yet one
        String pending = Api.worker(UUID.randomUUID()).body(org.weiyuan.support.Files.household(Demo.NANMING_COMMUNITY, 100_000))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        line(list, pending, 10_000, null).statusCode(422).body("errors[0].field", is("householdId"));
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("amountFen", 1)).put(BASE + "/lists/" + list + "/lines/" + h1).then().statusCode(404);

        Api.staff(PREPARER).post(BASE + "/lists/" + list + "/submit").then().statusCode(200).body("status", is("SUBMITTED"));
        line(list, h1, 1, null).statusCode(409).body("currentState", is("SUBMITTED"));
        // the checker is told; maker-checker: the preparer may not approve
        assertThat(notices(CHECKER, "staff", "weiyuan://union-aid/lists/" + list)).containsExactly("UNION_AID_LIST_QUEUED");
        Api.staff(PREPARER).post(BASE + "/lists/" + list + "/approve").then().statusCode(403)
                .contentType("application/problem+json");
        Api.staff(PREPARER).body(Map.of("reference", "x", "proof", "y")).post(BASE + "/lists/" + list + "/pay").then().statusCode(409);
        Api.staff(CHECKER).post(BASE + "/lists/" + list + "/approve").then().statusCode(200)
                .body("status", is("APPROVED")).body("approvedBy", is(CHECKER.toString()));
        Api.staff(PREPARER).get(BASE + "/funds/" + fund).then().body("fund.balanceFen", is(1_000_000))
                .body("fund.committedFen", is(90_000)).body("fund.availableFen", is(910_000));

        JsonPath paid = Api.staff(PREPARER).body(Map.of("reference", "工行批量代发 20261220-01", "proof", "签收表扫描件 2 页"))
                .post(BASE + "/lists/" + list + "/pay").then().statusCode(200).extract().jsonPath();
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getList("lines.status")).containsOnly("PAID");
        assertThat(paid.getList("lines.entryId")).doesNotContainNull();
        assertThat(paid.getString("lines.find { it.householdId == '" + h1 + "' }.headName")).contains("*");
        Api.staff(PREPARER).get(BASE + "/funds/" + fund).then().body("fund.balanceFen", is(910_000))
                .body("fund.committedFen", is(0)).body("fund.availableFen", is(910_000));
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
        Api.admin().post("/api/v1/admin/invariants").then().statusCode(200)
                .body("checks.find { it.check == 'union-funds' }.status", is("OK"));

        // each recipient, and only they, is told
        assertThat(notices(w1, "worker", "weiyuan://me/aid-history")).containsExactly("UNION_AID_PAID");
        assertThat(notices(w2, "worker", "weiyuan://me/aid-history")).containsExactly("UNION_AID_PAID");
        assertThat(notices(CHECKER, "staff", "weiyuan://me/aid-history")).isEmpty();

        // the household's history shows it, to its staff and to the worker
        Api.staff(CHECKER).get(BASE + "/households/" + h2 + "/aid-history").then().statusCode(200)
                .body("unionAidPaidFen", is(40_000)).body("unionAid[0].goods", is("米面油一套、棉被"))
                .body("unionAid[0].status", is("PAID"));
        Api.worker(w1).get(BASE + "/me/aid-history").then().statusCode(200).body("unionAidPaidFen", is(50_000))
                .body("unionAid[0].title", is("2027 两节送温暖"));
        Api.staff(Demo.SUN_YUNYAN).get(BASE + "/households/" + h2 + "/aid-history").then().statusCode(404);
        Api.staff(PREPARER).body(Map.of("reference", "again", "proof", "again")).post(BASE + "/lists/" + list + "/pay").then().statusCode(409);
    }

    @Test
    void earmarkingHoldsAndAFundCoversOnlyWhatItHas() {
        String living = fund("LIVING", "ENTERPRISE");
        deposit(living, 20_000);
        // a festival list cannot draw on a living-aid fund
        Api.staff(PREPARER).body(Map.of("fundId", living, "purpose", "FESTIVAL", "title", "错用资金"))
                .post(BASE + "/lists").then().statusCode(422).body("errors[0].field", is("purpose"));
        Api.staff(Demo.SUN_YUNYAN).body(Map.of("fundId", living, "purpose", "LIVING", "title", "越权"))
                .post(BASE + "/lists").then().statusCode(404);

        String h = Fixtures.approvedHousehold(UUID.randomUUID());
        String list = list(living, "LIVING", "临时生活救助");
        Api.staff(PREPARER).post(BASE + "/lists/" + list + "/submit").then().statusCode(422).body("errors[0].field", is("lines"));
        line(list, h, 30_000, null).statusCode(200);
        Api.staff(PREPARER).post(BASE + "/lists/" + list + "/submit").then().statusCode(200);
        Api.staff(CHECKER).post(BASE + "/lists/" + list + "/approve").then().statusCode(409).contentType("application/problem+json");
        // sent back, lowered, approved
        Api.staff(PREPARER).body(Map.of("reason", "自己退回")).post(BASE + "/lists/" + list + "/reject").then().statusCode(403);
        Api.staff(CHECKER).body(Map.of("reason", "超出资金余额")).post(BASE + "/lists/" + list + "/reject").then().statusCode(200)
                .body("status", is("DRAFT")).body("rejectionReason", is("超出资金余额"));
        line(list, h, 20_000, null).statusCode(200);
        Api.staff(PREPARER).post(BASE + "/lists/" + list + "/submit").then().statusCode(200);
        Api.staff(CHECKER).post(BASE + "/lists/" + list + "/approve").then().statusCode(200);
        Api.staff(PREPARER).get(BASE + "/funds/" + living).then().body("fund.availableFen", is(0));
    }

    @Test
    void twoApprovalsOfOneListOrTwoListsOnOneFundNeverOverdrawIt() throws Exception {
        String fund = fund("MEDICAL", "DONATION");
        deposit(fund, 100_000);
        String h = Fixtures.approvedHousehold(UUID.randomUUID());
        String a = submitted(fund, "MEDICAL", "医疗救助甲", h, 70_000);
        String b = submitted(fund, "MEDICAL", "医疗救助乙", h, 70_000);
        String c = submitted(fund, "MEDICAL", "医疗救助丙", h, 20_000);

        // the same list approved twice at once (two checkers), and two lists that together exceed the fund
        List<Integer> sameList = race(List.of(
                () -> Api.staff(CHECKER).post(BASE + "/lists/" + c + "/approve").then().extract().statusCode(),
                () -> Api.staff(Demo.CHEN_GUIYANG).post(BASE + "/lists/" + c + "/approve").then().extract().statusCode()));
        assertThat(sameList).containsExactlyInAnyOrder(200, 409);
        List<Integer> twoLists = race(List.of(
                () -> Api.staff(CHECKER).post(BASE + "/lists/" + a + "/approve").then().extract().statusCode(),
                () -> Api.staff(Demo.CHEN_GUIYANG).post(BASE + "/lists/" + b + "/approve").then().extract().statusCode()));
        assertThat(twoLists).containsExactlyInAnyOrder(200, 409);

        JsonPath f = Api.staff(PREPARER).get(BASE + "/funds/" + fund).then().extract().jsonPath();
        assertThat(f.getLong("fund.committedFen")).isEqualTo(90_000);
        assertThat(f.getLong("fund.availableFen")).isEqualTo(10_000);
        String approved = Api.staff(PREPARER).get(BASE + "/lists/" + a).then().extract().<String>path("status").equals("APPROVED") ? a : b;
        race(List.of(
                () -> Api.staff(PREPARER).body(Map.of("reference", "r1", "proof", "p1")).post(BASE + "/lists/" + approved + "/pay").then().extract().statusCode(),
                () -> Api.staff(CHECKER).body(Map.of("reference", "r2", "proof", "p2")).post(BASE + "/lists/" + approved + "/pay").then().extract().statusCode()))
                .forEach(code -> assertThat(code).isIn(200, 409));
        Api.staff(PREPARER).body(Map.of("reference", "r3", "proof", "p3")).post(BASE + "/lists/" + c + "/pay").then().statusCode(200);
        Api.staff(PREPARER).get(BASE + "/funds/" + fund).then().body("fund.balanceFen", is(10_000)).body("fund.committedFen", is(0));
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
    }

    @Test
    void moneyMovesBetweenFundsOfOnePurposeAndConcurrentTransfersNeverOverdrawTheSource() throws Exception {
        // 上级下拨: 贵阳's festival fund moves money into 南明's; both in 陈(贵阳)'s subtree, only 南明's in 刘's.
        // 陈 prepares, 马 (the province, above both) approves: 一人经办、一人审批
        UUID checker = Demo.MA_PROVINCE;
        String city = Api.staff(Demo.CHEN_GUIYANG).body(Map.of("unitId", Demo.GUIYANG.toString(), "source", "OWN_BUDGET",
                "purpose", "FESTIVAL", "name", "市总两节资金 " + UUID.randomUUID())).post(BASE + "/funds").then().statusCode(201)
                .extract().path("id");
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("amountFen", 100_000, "reference", "市总预算")).post(BASE + "/funds/" + city + "/deposits")
                .then().statusCode(201);
        String district = fund("FESTIVAL", "ALLOCATED");
        String medical = fund("MEDICAL", "ALLOCATED");

        Api.staff(PREPARER).body(transfer(city, district, 10_000)).post(BASE + "/transfers").then().statusCode(404); // 贵阳's fund is above 刘
        Api.staff(Demo.CHEN_GUIYANG).body(transfer(city, medical, 10_000)).post(BASE + "/transfers").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("toFundId"));
        Api.staff(Demo.CHEN_GUIYANG).body(transfer(city, city, 10_000)).post(BASE + "/transfers").then().statusCode(422);
        Api.staff(Demo.CHEN_GUIYANG).body(transfer(city, district, 100_001)).post(BASE + "/transfers").then().statusCode(409);

        // prepared: nothing moves, the ledger has no entry yet, but the amount is held back from 可用 until it is decided;
        // the preparer may not approve (403), 刘 cannot see the city fund (404)
        JsonPath prepared = Api.staff(Demo.CHEN_GUIYANG).body(transfer(city, district, 70_000)).post(BASE + "/transfers").then()
                .statusCode(201).extract().jsonPath();
        String first = prepared.getString("transfer.id");
        assertThat(prepared.getString("transfer.status")).isEqualTo("PREPARED");
        assertThat(prepared.getString("transfer.entryId")).isNull();
        assertThat(prepared.getLong("from.balanceFen")).isEqualTo(100_000);
        assertThat(prepared.getLong("from.pendingOutFen")).isEqualTo(70_000);
        assertThat(prepared.getLong("from.availableFen")).isEqualTo(30_000);
        assertThat(prepared.getLong("to.pendingOutFen")).isZero();
        // a second transfer the source would cover only without the first is refused at once
        Api.staff(Demo.CHEN_GUIYANG).body(transfer(city, district, 60_000)).post(BASE + "/transfers").then().statusCode(409)
                .contentType("application/problem+json");
        Api.staff(Demo.CHEN_GUIYANG).post(BASE + "/transfers/" + first + "/approve").then().statusCode(403)
                .contentType("application/problem+json").body("type", is("https://weiyuan.org/problems/separation-of-duties"));
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("reason", "自己退回")).post(BASE + "/transfers/" + first + "/reject").then().statusCode(403);
        Api.staff(PREPARER).post(BASE + "/transfers/" + first + "/approve").then().statusCode(404);
        Api.staff(checker).post(BASE + "/transfers/" + UUID.randomUUID() + "/approve").then().statusCode(404);
        Api.staff(Demo.CHEN_GUIYANG).get(BASE + "/funds/" + city).then().body("fund.balanceFen", is(100_000))
                .body("fund.availableFen", is(30_000)).body("transfers.status", org.hamcrest.Matchers.everyItem(is("PREPARED")));

        // two preparations at once that together exceed what is left (30,000): one is prepared, one refused
        List<Integer> preparing = race(List.of(
                () -> Api.staff(Demo.CHEN_GUIYANG).body(Map.of("fromFundId", city, "toFundId", district, "amountFen", 20_000,
                        "reference", "下拨甲")).post(BASE + "/transfers").then().extract().statusCode(),
                () -> Api.staff(Demo.CHEN_GUIYANG).body(Map.of("fromFundId", city, "toFundId", district, "amountFen", 20_000,
                        "reference", "下拨乙")).post(BASE + "/transfers").then().extract().statusCode()));
        assertThat(preparing).containsExactlyInAnyOrder(201, 409);
        String second = Api.staff(Demo.CHEN_GUIYANG).get(BASE + "/funds/" + city).then().body("fund.pendingOutFen", is(90_000))
                .body("fund.availableFen", is(10_000)).extract().path("transfers.find { it.amountFen == 20000 }.id");

        // the same transfer approved twice at once (a double click, two tabs): it posts once
        List<Integer> codes = race(List.of(
                () -> Api.staff(checker).post(BASE + "/transfers/" + first + "/approve").then().extract().statusCode(),
                () -> Api.staff(checker).post(BASE + "/transfers/" + first + "/approve").then().extract().statusCode()));
        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        JsonPath from = Api.staff(Demo.CHEN_GUIYANG).get(BASE + "/funds/" + city).then().statusCode(200).extract().jsonPath();
        assertThat(from.getLong("fund.balanceFen")).isEqualTo(30_000);
        assertThat(from.getLong("fund.pendingOutFen")).isEqualTo(20_000);
        assertThat(from.getLong("fund.availableFen")).isEqualTo(10_000);
        assertThat(from.getString("transfers.find { it.id == '" + first + "' }.status")).isEqualTo("POSTED");
        assertThat(from.getString("transfers.find { it.id == '" + first + "' }.approvedBy")).isEqualTo(checker.toString());
        assertThat(from.getString("transfers.find { it.id == '" + first + "' }.entryId")).isNotNull();
        // approving the posted one again (a retry after a timeout) moves nothing twice
        Api.staff(checker).post(BASE + "/transfers/" + first + "/approve").then().statusCode(409)
                .contentType("application/problem+json").body("currentState", is("POSTED"));
        // the held one draws what it held: 20,000 posts although only 10,000 is free for anything new
        Api.staff(checker).post(BASE + "/transfers/" + second + "/approve").then().statusCode(200)
                .body("from.balanceFen", is(10_000)).body("from.pendingOutFen", is(0)).body("from.availableFen", is(10_000));

        // one sent back holds nothing any more and its reference is free again; a posted one's is not (a retried prepare: 409)
        String refused = Api.staff(Demo.CHEN_GUIYANG).body(transfer(city, district, 10_000)).post(BASE + "/transfers").then()
                .statusCode(201).body("from.availableFen", is(0)).extract().path("transfer.id");
        Api.staff(checker).body(Map.of("reason", "资金不足,下月再拨")).post(BASE + "/transfers/" + refused + "/reject").then()
                .statusCode(200).body("transfer.status", is("REJECTED")).body("transfer.rejectionReason", is("资金不足,下月再拨"))
                .body("from.pendingOutFen", is(0)).body("from.availableFen", is(10_000));
        Api.staff(checker).post(BASE + "/transfers/" + refused + "/approve").then().statusCode(409);
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("fromFundId", city, "toFundId", district, "amountFen", 1, "reference", "下拨 70000"))
                .post(BASE + "/transfers").then().statusCode(409).contentType("application/problem+json");
        Api.staff(Demo.CHEN_GUIYANG).body(Map.of("fromFundId", city, "toFundId", district, "amountFen", 1, "reference", "下拨 10000"))
                .post(BASE + "/transfers").then().statusCode(201).body("transfer.status", is("PREPARED"));
        Api.staff(Demo.CHEN_GUIYANG).get(BASE + "/funds/" + city).then().body("fund.balanceFen", is(10_000))
                .body("fund.availableFen", is(9_999));
        Api.staff(PREPARER).get(BASE + "/funds/" + district).then().statusCode(200)
                .body("fund.balanceFen", is(90_000)).body("transfers.find { it.id == '" + first + "' }.fromFundId", is(city));
        // the ledger balances and the union-funds invariant (ledger against deposits, payments and posted transfers) holds
        Api.admin().get("/api/v1/ledger/check").then().statusCode(200).body("balanced", is(true));
        Api.admin().post("/api/v1/admin/invariants").then().statusCode(200)
                .body("checks.find { it.check == 'union-funds' }.violations", is(0));
    }

    @Test
    void aPreparedTransferHoldsItsAmountBackFromListsAndNeitherClaimsTheSameMoneyTwice() throws Exception {
        String a = fund("LIVING", "OWN_BUDGET");
        deposit(a, 100_000);
        String b = fund("LIVING", "ALLOCATED");
        String h = Fixtures.approvedHousehold(UUID.randomUUID());
        String list = submitted(a, "LIVING", "生活救助(划转占用)", h, 50_000);
        String held = Api.staff(PREPARER).body(transfer(a, b, 60_000)).post(BASE + "/transfers").then().statusCode(201)
                .extract().path("transfer.id");
        Api.staff(CHECKER).get(BASE + "/funds").then().statusCode(200)
                .body("find { it.id == '" + a + "' }.pendingOutFen", is(60_000)).body("find { it.id == '" + a + "' }.availableFen", is(40_000));
        // next to the held transfer the list no longer fits
        Api.staff(CHECKER).post(BASE + "/lists/" + list + "/approve").then().statusCode(409).contentType("application/problem+json");
        // sent back, the transfer holds nothing: the list would fit again
        Api.staff(CHECKER).body(Map.of("reason", "改用下月预算")).post(BASE + "/transfers/" + held + "/reject").then().statusCode(200);
        Api.staff(PREPARER).get(BASE + "/funds/" + a).then().body("fund.pendingOutFen", is(0)).body("fund.availableFen", is(100_000));

        // a list approval and a transfer preparation at once, together more than the fund holds: exactly one gets the money
        List<Integer> codes = race(List.of(
                () -> Api.staff(CHECKER).post(BASE + "/lists/" + list + "/approve").then().extract().statusCode(),
                () -> Api.staff(PREPARER).body(transfer(a, b, 60_001)).post(BASE + "/transfers").then().extract().statusCode()));
        assertThat(codes).containsOnlyOnce(409).containsAnyOf(200, 201);
        JsonPath f = Api.staff(PREPARER).get(BASE + "/funds/" + a).then().statusCode(200).extract().jsonPath();
        assertThat(f.getLong("fund.balanceFen")).isEqualTo(100_000);
        assertThat(f.getLong("fund.committedFen") + f.getLong("fund.pendingOutFen")).isEqualTo(codes.get(0) == 200 ? 50_000 : 60_001);
        assertThat(f.getLong("fund.availableFen")).isEqualTo(100_000 - (codes.get(0) == 200 ? 50_000 : 60_001));
    }

    private static Map<String, Object> transfer(String from, String to, long fen) {
        return Map.of("fromFundId", from, "toFundId", to, "amountFen", fen, "reference", "下拨 " + fen);
    }

    @Test
    void aPreparedTransferTellsOnlyTheStaffWhoMayApproveItAndWaitsInTheirQueue() {
        // a subtree of its own: X (two staff) above D1 (staff a) and D2 (staff b); 陈 of 贵阳 sits above X
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID x = unit(Demo.GUIYANG, "DISTRICT", "划转测试区" + tag);
        UUID d1 = unit(x, "GRASSROOTS", "划转测试甲" + tag);
        UUID d2 = unit(x, "GRASSROOTS", "划转测试乙" + tag);
        UUID maker = assign(x, "划转经办");
        UUID checker = assign(x, "划转审批");
        UUID a = assign(d1, "甲单位干部");
        UUID b = assign(d2, "乙单位干部");
        String f1 = fundOf(maker, d1, 50_000);
        String f2 = fundOf(maker, d2, 0);
        String f1b = fundOf(a, d1, 0);

        // D1 → D2: only X holds both, so X's other staff member is told; not the maker, not D1's or D2's staff, not 陈 above
        String across = Api.staff(maker).body(transfer(f1, f2, 20_000)).post(BASE + "/transfers").then().statusCode(201)
                .extract().path("transfer.id");
        String link = "weiyuan://union-aid/transfers/" + across;
        assertThat(notices(checker, "staff", link)).containsExactly("UNION_AID_TRANSFER_QUEUED");
        for (UUID none : List.of(maker, a, b, Demo.CHEN_GUIYANG)) {
            assertThat(notices(none, "staff", link)).as("inbox of %s", none).isEmpty();
        }
        // within D1, prepared by D1's only staff member: the nearest others able to approve are X's two
        String within = Api.staff(a).body(transfer(f1, f1b, 10_000)).post(BASE + "/transfers").then().statusCode(201)
                .extract().path("transfer.id");
        String withinLink = "weiyuan://union-aid/transfers/" + within;
        assertThat(notices(maker, "staff", withinLink)).containsExactly("UNION_AID_TRANSFER_QUEUED");
        assertThat(notices(checker, "staff", withinLink)).containsExactly("UNION_AID_TRANSFER_QUEUED");
        for (UUID none : List.of(a, b, Demo.CHEN_GUIYANG)) {
            assertThat(notices(none, "staff", withinLink)).as("inbox of %s", none).isEmpty();
        }
        Api.staff(checker).get("/api/v1/inbox?limit=100").then().body("items.find { it.deepLink == '" + link + "' }.body",
                org.hamcrest.Matchers.containsString("200.00"));

        // the work queue: what the caller's subtree holds both funds of, the caller's own marked mine; b sees neither
        assertThat(pendingIds(checker, false)).contains(across, within);
        assertThat(pendingIds(maker, true)).containsExactly(across);
        assertThat(pendingIds(a, true)).containsExactly(within);
        assertThat(pendingIds(a, false)).doesNotContain(across);
        assertThat(pendingIds(b, false)).doesNotContain(across, within);
        Api.staff(checker).get(BASE + "/transfers/pending").then().statusCode(200)
                .body("find { it.transfer.id == '" + across + "' }.fromFundName", org.hamcrest.Matchers.startsWith("划转测试资金"));
        // decided, it leaves the queue
        Api.staff(checker).post(BASE + "/transfers/" + across + "/approve").then().statusCode(200);
        assertThat(pendingIds(checker, false)).doesNotContain(across).contains(within);
        Api.worker(UUID.randomUUID()).get(BASE + "/transfers/pending").then().statusCode(403);
    }

    @Test
    void transfersAndListsWaitInTheQueueOfEveryoneWhoMayDecideThemButNeverTheirPreparers() {
        String fund = fund("FESTIVAL", "OWN_BUDGET");
        deposit(fund, 100_000);
        String target = fund("FESTIVAL", "ALLOCATED");
        String h = Fixtures.approvedHousehold(UUID.randomUUID());
        String list = submitted(fund, "FESTIVAL", "春节送温暖(待我处理)", h, 30_000);
        String draft = list(fund, "FESTIVAL", "元旦送温暖(编制中)");
        String mine = Api.staff(PREPARER).body(transfer(fund, target, 20_000)).post(BASE + "/transfers").then().statusCode(201)
                .extract().path("transfer.id");
        String theirs = Api.staff(CHECKER).body(transfer(fund, target, 10_000)).post(BASE + "/transfers").then().statusCode(201)
                .extract().path("transfer.id");

        // 周 may decide 刘's list and transfer, not the transfer 周 prepared; a draft waits for nobody
        JsonPath zhou = Api.staff(CHECKER).get(BASE + "/awaiting-approval").then().statusCode(200).extract().jsonPath();
        List<String> zhouIds = zhou.getList("id");
        assertThat(zhouIds).contains(list, mine).doesNotContain(theirs, draft);
        assertThat(zhou.getString("find { it.id == '" + list + "' }.kind")).isEqualTo("AID_LIST");
        assertThat(zhou.getString("find { it.id == '" + list + "' }.title")).isEqualTo("春节送温暖(待我处理)");
        assertThat(zhou.getString("find { it.id == '" + list + "' }.purpose")).isEqualTo("FESTIVAL");
        assertThat(zhou.getLong("find { it.id == '" + list + "' }.amountFen")).isEqualTo(30_000);
        assertThat(zhou.getString("find { it.id == '" + list + "' }.preparedBy")).isEqualTo(PREPARER.toString());
        assertThat(zhou.getString("find { it.id == '" + list + "' }.fundName")).startsWith("测试资金");
        assertThat(zhou.getString("find { it.id == '" + list + "' }.toFundName")).isNull();
        assertThat(zhou.getString("find { it.id == '" + mine + "' }.kind")).isEqualTo("FUND_TRANSFER");
        assertThat(zhou.getString("find { it.id == '" + mine + "' }.title")).isEqualTo("下拨 20000");
        assertThat(zhou.getString("find { it.id == '" + mine + "' }.toFundName")).startsWith("测试资金");
        List<String> since = zhou.getList("since");
        assertThat(since).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));
        // 刘 sees the other way round; 云岩's staff see neither; workers may not ask
        List<String> liu = Api.staff(PREPARER).get(BASE + "/awaiting-approval").then().statusCode(200).extract().path("id");
        assertThat(liu).contains(theirs).doesNotContain(list, mine, draft);
        List<String> sun = Api.staff(Demo.SUN_YUNYAN).get(BASE + "/awaiting-approval").then().statusCode(200).extract().path("id");
        assertThat(sun).doesNotContain(list, mine, theirs);
        Api.worker(UUID.randomUUID()).get(BASE + "/awaiting-approval").then().statusCode(403);
        // decided, they leave the queue
        Api.staff(CHECKER).post(BASE + "/lists/" + list + "/approve").then().statusCode(200);
        Api.staff(CHECKER).body(Map.of("reason", "重复划拨")).post(BASE + "/transfers/" + mine + "/reject").then().statusCode(200);
        List<String> after = Api.staff(CHECKER).get(BASE + "/awaiting-approval").then().statusCode(200).extract().path("id");
        assertThat(after).doesNotContain(list, mine);
    }

    /** Ids of the caller's pending transfers that are (or are not) {@code mine}. */
    private static List<String> pendingIds(UUID staff, boolean mine) {
        List<Map<String, Object>> rows = Api.staff(staff).get(BASE + "/transfers/pending").then().statusCode(200).extract().path("$");
        return rows.stream().filter(r -> Boolean.valueOf(mine).equals(r.get("mine")))
                .map(r -> (String) ((Map<?, ?>) r.get("transfer")).get("id")).toList();
    }

    private static UUID unit(UUID parent, String level, String name) {
        return UUID.fromString(Api.admin().body(Map.of("parentId", parent.toString(), "level", level, "name", name))
                .post("/api/v1/units").then().statusCode(201).extract().path("id"));
    }

    private static UUID assign(UUID unit, String name) {
        UUID subject = UUID.randomUUID();
        Api.admin().body(Map.of("unitId", unit.toString(), "displayName", name)).put("/api/v1/staff/" + subject).then().statusCode(200);
        return subject;
    }

    private static String fundOf(UUID staff, UUID unit, long fen) {
        String id = Api.staff(staff).body(Map.of("unitId", unit.toString(), "source", "ALLOCATED", "purpose", "FESTIVAL",
                "name", "划转测试资金 " + UUID.randomUUID())).post(BASE + "/funds").then().statusCode(201).extract().path("id");
        if (fen > 0) {
            Api.staff(staff).body(Map.of("amountFen", fen, "reference", "入账 " + fen)).post(BASE + "/funds/" + id + "/deposits")
                    .then().statusCode(201);
        }
        return id;
    }

    @Test
    void aHelpPlansMeasureIsCompletedByTheUnionPayment() {
        UUID worker = UUID.randomUUID();
        String h = Fixtures.approvedHousehold(worker); // the home visit recommended LIVING_AID and MEDICAL_AID
        JsonPath plan = Api.staff(PREPARER).body(Map.of("goals", "渡过年关")).post("/api/v1/followup/households/" + h + "/plan")
                .then().statusCode(201).extract().jsonPath();
        String measure = plan.getString("measures.find { it.kind == 'LIVING_AID' }.id");
        String fund = fund("LIVING", "OWN_BUDGET");
        deposit(fund, 100_000);
        String list = list(fund, "LIVING", "生活救助(计划措施)");
        String lineId = line(list, h, 60_000, null).statusCode(200).extract().path("lines[0].id");
        // a line of another household cannot carry this household's measure
        String other = Fixtures.approvedHousehold(UUID.randomUUID());
        String foreign = line(list, other, 10_000, null).statusCode(200).extract()
                .path("lines.find { it.householdId == '" + other + "' }.id");
        String mLink = "/api/v1/followup/households/" + h + "/plan/measures/" + measure + "/link";
        Api.staff(PREPARER).body(Map.of("kind", "UNION_AID", "id", foreign)).post(mLink).then().statusCode(422);
        Api.staff(PREPARER).body(Map.of("kind", "UNION_AID", "id", lineId)).post(mLink).then().statusCode(200);
        Api.staff(PREPARER).post(BASE + "/lists/" + list + "/submit").then().statusCode(200);
        Api.staff(CHECKER).post(BASE + "/lists/" + list + "/approve").then().statusCode(200);
        String status = "measures.find { it.id == '" + measure + "' }.status";
        Api.staff(PREPARER).get("/api/v1/followup/households/" + h + "/plan").then().body(status, is("IN_PROGRESS"));
        Api.staff(CHECKER).body(Map.of("reference", "现金发放", "proof", "签收单")).post(BASE + "/lists/" + list + "/pay").then().statusCode(200);
        Api.staff(PREPARER).get("/api/v1/followup/households/" + h + "/plan").then().body(status, is("DONE"))
                .body("measures.find { it.id == '" + measure + "' }.result", is("工会帮扶资金已发放 The union aid was paid"));
    }

    // ---- helpers

    private static String fund(String purpose, String source) {
        return Api.staff(PREPARER).body(Map.of("unitId", Demo.NANMING.toString(), "source", source, "purpose", purpose,
                        "name", "测试资金 " + UUID.randomUUID())).post(BASE + "/funds").then().statusCode(201)
                .body("balanceFen", is(0)).extract().path("id");
    }

    private static void deposit(String fund, long fen) {
        Api.staff(PREPARER).body(Map.of("amountFen", fen, "reference", "入账 " + fen)).post(BASE + "/funds/" + fund + "/deposits")
                .then().statusCode(201);
    }

    private static String list(String fund, String purpose, String title) {
        return Api.staff(PREPARER).body(Map.of("fundId", fund, "purpose", purpose, "title", title)).post(BASE + "/lists")
                .then().statusCode(201).body("status", is("DRAFT")).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse line(String list, String household, long fen, String goods) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("amountFen", fen));
        if (goods != null) {
            body.put("goods", goods);
        }
        return Api.staff(PREPARER).body(body).put(BASE + "/lists/" + list + "/lines/" + household).then();
    }

    private static String submitted(String fund, String purpose, String title, String household, long fen) {
        String list = list(fund, purpose, title);
        line(list, household, fen, null).statusCode(200);
        Api.staff(PREPARER).post(BASE + "/lists/" + list + "/submit").then().statusCode(200);
        return list;
    }

    /** Runs the calls at once (released together) and returns their status codes. */
    private static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : futures) {
            codes.add(f.get());
        }
        pool.shutdown();
        return codes;
    }

    private static List<String> notices(UUID user, String role, String deepLink) {
        List<Map<String, String>> items = Api.as(user, role).get("/api/v1/inbox?limit=100").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(i -> deepLink.equals(i.get("deepLink"))).map(i -> i.get("kind")).toList();
    }
}
