package org.weiyuan.app.core;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The typed answers the screens read ({@link Responses}): absent and null read the same for what may
 * be missing, and an answer without what a screen cannot do without is an unreadable answer (an
 * IOException the screens show as a network error), never a blank field or a crash later.
 */
class ResponsesTest {

    private final MockWebServer server = new MockWebServer();
    private ApiClient api;

    @BeforeEach
    void start() throws IOException {
        server.start();
        api = new ApiClient(server.url("/").toString(), null, "zh-CN");
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private void answer(String json) {
        server.enqueue(new MockResponse().setBody(json).setHeader("Content-Type", "application/json"));
    }

    @Test
    void aRefusedWishCarriesItsReasonAndItsOpenQuestions() throws Exception {
        answer("{\"id\":\"w1\",\"kind\":\"CASH\",\"title\":\"交房租\",\"status\":\"NEEDS_INFO\",\"targetFen\":80000,\"pledgedFen\":0,"
                + "\"rejectionReason\":null,\"questions\":[{\"id\":\"q1\",\"question\":\"租房合同？\",\"answer\":\"已上传\"},"
                + "{\"id\":\"q2\",\"question\":\"房东电话？\"}]}");
        Responses.WishView wish = api.myWish("w1");
        assertThat(wish.rejectionReason).isNull();
        assertThat(wish.questions).extracting(q -> q.open()).containsExactly(false, true);
        assertThat(wish.questions.get(1).text).isEqualTo("房东电话？");

        answer("[{\"id\":\"w2\",\"kind\":\"CASH\",\"title\":\"交学费\",\"status\":\"REJECTED\",\"targetFen\":50000,"
                + "\"rejectionReason\":\"请先申请临时救助\"}]");
        Responses.WishView refused = api.myWishes().get(0);
        assertThat(refused.rejectionReason).isEqualTo("请先申请临时救助");
        assertThat(refused.questions).isEmpty();
        assertThat(refused.pledgedFen).isZero();
    }

    @Test
    void aNoticeIsReadOnceItHasAReadTimeAndItsLinkMayBeAbsent() throws Exception {
        answer("{\"items\":[{\"id\":\"n1\",\"title\":\"工会有问题要问您\",\"body\":\"请补充\",\"deepLink\":\"weiyuan://wishes/w1\",\"readAt\":null},"
                + "{\"id\":\"n2\",\"title\":\"已到账\",\"readAt\":\"2026-11-30T08:00:00Z\"}]}");
        assertThat(api.inbox()).satisfiesExactly(
                n -> {
                    assertThat(n.read).isFalse();
                    assertThat(n.deepLink).isEqualTo("weiyuan://wishes/w1");
                },
                n -> {
                    assertThat(n.read).isTrue();
                    assertThat(n.deepLink).isNull();
                    assertThat(n.body).isEmpty();
                });
    }

    @Test
    void theDonationsListNamesWishesWhereTheServerDoes() throws Exception {
        answer("[{\"id\":\"p1\",\"wishId\":\"w1\",\"wishTitle\":\"冬天的棉被\",\"amountFen\":10000,\"status\":\"PAID\",\"createdAt\":\"2026-11-30T08:00:00Z\"},"
                + "{\"id\":\"p2\",\"wishId\":\"w2\",\"amountFen\":5000,\"status\":\"HELD\",\"payment\":{\"reference\":\"sb-2\"}}]");
        assertThat(api.myDonations()).satisfiesExactly(
                p -> {
                    assertThat(p.wishTitle).isEqualTo("冬天的棉被");
                    assertThat(p.paymentReference).isNull();
                },
                p -> {
                    assertThat(p.wishTitle).isNull();
                    assertThat(p.paymentReference).isEqualTo("sb-2");
                });
    }

    @Test
    void aPendingDisbursementIsReadFromItsNestedRecord() throws Exception {
        answer("[{\"disbursement\":{\"id\":\"d1\",\"amountFen\":159900,\"reference\":\"GY-1\"},\"wishTitle\":\"一台电脑\",\"mine\":true}]");
        Responses.PendingDisbursement d = api.pendingDisbursements().get(0);
        assertThat(d.id).isEqualTo("d1");
        assertThat(d.amountFen).isEqualTo(159_900);
        assertThat(d.mine).isTrue();
    }

    @Test
    void onlyAScholarshipCampaignRunningTodayIsOpen() throws Exception {
        answer("[{\"id\":\"c0\",\"kind\":\"FESTIVAL\",\"name\":\"两节送温暖\",\"startsOn\":\"2026-11-01\",\"endsOn\":\"2027-02-28\"},"
                + "{\"id\":\"c1\",\"kind\":\"SCHOLARSHIP\",\"name\":\"金秋助学\",\"startsOn\":\"2026-12-02\",\"endsOn\":\"2027-03-01\"},"
                + "{\"id\":\"c2\",\"kind\":\"SCHOLARSHIP\",\"name\":\"金秋助学\",\"startsOn\":\"2026-11-01\",\"endsOn\":\"2026-12-01\"}]");
        assertThat(api.openScholarshipCampaign("2026-12-01").id).isEqualTo("c2");
        answer("[{\"id\":\"c2\",\"kind\":\"SCHOLARSHIP\",\"name\":\"金秋助学\",\"startsOn\":\"2026-11-01\",\"endsOn\":\"2026-12-01\"}]");
        assertThat(api.openScholarshipCampaign("2026-12-01").admissionLevels).as("none stated: every level").isEmpty();
        answer("[{\"id\":\"c3\",\"kind\":\"SCHOLARSHIP\",\"name\":\"金秋助学\",\"startsOn\":\"2026-11-01\",\"endsOn\":\"2026-12-01\","
                + "\"admissionLevels\":[\"UNDERGRADUATE\"]}]");
        assertThat(api.openScholarshipCampaign("2026-12-01").admissionLevels).containsExactly("UNDERGRADUATE");
        answer("[{\"id\":\"c2\",\"kind\":\"SCHOLARSHIP\",\"name\":\"金秋助学\",\"startsOn\":\"2026-11-01\",\"endsOn\":\"2026-12-01\"}]");
        assertThat(api.openScholarshipCampaign("2026-12-02")).isNull();
    }

    @Test
    void aReportWithoutThanksAndAnOfferAndADistrictAreRead() throws Exception {
        answer("{\"status\":\"FUNDED\",\"donatedFen\":70000,\"matchedFen\":0,\"disbursedFen\":0,\"returnedFen\":0}");
        Responses.FundingReport report = api.wishReport("w1");
        assertThat(report.thankYou).isNull();
        assertThat(report.donatedFen).isEqualTo(70_000);

        answer("[{\"id\":\"o1\",\"title\":\"法律咨询\",\"category\":\"LEGAL_AID\",\"district\":\"南明区\",\"placesLeft\":3}]");
        assertThat(api.serviceMenu().get(0).placesLeft).isEqualTo(3);

        answer("[{\"district\":\"南明区\",\"wishes\":4}]");
        assertThat(api.feedDistricts().get(0).name).isEqualTo("南明区");
    }

    @Test
    void anAnswerWithoutWhatTheScreenNeedsIsUnreadableNotBlank() {
        answer("{\"id\":\"f1\",\"questions\":[]}"); // a household file without its status
        assertThatThrownBy(() -> api.myHousehold()).isInstanceOf(IOException.class).hasMessageContaining("Unreadable");
        answer("[{\"id\":\"p1\",\"status\":\"PAID\"}]"); // a pledge without its amount
        assertThatThrownBy(() -> api.myDonations()).isInstanceOf(IOException.class);
    }

    @Test
    void theWorkersOwnAnswersAreReadByTheSameClassesAsEveryoneElses() throws Exception {
        // the worker's own file: a member as staff's file has it, a question asking for a document
        answer("{\"id\":\"f1\",\"status\":\"NEEDS_INFO\",\"members\":[{\"relation\":\"SELF\",\"name\":\"李强\",\"birthYear\":1978,"
                + "\"schooling\":\"GRADUATED\"}],\"questions\":[{\"id\":\"q1\",\"question\":\"请拍一张收入证明\",\"documentKind\":\"INCOME_PROOF\"},"
                + "{\"id\":\"q2\",\"question\":\"家里几口人？\",\"answer\":\"三口\",\"documentKind\":null}]}");
        Responses.Household file = api.myHousehold();
        assertThat(file.members.get(0).schooling).isEqualTo("GRADUATED");
        assertThat(file.documentKinds).containsExactly(java.util.Map.entry("q1", "INCOME_PROOF"));
        assertThat(file.questions.get(0).documentKind).isEqualTo("INCOME_PROOF");

        // a scholarship request is a WishView: the list, then each in full with its letter and questions
        answer("[{\"id\":\"s1\",\"kind\":\"SCHOLARSHIP\",\"title\":\"金秋助学：贵州大学\",\"status\":\"NEEDS_INFO\",\"targetFen\":500000},"
                + "{\"id\":\"w1\",\"kind\":\"GOODS\",\"title\":\"棉被\",\"status\":\"PUBLISHED\",\"targetFen\":30000}]");
        answer("{\"id\":\"s1\",\"kind\":\"SCHOLARSHIP\",\"title\":\"金秋助学：贵州大学\",\"status\":\"NEEDS_INFO\",\"targetFen\":500000,"
                + "\"paidFen\":100000,\"schoolName\":\"贵州大学\",\"photos\":[{\"kind\":\"ADMISSION_LETTER\"}],"
                + "\"questions\":[{\"id\":\"q3\",\"question\":\"学费多少？\"}]}");
        java.util.List<Responses.WishView> scholarships = api.myScholarships();
        assertThat(scholarships).hasSize(1);
        assertThat(scholarships.get(0).hasAdmissionLetter).isTrue();
        assertThat(scholarships.get(0).openQuestions()).isEqualTo(1);
        assertThat(scholarships.get(0).paidFen).isEqualTo(100_000);

        // a document sent as an answer is a Document, naming its question
        answer("{\"id\":\"d1\",\"kind\":\"INCOME_PROOF\",\"questionId\":\"q1\",\"contentType\":\"image/jpeg\"}");
        Responses.Document sent = api.answerWithDocument("f1", "q1", new byte[] {1}, "image/jpeg");
        assertThat(sent.questionId).isEqualTo("q1");
        assertThat(sent.image()).isTrue();

        answer("{\"id\":\"f1\",\"status\":\"DRAFT\",\"members\":[{\"name\":\"李强\"}]}"); // a member without the relation
        assertThatThrownBy(() -> api.myHousehold()).isInstanceOf(IOException.class).hasMessageContaining("Unreadable");
    }

    @Test
    void nestedObjectsAndListsAreReadByTheSameHelperAndAPageWithoutItsItemsIsUnreadable() throws Exception {
        answer("[{\"plan\":{\"id\":\"p1\",\"name\":\"互助计划\",\"planYear\":2026},\"member\":{\"tier\":\"HARDSHIP\",\"coverageFrom\":null},"
                + "\"claims\":[{\"id\":\"k1\",\"kind\":\"INPATIENT\",\"status\":\"SUBMITTED\",\"totalFen\":1200000,\"computedFen\":350000,"
                + "\"explanation\":[{\"zh\":\"互助金支付 3,500.00 元\",\"en\":\"paid 3,500.00 yuan\",\"fen\":350000}],\"documents\":[{},{}]}]}]");
        Responses.Membership m = api.myMutualAid().get(0);
        assertThat(m.planName).isEqualTo("互助计划");
        assertThat(m.coverageFrom).isNull();
        Responses.Claim c = m.claims.get(0);
        assertThat(c.documents).isEqualTo(2);
        assertThat(c.explanation.get(0).fen).isEqualTo(350_000);
        assertThatThrownBy(() -> c.explanation.add(c.explanation.get(0))).as("typed answers are immutable")
                .isInstanceOf(UnsupportedOperationException.class);

        answer("[{\"member\":{\"tier\":\"HARDSHIP\"},\"claims\":[]}]"); // a membership without its plan
        assertThatThrownBy(() -> api.myMutualAid()).isInstanceOf(IOException.class).hasMessageContaining("Unreadable");
        answer("{\"nextCursor\":null}"); // an inbox page without its items
        assertThatThrownBy(() -> api.inbox()).isInstanceOf(IOException.class).hasMessageContaining("Unreadable");
    }
}
