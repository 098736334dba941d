package org.weiyuan.platform;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.json.JSONArray;
import org.json.JSONObject;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.FeedQuery;
import org.weiyuan.app.core.FileSummary;
import org.weiyuan.app.core.JobMatch;
import org.weiyuan.app.core.KeycloakLogout;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.ScholarshipRequest;
import org.weiyuan.app.core.WishCard;
import org.weiyuan.app.core.WishDraft;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Android app's own API client ({@code android-app/src/main/java/org/weiyuan/app/core}: {@link ApiClient},
 * {@link Action}, {@link WishDraft}, {@link KeycloakLogout}) against the real platform: the backend on
 * PostgreSQL with the demo data, tokens from the real Keycloak. Every call the app makes is made here as
 * the app makes it, and what the app reads from the answer is read the same way ({@code WishCard},
 * {@code FileSummary}, {@code JobMatch} parse the real JSON), so a backend change the app has not followed
 * fails here, not on a phone. The scripted servers of the screen tests are checked against the OpenAPI
 * document instead (android-app {@code ui/Contract}); this checks behaviour.
 *
 * <p>The demo worker 田秀梅 (tian.xiumei, 南明区), seeded for these journeys alone, posts wishes (a household may
 * hold three open wishes, and the demo's other workers are near that); 王芳 (wang.fang) uses the other worker
 * screens; 周华 and 刘洋 (南明区) vet and hand over; 赵敏 gives; 何平 (遵义市) and 马琳 (the province) work on the
 * 遵义 file. Each wish journey leaves none of 田秀梅's wishes open, so they run in any order.
 */
final class AppClientJourneys {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The demo worker the wish journeys post as (seeds/households.json: 田秀梅), free of the demo's own wishes. */
    static final String POSTING_WORKER = "tian.xiumei";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final String backendUrl;
    private final String issuer;
    private final java.util.Map<String, SignedIn> rawTokens = new java.util.HashMap<>();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();

    AppClientJourneys(String backendUrl, String issuer) {
        this.backendUrl = backendUrl;
        this.issuer = issuer;
    }

    /** Tokens as the app holds them: signed in through Keycloak (PKCE), signed in again when asked to refresh. */
    final class SignedIn implements ApiClient.Tokens {
        final String username;
        String token;
        int refreshes;

        SignedIn(String username, String firstToken) {
            this.username = username;
            this.token = firstToken;
        }

        @Override
        public String accessToken() {
            if (token == null) {
                token = login();
            }
            return token;
        }

        @Override
        public String refresh() {
            refreshes++;
            token = login();
            return token;
        }

        private String login() {
            try {
                return KeycloakLogin.accessToken(issuer, username, "weiyuan123");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The app signed in as this user (one sign-in per user and journey: each is a Keycloak login form). */
    ApiClient app(String username) {
        return new ApiClient(backendUrl, signedIn(username), "zh-CN", http);
    }

    private SignedIn signedIn(String username) {
        return rawTokens.computeIfAbsent(username, u -> new SignedIn(u, null));
    }

    // ---- the worker posts every kind of wish ------------------------------------------------

    /**
     * A goods wish without items is refused with the field named (the old form's mistake: the app's
     * own check of a draft says the same as the server); cash, service, festival aid and a scholarship
     * with its admission letter are posted as the app posts them and each is withdrawn again, one
     * refused in vetting with the reason the worker then reads.
     */
    void workerPostsEveryKindOfWish() throws Exception {
        ApiClient worker = app(POSTING_WORKER);
        ApiClient staff = app("zhou.hua");
        Responses.Household file = worker.myHousehold();
        assertThat(file).isNotNull();
        assertThat(file.status).isEqualTo("APPROVED");

        // the form of old: a goods wish with an amount and no items
        WishDraft noItems = WishDraft.goods("给孩子买冬衣", "孩子的棉衣小了。", List.of(), deadline(30));
        assertThat(noItems.problem()).isEqualTo(WishDraft.Problem.NO_ITEMS);
        ApiException refused = catchThrowableOfType(ApiException.class, () -> worker.createWish(noItems));
        assertThat(refused.status).isEqualTo(422);
        assertThat(refused.fields).containsKey("items");
        assertThat(refused.detail).isNotBlank();

        // cash: posted, sent for vetting, refused by staff with a reason the worker reads in the app
        String cash = worker.createWish(WishDraft.withTarget(WishDraft.Kind.CASH, "交房租", "这个月房租还差一些。", 80_000, deadline(20)));
        worker.submitWish(cash);
        assertThat(ids(staff.wishesToVet())).contains(cash);
        staff.send(Action.rejectWish(cash, "请先申请临时救助"));
        Responses.WishView rejected = worker.myWish(cash);
        assertThat(rejected.status).isEqualTo("REJECTED");
        assertThat(rejected.rejectionReason).isEqualTo("请先申请临时救助");

        // service: a draft, withdrawn at once
        String service = worker.createWish(WishDraft.withTarget(WishDraft.Kind.SERVICE, "请人修理漏水的屋顶", "下雨天屋里漏水。", 60_000, deadline(30)));
        assertThat(worker.myWish(service).status).isEqualTo("DRAFT");
        worker.send(Action.withdrawWish(service));
        assertThat(worker.myWish(service).status).isEqualTo("WITHDRAWN");

        // festival aid: in vetting, withdrawn; the withdrawal sent again (a lost answer) changes nothing
        String festival = worker.createWish(WishDraft.withTarget(WishDraft.Kind.FESTIVAL_AID, "过年的米面油", "想让家里过个暖和年。", 50_000, deadline(40)));
        worker.submitWish(festival);
        Action withdraw = Action.withdrawWish(festival);
        worker.send(withdraw);
        replay(worker, withdraw);
        assertThat(worker.myWish(festival).status).isEqualTo("WITHDRAWN");

        // scholarship (金秋助学): the open campaign states the levels it funds (本科, 专科); the form of old
        // sent none and is refused naming the field, as is a level it does not fund; the app says both first
        String today = LocalDate.now(CHINA).toString();
        Responses.Campaign campaign = worker.openScholarshipCampaign(today);
        assertThat(campaign).as("the demo's 金秋助学 campaign").isNotNull();
        assertThat(campaign.admissionLevels).containsExactlyInAnyOrder("UNDERGRADUATE", "JUNIOR_COLLEGE");
        int year = LocalDate.now(CHINA).getYear();
        ScholarshipRequest noLevel = new ScholarshipRequest("考上贵州大学的学费", "女儿今年考上大学,家里凑不齐学费。", campaign.id,
                "贵州大学", year, null, campaign.endsOn);
        assertThat(noLevel.problem(campaign.admissionLevels)).isEqualTo(ScholarshipRequest.Problem.NO_LEVEL);
        ApiException withoutLevel = catchThrowableOfType(ApiException.class, () -> worker.createScholarship(noLevel));
        assertThat(withoutLevel.status).isEqualTo(422);
        assertThat(withoutLevel.fields).containsKey("admission.level");
        ScholarshipRequest postgraduate = new ScholarshipRequest(noLevel.title, noLevel.story, campaign.id, "贵州大学", year,
                ScholarshipRequest.Level.POSTGRADUATE, campaign.endsOn);
        assertThat(postgraduate.problem(campaign.admissionLevels)).isEqualTo(ScholarshipRequest.Problem.LEVEL_NOT_FUNDED);
        ApiException notFunded = catchThrowableOfType(ApiException.class, () -> worker.createScholarship(postgraduate));
        assertThat(notFunded.status).isEqualTo(422);
        assertThat(notFunded.fields).containsKey("admission.level");
        // as the form sends it: 本科, with the admission letter; in vetting, then withdrawn
        ScholarshipRequest undergraduate = new ScholarshipRequest(noLevel.title, noLevel.story, campaign.id, "贵州大学", year,
                ScholarshipRequest.Level.UNDERGRADUATE, campaign.endsOn);
        assertThat(undergraduate.problem(campaign.admissionLevels)).isNull();
        String scholarship = worker.createScholarship(undergraduate);
        worker.uploadAdmissionLetter(scholarship, jpeg(new Color(240, 240, 230)));
        worker.submitWish(scholarship);
        Responses.WishView asked = worker.myWish(scholarship);
        assertThat(asked.status).isEqualTo("SUBMITTED");
        assertThat(asked.targetFen).as("the campaign's amount").isPositive();
        worker.send(Action.withdrawWish(scholarship));
        assertThat(worker.myWish(scholarship).status).isEqualTo("WITHDRAWN");

        List<String> mine = new ArrayList<>();
        worker.myWishes().forEach(w -> mine.add(w.id));
        assertThat(mine).contains(cash, service, festival, scholarship);
    }

    // ---- a goods wish from its items to the thank-you ---------------------------------------

    /**
     * The worker posts a goods wish item by item with a photo; staff ask, the worker answers, staff
     * publish (the replayed action is silent); a donor finds it on the feed and in full, pledges it
     * whole (a retry with the same key is the same pledge), pays in the sandbox, sees it paid, gets the
     * receipt; staff hand the goods over (above the limit: a second staff member approves, not the one
     * who recorded it); the worker says it arrived with a thank-you, and the donor sees where the money went.
     */
    void goodsWishFromItemsToThankYou() throws Exception {
        ApiClient worker = app(POSTING_WORKER);
        ApiClient vetting = app("zhou.hua");
        ApiClient recorder = app("liu.yang");
        ApiClient donor = app("zhao.min");

        WishDraft draft = WishDraft.goods("给女儿买一台学习用的电脑", "女儿上高中了,网课和作业都要用电脑。",
                List.of(new WishDraft.Item("笔记本电脑", 1, 150_000), new WishDraft.Item("电脑包", 1, 9_900)), deadline(45));
        assertThat(draft.problem()).isNull();
        String id = worker.createWish(draft);
        worker.uploadPhoto(id, jpeg(new Color(200, 60, 40)));
        worker.submitWish(id);
        Responses.WishView submitted = worker.myWish(id);
        assertThat(submitted.status).isEqualTo("SUBMITTED");
        assertThat(submitted.targetFen).as("the items' sum, as WishDraft shows it").isEqualTo(draft.totalFen());

        // staff ask; the worker answers in the app
        assertThat(vetting.wishesToVet()).anySatisfy(w -> {
            assertThat(w.id).isEqualTo(id);
            assertThat(w.district).isNotBlank();
        });
        vetting.send(Action.askAboutWish(id, "电脑的型号和报价单能补充一下吗?"));
        Responses.WishView asked = worker.myWish(id);
        assertThat(asked.status).isEqualTo("NEEDS_INFO");
        Responses.Question question = asked.questions.stream().filter(Responses.Question::open).findFirst().orElseThrow();
        assertThat(question.text).isEqualTo("电脑的型号和报价单能补充一下吗?");
        worker.send(Action.answerAboutWish(id, question.id, "型号是入门级轻薄本,报价单在照片里。"));
        assertThat(worker.myWish(id).status).isEqualTo("SUBMITTED");

        // staff clear the photo for donors (console work, not the app's) and publish in the app; a replay is silent
        String photoId = new JSONObject(raw("zhou.hua", "GET", "/api/v1/wishes/" + id, null)).getJSONArray("photos").getJSONObject(0).getString("id");
        raw("zhou.hua", "POST", "/api/v1/wishes/" + id + "/photos/" + photoId + "/clear", null);
        Action publish = Action.publishWish(id);
        vetting.send(publish);
        replay(vetting, publish);
        assertThat(worker.myWish(id).status).isEqualTo("PUBLISHED");

        // the donor finds it on the feed (every page), in the district list, and in full with items and photo
        WishCard card = findOnFeed(donor, id);
        assertThat(card.targetFen).isEqualTo(draft.totalFen());
        assertThat(card.remainingFen).isEqualTo(draft.totalFen());
        assertThat(donor.feedDistricts()).anySatisfy(d -> {
            assertThat(d.name).isEqualTo(card.district);
            assertThat(d.wishes).isPositive();
        });
        assertThat(donor.forYou()).isNotNull();
        WishCard full = donor.wish(id);
        assertThat(full.items).extracting(l -> l.name).containsExactly("笔记本电脑", "电脑包");
        assertThat(full.photoIds).containsExactly(photoId);
        byte[] photo = donor.feedPhoto(id, photoId);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo))).as("the photo is an image").isNotNull();

        // 工会已入户核实 with the day of the visit (the seeded file was visited, then approved), nobody has given yet
        assertThat(full.verified).isTrue();
        assertThat(full.verifiedOn).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(full.donorCount).isZero();

        // the pledge (to the campaign's fund if the wish does not fill), its retry with the same key, the sandbox payment and the receipt
        String key = UUID.randomUUID().toString();
        Responses.Pledge pledge = donor.pledge(id, full.remainingFen, key, "MOVE_TO_GENERAL_FUND");
        Responses.Pledge again = donor.pledge(id, full.remainingFen, key, "MOVE_TO_GENERAL_FUND");
        assertThat(again.id).isEqualTo(pledge.id);
        // the same key with another choice is another request: refused, not taken as the first
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> donor.pledge(id, full.remainingFen, key, "REFUND"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status).isEqualTo(422));
        await("a held pledge counts its donor", () -> donor.wish(id).donorCount == 1);
        assertThat(pledge.status).isEqualTo("HELD");
        assertThat(pledge.paymentReference).isNotBlank();
        String pledgeId = pledge.id;
        donor.payInSandbox(pledge.paymentReference);
        await("the sandbox's payment notice", () -> "PAID".equals(donor.pledgeStatus(pledgeId)));
        assertThat(donor.myDonations()).anySatisfy(p -> {
            assertThat(p.id).isEqualTo(pledgeId);
            assertThat(p.wishTitle).isEqualTo(draft.title);
            assertThat(p.status).isEqualTo("PAID");
            assertThat(p.amountFen).isEqualTo(draft.totalFen());
        });
        byte[] receipt = donor.receipt(pledgeId);
        assertThat(new String(receipt, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(worker.myWish(id).status).isEqualTo("FUNDED");

        // handed over: recorded by 刘洋, above the limit, so approved in the app by 周华 (刘洋 may not)
        JSONObject disbursement = new JSONObject(raw("liu.yang", "POST", "/api/v1/wishes/" + id + "/disbursements",
                new JSONObject().put("amountFen", draft.totalFen()).put("method", "IN_KIND").put("reference", "GY-2026-" + id.substring(0, 8))
                        .put("proof", "电脑和电脑包已送到家中,户主签收。").toString()));
        assertThat(disbursement.getString("status")).isEqualTo("PENDING_APPROVAL");
        String disbursementId = disbursement.getString("id");
        assertThat(recorder.pendingDisbursements()).anySatisfy(p -> {
            assertThat(p.id).isEqualTo(disbursementId);
            assertThat(p.mine).isTrue();
            assertThat(p.amountFen).isEqualTo(draft.totalFen());
        });
        ApiException ownApproval = catchThrowableOfType(ApiException.class, () -> recorder.send(Action.approveDisbursement(disbursementId)));
        assertThat(ownApproval.status).as("separation of duties").isEqualTo(403);
        assertThat(ownApproval.detail).isNotBlank();
        assertThat(vetting.pendingDisbursements()).anySatisfy(p -> {
            assertThat(p.wishTitle).isEqualTo(draft.title);
            assertThat(p.mine).isFalse();
        });
        vetting.send(Action.approveDisbursement(disbursementId));

        // the worker says it arrived, with a thank-you; the donor sees where the money went
        worker.send(Action.confirmReceipt(id, "电脑收到了,女儿很开心,谢谢好心人!"));
        assertThat(worker.myWish(id).status).isEqualTo("FULFILLED");
        Responses.FundingReport report = donor.wishReport(id);
        assertThat(report.donatedFen).isEqualTo(draft.totalFen());
        assertThat(report.disbursedFen).isEqualTo(draft.totalFen());
        assertThat(report.returnedFen).isZero();
    }

    // ---- staff's file work ------------------------------------------------------------------

    /**
     * 何平 (遵义市) takes the submitted 遵义 file in: it is in the app's queue once verification starts;
     * he asks, the answer given on the family's behalf is recorded, the visit is recorded (console work);
     * 马琳 approves in the app; a rejection of the approved file is refused as a conflict, not a 500.
     */
    void staffWorkOnAFile() throws Exception {
        ApiClient investigator = app("he.ping");
        ApiClient approver = app("ma.lin");
        JSONArray submitted = new JSONObject(raw("he.ping", "GET", "/api/v1/households?status=SUBMITTED&limit=50", null)).getJSONArray("items");
        assertThat(submitted.length()).as("the demo's submitted 遵义 file").isGreaterThan(0);
        String fileId = submitted.getJSONObject(0).getString("id");

        // asked and answered (an answer sends the file back to SUBMITTED), then taken into verification
        investigator.send(Action.askAboutFile(fileId, "请补充医院的诊断证明。"));
        JSONObject asked = new JSONObject(raw("he.ping", "GET", "/api/v1/households/" + fileId, null));
        JSONObject question = openQuestion(asked.getJSONArray("questions"));
        investigator.send(Action.answerAboutFile(fileId, question.getString("id"), "户主已送来诊断证明复印件。"));
        raw("he.ping", "POST", "/api/v1/households/" + fileId + "/start-verification", null);

        List<FileSummary> queue = investigator.files("UNDER_VERIFICATION");
        assertThat(queue).anySatisfy(f -> {
            assertThat(f.id).isEqualTo(fileId);
            assertThat(f.headName).isNotBlank();
            assertThat(f.memberCount).isPositive();
            assertThat(f.status).isEqualTo("UNDER_VERIFICATION");
        });

        raw("he.ping", "POST", "/api/v1/households/" + fileId + "/verifications", new JSONObject()
                .put("visitedOn", LocalDate.now(CHINA).toString())
                .put("findings", new JSONObject().put("housing", "租住一间平房。").put("food", "饮食简单。"))
                .put("recommendedHelp", new JSONArray().put("MEDICAL_AID")).put("summary", "情况属实。").toString());
        approver.send(Action.approveFile(fileId));
        assertThat(new JSONObject(raw("ma.lin", "GET", "/api/v1/households/" + fileId, null)).getString("status")).isEqualTo("APPROVED");

        ApiException late = catchThrowableOfType(ApiException.class, () -> approver.send(Action.rejectFile(fileId, "收入超标")));
        assertThat(late.status).isEqualTo(409);
        assertThat(late.detail).isNotBlank();
    }

    // ---- the worker's other screens, the inbox, pushes, tokens ------------------------------

    /**
     * Jobs picked for the worker (with why) and applying; the service menu and an order; the inbox and
     * a read mark; the donor's phone registered for pushes and forgotten; an expired token refreshed
     * once and the call retried; sign-out through the app's {@link KeycloakLogout} ends the session.
     */
    void workerScreensInboxPushAndTokens() throws Exception {
        ApiClient worker = app("wang.fang");
        List<JobMatch> jobs = worker.jobMatches();
        assertThat(jobs).as("the demo worker's recommended jobs").isNotEmpty();
        assertThat(jobs.get(0).why).isNotEmpty();
        // staff may already have applied for her (送岗到户: the console journey does): the first one still open to her
        boolean applied = false;
        for (JobMatch job : jobs) {
            try {
                worker.send(Action.applyForJob(job.listingId));
                applied = true;
                break;
            } catch (ApiException e) {
                assertThat(e.status).as(e.detail).isEqualTo(409);
            }
        }
        assertThat(applied).as("applied for one of the recommended jobs").isTrue();

        List<Responses.ServiceOffer> menu = worker.serviceMenu();
        assertThat(menu).isNotEmpty();
        Responses.ServiceOffer offer = menu.get(0);
        assertThat(offer.placesLeft).isPositive();
        assertThat(worker.orderService(offer.category, offer.district)).isIn("BOOKED", "WAITING");

        List<Responses.Notice> inbox = worker.inbox();
        assertThat(inbox).isNotEmpty();
        String notification = inbox.get(0).id;
        worker.send(Action.markRead(notification));
        assertThat(worker.inbox()).anySatisfy(n -> {
            assertThat(n.id).isEqualTo(notification);
            assertThat(n.title).isNotBlank();
            assertThat(n.read).isTrue();
        });

        // 我的帮扶计划 and 职工医疗互助 (issue 17, app4): 王芳 has the demo's plan; 田秀梅 none, which the app reads as "no plan yet"
        Responses.MyPlan plan = worker.myPlan();
        assertThat(plan).as("王芳's help plan (seeds)").isNotNull();
        assertThat(plan.measures).isNotEmpty();
        assertThat(plan.measures.get(0).status).isIn("PLANNED", "IN_PROGRESS", "DONE", "DROPPED");
        assertThat(app(POSTING_WORKER).myPlan()).as("田秀梅 has no plan: the API's 404, read as none").isNull();
        workerClaimsMutualAidWithAPhoto(worker);

        ApiClient donor = app("zhao.min");
        String pushToken = "fcm-" + UUID.randomUUID();
        donor.registerDevice(pushToken, "0.1.0", "zh-CN");
        donor.unregisterDevice(pushToken);

        // an access token the backend no longer takes: one refresh, the call retried
        SignedIn expired = new SignedIn("zhao.min", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl");
        ApiClient afterRefresh = new ApiClient(backendUrl, expired, "en", http);
        assertThat(afterRefresh.myDonations()).isNotNull();
        assertThat(expired.refreshes).isEqualTo(1);

        // signing out as the app does: the refresh token is dead afterwards
        String refresh = KeycloakLogin.tokens(issuer, "qian.lei", "weiyuan123").get("refresh_token").asText();
        new KeycloakLogout(http).endSession(issuer, "weiyuan-app", refresh);
        try (Response r = http.newCall(new Request.Builder().url(issuer + "/protocol/openid-connect/token")
                .post(new okhttp3.FormBody.Builder().add("grant_type", "refresh_token").add("client_id", "weiyuan-app")
                        .add("refresh_token", refresh).build()).build()).execute()) {
            assertThat(r.code()).as("the ended session's refresh token").isEqualTo(400);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    /**
     * An action sent again, as the queue does when the first answer was lost. The backend keeps
     * Idempotency-Key for pledges only: for these actions a replay is refused as a conflict with the
     * state the first one reached (which the queue reports and drops), never done twice or a 5xx.
     */
    /**
     * Sends an action again, as the queue does when the answer to its first sending was lost: the backend
     * knows its id (Idempotency-Key) and answers the first answer again, so the replay is silent.
     */
    static void replay(ApiClient client, Action action) {
        try {
            client.send(action);
        } catch (ApiException e) {
            throw new AssertionError("a replay of " + action.method + " " + action.path + " answered " + e.status + ": " + e.detail, e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String deadline(int days) {
        return LocalDate.now(CHINA).plusDays(days).toString();
    }

    private static List<String> ids(List<Responses.WishView> wishes) {
        List<String> ids = new ArrayList<>();
        wishes.forEach(w -> ids.add(w.id));
        return ids;
    }

    private static JSONObject openQuestion(JSONArray questions) throws Exception {
        for (int i = 0; i < questions.length(); i++) {
            JSONObject q = questions.getJSONObject(i);
            if (q.isNull("answer")) {
                return q;
            }
        }
        throw new AssertionError("no open question in " + questions);
    }

    private static WishCard findOnFeed(ApiClient donor, String id) throws Exception {
        String cursor = null;
        do {
            ApiClient.Page<WishCard> page = donor.feed(FeedQuery.ALL, cursor);
            for (WishCard c : page.items) {
                if (c.id.equals(id)) {
                    return c;
                }
            }
            cursor = page.nextCursor;
        } while (cursor != null);
        throw new AssertionError("wish " + id + " is not on the feed");
    }

    /** A small JPEG, as the app makes photos (JPEG after scaling down). */
    /**
     * 职工医疗互助 as the app does it (issue 17): 王芳, enrolled in the demo plan at the HARDSHIP tier (seeds/mutual-aid.json),
     * submits an in-patient claim built by the app's {@code ClaimDraft}, adds a photo of the invoice, and finds it in her
     * memberships with the server's line-by-line explanation: 12,000 yuan less 2,000 from insurance, less the 5,000 yuan
     * deductible, at 70%, is 3,500 yuan. A claim on an unknown plan and a photo for an unknown claim are refused (404).
     */
    private void workerClaimsMutualAidWithAPhoto(ApiClient worker) throws Exception {
        List<Responses.Membership> memberships = worker.myMutualAid();
        // by what its name contains: the demo seeds store it in JSON quotes ("\"贵阳市职工医疗互助计划(演示)\"", found here;
        // why DemoSeedsApiTest could not compare it), a backend seeding fault reported, not fixed on this branch
        Responses.Membership member = memberships.stream().filter(m -> m.planName.contains("贵阳市职工医疗互助计划")).findFirst()
                .orElseThrow(() -> new AssertionError("王芳 is enrolled in the demo plan (seeds/mutual-aid.json); her plans: "
                        + memberships.stream().map(m -> m.planName + " " + m.planYear + " " + m.tier).collect(java.util.stream.Collectors.toList())));
        assertThat(member.tier).isEqualTo("HARDSHIP");
        String today = LocalDate.now(CHINA).toString();
        assertThat(member.coverageFrom).isLessThanOrEqualTo(today);
        String invoice = "FP-APP-" + UUID.randomUUID().toString().substring(0, 8);
        org.weiyuan.app.core.ClaimDraft draft = new org.weiyuan.app.core.ClaimDraft(member.planId,
                org.weiyuan.app.core.ClaimDraft.Kind.INPATIENT, "", invoice, today, 1_200_000, 200_000);
        assertThat(draft.problem()).as("the app's own check of the draft").isNull();
        Responses.Claim submitted = worker.submitClaim(draft);
        assertThat(submitted.status).isEqualTo("SUBMITTED");
        assertThat(submitted.documents).isZero();
        Responses.Claim withPhoto = worker.uploadClaimDocument(submitted.id, org.weiyuan.app.core.ClaimDraft.Document.INVOICE,
                jpeg(new Color(250, 250, 245)));
        assertThat(withPhoto.documents).isEqualTo(1);

        Responses.Claim listed = worker.myMutualAid().stream().filter(m -> m.planId.equals(member.planId))
                .flatMap(m -> m.claims.stream()).filter(c -> c.id.equals(submitted.id)).findFirst()
                .orElseThrow(() -> new AssertionError("the new claim in 王芳's memberships"));
        assertThat(listed.status).isEqualTo("SUBMITTED");
        assertThat(listed.totalFen).isEqualTo(1_200_000);
        assertThat(listed.computedFen).as("(10,000 − 5,000 yuan) × 70%").isEqualTo(350_000);
        assertThat(listed.paidFen).as("nothing paid before staff review it").isZero();
        assertThat(listed.documents).isEqualTo(1);
        assertThat(listed.explanation).as("the server's explanation, line by line").hasSizeGreaterThanOrEqualTo(3);
        assertThat(listed.explanation).allSatisfy(line -> {
            assertThat(line.zh).isNotBlank();
            assertThat(line.en).isNotBlank();
        });
        Responses.ClaimLine last = listed.explanation.get(listed.explanation.size() - 1);
        assertThat(last.fen).isEqualTo(350_000);
        assertThat(last.zh).contains("互助金支付");
        assertThat(listed.explanation).anySatisfy(line -> assertThat(line.zh).contains("起付线"));

        ApiException noPlan = catchThrowableOfType(ApiException.class, () -> worker.submitClaim(new org.weiyuan.app.core.ClaimDraft(
                UUID.randomUUID().toString(), org.weiyuan.app.core.ClaimDraft.Kind.INPATIENT, "", "FP-APP-1", today, 120_000, 20_000)));
        assertThat(noPlan.status).as(noPlan.detail).isEqualTo(404);
        ApiException noClaim = catchThrowableOfType(ApiException.class, () -> worker.uploadClaimDocument(UUID.randomUUID().toString(),
                org.weiyuan.app.core.ClaimDraft.Document.INVOICE, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}));
        assertThat(noClaim.status).as(noClaim.detail).isEqualTo(404);
    }

    static byte[] jpeg(Color color) throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(100, 60, 120, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** A call the app does not make (console work in these journeys), with the same kind of token. */
    String raw(String username, String method, String path, String json) throws Exception {
        Request.Builder request = new Request.Builder().url(backendUrl + path)
                .header("Authorization", "Bearer " + signedIn(username).accessToken())
                .method(method, json == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0], JSON)) : RequestBody.create(json, JSON));
        try (Response r = http.newCall(request.build()).execute()) {
            String body = r.body() == null ? "" : r.body().string();
            assertThat(r.code()).as(method + " " + path + ": " + body).isBetween(200, 299);
            return body;
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
