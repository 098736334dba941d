package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.ClaimDraft;
import org.weiyuan.app.core.Dates;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.WishDraft;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * 职工医疗互助: the worker's memberships of the union's medical mutual-aid plans, each claim with
 * its status and the server's explanation of the amount, and a new claim with photos of its papers
 * (诊断证明, 发票, 结算单). The claim is sent first, then each photo; photos picked are kept in the
 * cache folder, named in the saved state, so a rotation or a killed process keeps them.
 */
public class MutualAidActivity extends Screen {

    private static final int PICK_PHOTO = 7;
    private static final String STATE_PHOTOS = "claim_photos";
    private static final String STATE_PICKING = "claim_picking";
    /** The backend takes one file per paper at a time; a claim needs a few at most. */
    static final int MAX_PHOTOS = 6;

    /** The picked photos as "KIND|path" (the paper they show, the small JPEG in the cache folder). */
    private final ArrayList<String> photos = new ArrayList<>();
    private ClaimDraft.Document picking;
    private String planId;
    /** The claim made by a send whose photos did not all arrive (kept across a rotation): the next send adds them to it. */
    private volatile String createdClaim;
    private static final String STATE_CLAIM = "claim_created";

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_mutual_aid);
        if (savedInstanceState != null) {
            for (String p : savedInstanceState.getStringArrayList(STATE_PHOTOS)) {
                if (new File(p.substring(p.indexOf('|') + 1)).isFile()) {
                    photos.add(p);
                }
            }
            String was = savedInstanceState.getString(STATE_PICKING);
            picking = was == null ? null : ClaimDraft.Document.valueOf(was);
            createdClaim = savedInstanceState.getString(STATE_CLAIM);
        }
        ((EditText) findViewById(R.id.claim_date)).setText(Dates.today(System.currentTimeMillis()));
        findViewById(R.id.claim_photo_diagnosis).setOnClickListener(v -> pick(ClaimDraft.Document.DIAGNOSIS));
        findViewById(R.id.claim_photo_invoice).setOnClickListener(v -> pick(ClaimDraft.Document.INVOICE));
        findViewById(R.id.claim_photo_settlement).setOnClickListener(v -> pick(ClaimDraft.Document.SETTLEMENT));
        findViewById(R.id.claim_submit).setOnClickListener(v -> submit());
        findViewById(R.id.aid_retry).setOnClickListener(v -> load());
        showPhotos();
        load();
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        out.putStringArrayList(STATE_PHOTOS, photos);
        out.putString(STATE_PICKING, picking == null ? null : picking.name());
        out.putString(STATE_CLAIM, createdClaim);
    }

    private void load() {
        findViewById(R.id.aid_retry).setVisibility(View.GONE);
        status(getString(R.string.feed_loading));
        background.run(api::myMutualAid, this::show, message -> {
            status(message);
            findViewById(R.id.aid_retry).setVisibility(View.VISIBLE);
        });
    }

    private void show(List<Responses.Membership> memberships) {
        LinearLayout list = findViewById(R.id.aid_memberships);
        list.removeAllViews();
        if (memberships.isEmpty()) {
            status(getString(R.string.aid_none));
            findViewById(R.id.claim_form).setVisibility(View.GONE);
            return;
        }
        findViewById(statusViewId()).setVisibility(View.GONE);
        boolean english = getResources().getConfiguration().locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
        for (Responses.Membership m : memberships) {
            View card = getLayoutInflater().inflate(R.layout.item_membership, list, false);
            ((TextView) card.findViewById(R.id.membership_plan)).setText(getString(R.string.aid_plan, m.planName, m.planYear));
            String tier = label("aid_tier_", m.tier);
            ((TextView) card.findViewById(R.id.membership_facts)).setText(m.coverageFrom == null ? tier
                    : getString(R.string.aid_cover, tier, m.coverageFrom));
            card.findViewById(R.id.membership_no_claims).setVisibility(m.claims.isEmpty() ? View.VISIBLE : View.GONE);
            LinearLayout claims = card.findViewById(R.id.membership_claims);
            for (Responses.Claim c : m.claims) {
                View row = getLayoutInflater().inflate(R.layout.item_claim, claims, false);
                ((TextView) row.findViewById(R.id.claim_title)).setText(getString(R.string.aid_claim_title,
                        label("claim_kind_", c.kind), c.eventDate, Money.yuan(c.totalFen)));
                String state = label("claim_status_", c.status);
                if ("PAID".equals(c.status)) {
                    state = getString(R.string.aid_claim_paid, Money.yuan(c.paidFen));
                } else if ("REJECTED".equals(c.status) && c.rejectionReason != null) {
                    state = getString(R.string.aid_claim_rejected, c.rejectionReason);
                } else if (c.computedFen > 0) {
                    state = getString(R.string.aid_claim_computed, state, Money.yuan(c.computedFen));
                }
                ((TextView) row.findViewById(R.id.claim_state)).setText(state);
                StringBuilder why = new StringBuilder();
                for (Responses.ClaimLine line : c.explanation) {
                    why.append(why.length() == 0 ? "" : "\n").append("• ").append(english ? line.en : line.zh);
                }
                TextView explanation = row.findViewById(R.id.claim_explanation);
                explanation.setText(why);
                explanation.setVisibility(why.length() == 0 ? View.GONE : View.VISIBLE);
                claims.addView(row);
            }
            list.addView(card);
        }
        planId = memberships.get(0).planId; // the newest plan first, as the server lists them
        findViewById(R.id.claim_form).setVisibility(View.VISIBLE);
    }

    private void pick(ClaimDraft.Document kind) {
        picking = kind;
        Intent pick = new Intent(Intent.ACTION_GET_CONTENT).setType("image/*").addCategory(Intent.CATEGORY_OPENABLE);
        startActivityForResult(Intent.createChooser(pick, getString(R.string.wish_add_photo)), PICK_PHOTO);
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode != PICK_PHOTO || resultCode != RESULT_OK || data == null || data.getData() == null || picking == null) {
            return;
        }
        try {
            byte[] small = Photos.readSmall(getContentResolver(), data.getData());
            File dir = new File(getCacheDir(), "claim-photos");
            if (!dir.isDirectory() && !dir.mkdirs()) {
                throw new IOException("no cache folder");
            }
            File file = new File(dir, UUID.randomUUID() + ".jpg");
            try (FileOutputStream out = new FileOutputStream(file)) {
                out.write(small);
            }
            photos.add(picking.name() + "|" + file.getPath());
            showPhotos();
        } catch (IOException | IllegalArgumentException e) {
            formStatus(getString(R.string.wish_photo_unreadable));
        }
    }

    private void showPhotos() {
        TextView count = findViewById(R.id.claim_photo_count);
        count.setText(photos.isEmpty() ? getString(R.string.claim_photos_none) : getString(R.string.claim_photos, photos.size()));
        boolean room = photos.size() < MAX_PHOTOS;
        findViewById(R.id.claim_photo_diagnosis).setEnabled(room);
        findViewById(R.id.claim_photo_invoice).setEnabled(room);
        findViewById(R.id.claim_photo_settlement).setEnabled(room);
    }

    private ClaimDraft.Kind kind() {
        int checked = ((RadioGroup) findViewById(R.id.claim_kind)).getCheckedRadioButtonId();
        if (checked == R.id.claim_kind_critical) {
            return ClaimDraft.Kind.CRITICAL_ILLNESS;
        }
        return checked == R.id.claim_kind_pharmacy ? ClaimDraft.Kind.PHARMACY : ClaimDraft.Kind.INPATIENT;
    }

    private String text(int id) {
        return ((EditText) findViewById(id)).getText().toString().trim();
    }

    private void submit() {
        String insurance = text(R.id.claim_insurance);
        ClaimDraft draft = new ClaimDraft(planId, kind(), text(R.id.claim_illness), text(R.id.claim_invoice), text(R.id.claim_date),
                WishDraft.fen(text(R.id.claim_total)), insurance.isEmpty() ? 0 : WishDraft.fen(insurance));
        ClaimDraft.Problem problem = draft.problem();
        if (problem != null) {
            formStatus(label("claim_problem_", problem.name()));
            return;
        }
        if (photos.isEmpty()) {
            formStatus(getString(R.string.claim_problem_PHOTOS));
            return;
        }
        View send = findViewById(R.id.claim_submit);
        send.setEnabled(false);
        formStatus(getString(R.string.claim_sending));
        List<String> toSend = new ArrayList<>(photos);
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        background.run(() -> {
            // a retry after a photo failed to go adds the rest to the claim already made, not a second claim
            if (createdClaim == null) {
                createdClaim = api.submitClaim(draft).id;
            }
            for (String p : toSend) {
                int bar = p.indexOf('|');
                api.uploadClaimDocument(createdClaim, ClaimDraft.Document.valueOf(p.substring(0, bar)), read(p.substring(bar + 1)));
                sent.add(p);
            }
            return createdClaim;
        }, claim -> {
            forget(sent);
            createdClaim = null;
            send.setEnabled(true);
            formStatus(getString(R.string.claim_submitted));
            load();
        }, message -> {
            forget(sent);
            send.setEnabled(true);
            formStatus(createdClaim == null ? message : getString(R.string.claim_photos_left, message));
        });
    }

    /** Photos the server has: the cache copies go. */
    private void forget(List<String> sent) {
        for (String p : sent) {
            new File(p.substring(p.indexOf('|') + 1)).delete();
        }
        photos.removeAll(sent);
        showPhotos();
    }

    private void formStatus(String text) {
        ((TextView) findViewById(R.id.claim_form_status)).setText(text);
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = new FileInputStream(path)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    @Override
    protected int statusViewId() {
        return R.id.aid_status;
    }
}
