package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.view.View;
import android.view.ViewGroup;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.progressindicator.LinearProgressIndicator;

import org.json.JSONException;
import org.json.JSONObject;
import org.weiyuan.app.R;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.PledgeFlow;
import org.weiyuan.app.core.WishCard;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A wish and the donor's pledge (认捐): choose an amount (presets and "what is left"), pledge, pay in
 * the sandbox, and see the money arrive. Signing in is asked for only when the donor pledges.
 */
public class WishActivity extends AppCompatActivity {

    static final String EXTRA_ID = "wishId";
    private static final int SIGN_IN = 2;
    /** How often and how long to look for the gateway's notice after paying. */
    static final long POLL_MILLIS = 1_000;
    static final int POLLS = 30;

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final Handler main = new Handler(Looper.getMainLooper());
    private SessionStore store;
    private ApiClient api;
    private WishCard wish;
    private PledgeFlow flow;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_wish);
        store = new SessionStore(this);
        api = store.api(this);
        findViewById(R.id.pledge).setOnClickListener(v -> pledge());
        String id = getIntent().getStringExtra(EXTRA_ID);
        io.execute(() -> {
            try {
                WishCard w = api.wish(id);
                main.post(() -> show(w));
                JSONObject report = reportOrNull(id);
                if (report != null) {
                    main.post(() -> showReport(report));
                }
            } catch (ApiException e) {
                main.post(() -> status(e.detail));
            } catch (IOException e) {
                main.post(() -> status(getString(R.string.error_network)));
            }
        });
    }

    private void show(WishCard w) {
        wish = w;
        flow = new PledgeFlow(w.remainingFen);
        ((TextView) findViewById(R.id.wish_title)).setText(w.title);
        ((TextView) findViewById(R.id.wish_story)).setText(w.story);
        ((LinearProgressIndicator) findViewById(R.id.wish_progress)).setProgressCompat(w.progressPercent, false);
        ((TextView) findViewById(R.id.wish_amounts)).setText(getString(R.string.wish_progress, Money.yuan(w.pledgedFen),
                Money.yuan(w.targetFen)));
        LinearLayout amounts = findViewById(R.id.amount_choices);
        amounts.removeAllViews();
        for (long fen : flow.choices()) {
            MaterialButton b = new MaterialButton(this, null, com.google.android.material.R.attr.materialButtonOutlinedStyle);
            b.setText(fen == w.remainingFen ? getString(R.string.pledge_rest, Money.yuan(fen)) : Money.yuan(fen));
            b.setMinHeight((int) (56 * getResources().getDisplayMetrics().density));
            b.setOnClickListener(v -> {
                flow.choose(fen);
                render();
            });
            amounts.addView(b, new LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT));
        }
        render();
    }

    /** The report is extra: without it the wish still shows and takes pledges. */
    private JSONObject reportOrNull(String id) throws IOException {
        try {
            return api.wishReport(id);
        } catch (ApiException e) {
            return null;
        }
    }

    /** 善款去向: what was given and handed over, and the family's thank-you; pledging ends when the wish is funded. */
    private void showReport(JSONObject report) {
        String status = report.optString("status");
        boolean open = "PUBLISHED".equals(status) || "PARTLY_FUNDED".equals(status);
        findViewById(R.id.pledge_section).setVisibility(open ? View.VISIBLE : View.GONE);
        long donated = report.optLong("donatedFen");
        long matched = report.optLong("matchedFen");
        if (donated + matched == 0) {
            return;
        }
        findViewById(R.id.report_heading).setVisibility(View.VISIBLE);
        TextView money = findViewById(R.id.report_money);
        money.setText(getString(R.string.report_money, Money.yuan(donated), Money.yuan(matched),
                Money.yuan(report.optLong("disbursedFen")), Money.yuan(report.optLong("returnedFen"))));
        money.setVisibility(View.VISIBLE);
        if (!report.isNull("thankYou")) {
            TextView thanks = findViewById(R.id.report_thanks);
            thanks.setText(getString(R.string.report_thanks, report.optString("thankYou")));
            thanks.setVisibility(View.VISIBLE);
        }
    }

    private void pledge() {
        if (!store.session().signedIn()) {
            startActivityForResult(new Intent(this, LoginActivity.class), SIGN_IN);
            return;
        }
        flow.pledging();
        render();
        long amount = flow.amountFen();
        String key = flow.idempotencyKey();
        io.execute(() -> {
            try {
                JSONObject pledge = api.pledge(wish.id, amount, key);
                String id = pledge.getString("id");
                String reference = pledge.getJSONObject("payment").getString("reference");
                main.post(() -> {
                    flow.pledged(id, reference);
                    render();
                });
                api.payInSandbox(reference);
                main.post(() -> {
                    flow.paymentStarted();
                    render();
                });
                for (int i = 0; i < POLLS; i++) {
                    if ("PAID".equals(api.pledgeStatus(id))) {
                        main.post(() -> {
                            flow.paid();
                            render();
                        });
                        return;
                    }
                    Thread.sleep(POLL_MILLIS);
                }
                main.post(() -> {
                    flow.failed(getString(R.string.pledge_pending));
                    render();
                });
            } catch (ApiException e) {
                main.post(() -> {
                    flow.failed(e.detail);
                    render();
                });
            } catch (IOException | JSONException e) {
                main.post(() -> {
                    flow.failed(getString(R.string.error_network));
                    render();
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void render() {
        Button pledge = findViewById(R.id.pledge);
        pledge.setEnabled(flow.canPledge());
        pledge.setText(flow.amountFen() > 0 ? getString(R.string.pledge_button_amount, Money.yuan(flow.amountFen()))
                : getString(R.string.pledge_choose));
        switch (flow.step()) {
            case PLEDGING:
                status(getString(R.string.pledge_pledging));
                break;
            case PAYING:
            case WAITING_FOR_PAYMENT:
                status(getString(R.string.pledge_paying));
                break;
            case PAID:
                status(getString(R.string.pledge_thanks, Money.yuan(flow.amountFen())));
                break;
            case FAILED:
                status(flow.message());
                break;
            default:
                findViewById(R.id.pledge_status).setVisibility(View.GONE);
        }
    }

    private void status(String text) {
        TextView status = findViewById(R.id.pledge_status);
        status.setText(text);
        status.setVisibility(View.VISIBLE);
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode == SIGN_IN && resultCode == RESULT_OK && flow != null && flow.canPledge()) {
            pledge();
        }
    }

    @Override
    protected void onDestroy() {
        io.shutdownNow();
        super.onDestroy();
    }
}
