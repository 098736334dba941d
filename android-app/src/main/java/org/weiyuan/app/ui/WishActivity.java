package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.view.ViewGroup;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;
import androidx.lifecycle.ViewModelProvider;

import com.google.android.material.button.MaterialButton;
import com.google.android.material.progressindicator.LinearProgressIndicator;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.PledgeFlow;
import org.weiyuan.app.core.WishCard;


/**
 * A wish and the donor's pledge (认捐): its photos, the union's verification mark and how many have
 * given; choose an amount (presets, "what is left", or one's own) and what happens to it if the wish
 * does not fill (a refund or the campaign's fund), pledge, pay in
 * the sandbox, and see the money arrive. Signing in is asked for only when the donor pledges. The
 * state lives in {@link WishModel}, so a rotation or the process being killed loses neither the
 * pledge nor its idempotency key. Until the wish is loaded the pledge button is disabled (and
 * labelled); a failed load offers a retry.
 */
public class WishActivity extends AppCompatActivity {

    static final String EXTRA_ID = "wishId";
    private static final int SIGN_IN = 2;

    private SessionStore store;
    private WishModel model;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        ElderMode.applyTheme(this);
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_wish);
        ElderMode.enlarge(this);
        UpButton.attach(this, false);
        store = new SessionStore(this);
        model = new ViewModelProvider(this).get(WishModel.class);
        findViewById(R.id.pledge).setOnClickListener(v -> pledge());
        findViewById(R.id.wish_retry).setOnClickListener(v -> model.load());
        findViewById(R.id.pledge_custom_use).setOnClickListener(v -> useTypedAmount());
        ((android.widget.RadioGroup) findViewById(R.id.pledge_on_expiry)).setOnCheckedChangeListener((group, checked) -> {
            if (model.flow != null) {
                model.chooseOnExpiry(checked == R.id.pledge_on_expiry_fund ? PledgeFlow.MOVE_TO_GENERAL_FUND : PledgeFlow.REFUND);
            }
        });
        model.changed.observe(this, tick -> render());
        model.start(getIntent().getStringExtra(EXTRA_ID), store.api(this));
    }

    private void render() {
        Button pledge = findViewById(R.id.pledge);
        findViewById(R.id.wish_retry).setVisibility(model.loadError != null ? View.VISIBLE : View.GONE);
        if (model.wish == null) {
            // nothing to pledge to yet: a disabled button that still says what it is
            pledge.setEnabled(false);
            pledge.setText(R.string.pledge_button);
            status(model.loadError != null ? model.loadError : getString(R.string.wish_loading));
            return;
        }
        show(model.wish);
        if (model.report != null) {
            showReport(model.report);
        }
        renderFlow();
        if (model.loadError != null && model.flow.step() == PledgeFlow.Step.PAID) {
            status(getString(R.string.pledge_thanks, Money.yuan(model.flow.amountFen())) + "\n" + model.loadError);
        }
    }

    private long shownChoicesFor = -1;

    /**
     * 分享: the toolbar's share action sends the wish's title, what is left and its link to any app the
     * phone shares with (WeChat, messages…). The link is the app's own (weiyuan://wishes/…): there is no
     * public web page of a wish yet.
     */
    private void offerSharing(WishCard w) {
        androidx.appcompat.widget.Toolbar toolbar = findViewById(R.id.toolbar);
        toolbar.getMenu().removeItem(R.id.share_wish);
        android.view.MenuItem share = toolbar.getMenu().add(android.view.Menu.NONE, R.id.share_wish, android.view.Menu.NONE, R.string.wish_share);
        share.setShowAsAction(android.view.MenuItem.SHOW_AS_ACTION_ALWAYS | android.view.MenuItem.SHOW_AS_ACTION_WITH_TEXT);
        String text = getString(R.string.wish_share_text, w.title, Money.yuan(w.remainingFen), "weiyuan://wishes/" + w.id);
        toolbar.setOnMenuItemClickListener(item -> {
            if (item.getItemId() != R.id.share_wish) {
                return false;
            }
            android.content.Intent send = new android.content.Intent(android.content.Intent.ACTION_SEND).setType("text/plain")
                    .putExtra(android.content.Intent.EXTRA_SUBJECT, w.title).putExtra(android.content.Intent.EXTRA_TEXT, text);
            startActivity(android.content.Intent.createChooser(send, getString(R.string.wish_share)));
            return true;
        });
    }

    private void show(WishCard w) {
        offerSharing(w);
        ((TextView) findViewById(R.id.wish_title)).setText(w.title);
        ((TextView) findViewById(R.id.wish_story)).setText(w.story);
        long days = org.weiyuan.app.core.Dates.daysUntil(System.currentTimeMillis(), w.deadline);
        ((TextView) findViewById(R.id.wish_place_and_time)).setText(days > 0 ? getString(R.string.wish_days_left, w.district, days)
                : getString(R.string.wish_last_day, w.district));
        TextView items = findViewById(R.id.wish_items_list);
        StringBuilder lines = new StringBuilder();
        for (WishCard.Line l : w.items) {
            lines.append(lines.length() == 0 ? getString(R.string.wish_items_heading) : "").append("\n")
                    .append(getString(R.string.wish_item_line, l.name, l.quantity, Money.yuan(l.unitPriceFen)));
        }
        items.setText(lines);
        items.setVisibility(w.items.isEmpty() ? View.GONE : View.VISIBLE);
        showPhotos();
        TextView verified = findViewById(R.id.wish_verified);
        verified.setText(w.verifiedOn == null ? getString(R.string.wish_verified_undated) : getString(R.string.wish_verified, w.verifiedOn));
        verified.setVisibility(w.verified ? View.VISIBLE : View.GONE);
        ((TextView) findViewById(R.id.wish_donors)).setText(w.donorCount > 0 ? getString(R.string.wish_donors, w.donorCount)
                : getString(R.string.wish_no_donors));
        ((LinearProgressIndicator) findViewById(R.id.wish_progress)).setProgressCompat(w.progressPercent, false);
        ((TextView) findViewById(R.id.wish_amounts)).setText(getString(R.string.wish_progress, Money.yuan(w.pledgedFen),
                Money.yuan(w.targetFen)));
        if (shownChoicesFor == w.remainingFen) {
            return;
        }
        shownChoicesFor = w.remainingFen;
        LinearLayout amounts = findViewById(R.id.amount_choices);
        amounts.removeAllViews();
        for (long fen : model.flow.choices()) {
            MaterialButton b = new MaterialButton(this, null, com.google.android.material.R.attr.materialButtonOutlinedStyle);
            b.setText(fen == w.remainingFen ? getString(R.string.pledge_rest, Money.yuan(fen)) : Money.yuan(fen));
            b.setMinHeight((int) (56 * getResources().getDisplayMetrics().density));
            b.setOnClickListener(v -> {
                findViewById(R.id.pledge_custom_error).setVisibility(View.GONE);
                model.choose(fen);
            });
            amounts.addView(b, new LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT));
        }
    }

    private java.util.List<byte[]> shownPhotos;

    /** Every cleared photo, side by side (a wide one when there is only one), each described for TalkBack. */
    private void showPhotos() {
        if (model.photos == shownPhotos) {
            return;
        }
        shownPhotos = model.photos;
        LinearLayout strip = findViewById(R.id.wish_photos);
        strip.removeAllViews();
        float density = getResources().getDisplayMetrics().density;
        java.util.List<android.graphics.Bitmap> pictures = new java.util.ArrayList<>();
        for (byte[] bytes : model.photos) {
            android.graphics.Bitmap picture = android.graphics.BitmapFactory.decodeByteArray(bytes, 0, bytes.length);
            if (picture != null) {
                pictures.add(picture);
            }
        }
        int width = pictures.size() == 1 ? getResources().getDisplayMetrics().widthPixels - Math.round(32 * density)
                : Math.round(280 * density);
        for (int i = 0; i < pictures.size(); i++) {
            android.widget.ImageView photo = new android.widget.ImageView(this);
            photo.setImageBitmap(pictures.get(i));
            photo.setScaleType(android.widget.ImageView.ScaleType.CENTER_CROP);
            photo.setContentDescription(getString(R.string.wish_photo_n, i + 1, pictures.size()));
            LinearLayout.LayoutParams size = new LinearLayout.LayoutParams(width, Math.round(210 * density));
            size.setMarginEnd(i + 1 < pictures.size() ? Math.round(8 * density) : 0);
            strip.addView(photo, size);
        }
        findViewById(R.id.wish_photos_scroll).setVisibility(pictures.isEmpty() ? View.GONE : View.VISIBLE);
    }

    /** An amount the donor typed, chosen when it fits; otherwise why not, beside the field. */
    private void useTypedAmount() {
        android.widget.EditText field = findViewById(R.id.pledge_custom_amount);
        PledgeFlow.AmountProblem problem = model.flow == null ? null : model.chooseTyped(field.getText().toString());
        TextView error = findViewById(R.id.pledge_custom_error);
        if (model.flow == null || problem == null) {
            error.setVisibility(View.GONE);
            return;
        }
        String text = problem == PledgeFlow.AmountProblem.MORE_THAN_LEFT
                ? getString(R.string.pledge_amount_MORE_THAN_LEFT, Money.yuan(model.flow.remainingFen()))
                : getString(getResources().getIdentifier("pledge_amount_" + problem.name(), "string", getPackageName()));
        error.setText(text);
        error.setVisibility(View.VISIBLE);
    }

    /** 善款去向: what was given and handed over, and the family's thank-you; pledging ends when the wish is funded. */
    private void showReport(Responses.FundingReport report) {
        String status = report.status;
        boolean open = "PUBLISHED".equals(status) || "PARTLY_FUNDED".equals(status);
        // a pledge that just filled the wish still shows its thanks in the section
        findViewById(R.id.pledge_section).setVisibility(open || model.flow.step() == PledgeFlow.Step.PAID ? View.VISIBLE : View.GONE);
        long donated = report.donatedFen;
        long matched = report.matchedFen;
        if (donated + matched == 0) {
            return;
        }
        findViewById(R.id.report_heading).setVisibility(View.VISIBLE);
        TextView money = findViewById(R.id.report_money);
        money.setText(getString(R.string.report_money, Money.yuan(donated), Money.yuan(matched),
                Money.yuan(report.disbursedFen), Money.yuan(report.returnedFen)));
        money.setVisibility(View.VISIBLE);
        if (report.thankYou != null) {
            TextView thanks = findViewById(R.id.report_thanks);
            thanks.setText(getString(R.string.report_thanks, report.thankYou));
            thanks.setVisibility(View.VISIBLE);
        }
    }

    private void pledge() {
        if (model.flow == null || !model.flow.canPledge()) {
            return;
        }
        if (!store.session().signedIn()) {
            startActivityForResult(new Intent(this, LoginActivity.class), SIGN_IN);
            return;
        }
        model.pledge();
    }

    private void renderFlow() {
        PledgeFlow flow = model.flow;
        Button pledge = findViewById(R.id.pledge);
        pledge.setEnabled(flow.canPledge());
        // the button names what it does; what to do first is said beside it, not printed on a disabled button
        pledge.setText(flow.amountFen() > 0 ? getString(R.string.pledge_button_amount, Money.yuan(flow.amountFen()))
                : getString(R.string.pledge_button));
        android.widget.RadioGroup onExpiry = findViewById(R.id.pledge_on_expiry);
        int checked = PledgeFlow.MOVE_TO_GENERAL_FUND.equals(flow.onExpiry()) ? R.id.pledge_on_expiry_fund : R.id.pledge_on_expiry_refund;
        if (onExpiry.getCheckedRadioButtonId() != checked) {
            onExpiry.check(checked); // after a process death, the choice as it was
        }
        boolean choosing = flow.step() == PledgeFlow.Step.CHOOSING || flow.step() == PledgeFlow.Step.FAILED;
        for (int i = 0; i < onExpiry.getChildCount(); i++) {
            onExpiry.getChildAt(i).setEnabled(choosing); // part of the pledge once it is on its way
        }
        TextView hint = findViewById(R.id.pledge_choose_hint);
        hint.setVisibility(flow.amountFen() > 0 ? View.GONE : View.VISIBLE);
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
        if (requestCode == SIGN_IN && resultCode == RESULT_OK && model.flow != null && model.flow.canPledge()) {
            pledge();
        }
    }
}
