package org.weiyuan.app.ui;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.util.TypedValue;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Dates;
import org.weiyuan.app.core.VisitDraft;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;

/**
 * Staff record a home visit (入户核查) where they make it, from the file's page: the day (today
 * unless changed), the four looks, the help recommended (at least one), the conclusion, and a photo
 * taken with the camera app or picked (kept with the file's documents). Checked as the server checks
 * it ({@link VisitDraft}); the visit is an action with an idempotency key, kept on the phone while
 * offline; the photo (not queued, as no upload is) goes first, so a failed upload sends nothing and
 * loses nothing. The form, the help chosen and the photo survive a rotation or a killed process.
 */
public class VisitActivity extends Screen {

    static final String EXTRA_ID = "householdId";
    static final String EXTRA_HEAD = "head";
    static final String EXTRA_DISTRICT = "district";
    private static final String HELP = "visit.help";
    private static final String PHOTO_SENT = "visit.photoSent";
    private static final String QUEUED = "visit.queued";

    private String householdId;
    private CameraPhoto photo;
    private final EnumSet<VisitDraft.Help> help = EnumSet.noneOf(VisitDraft.Help.class);
    /** The photo went up already (a later tap sends the visit only). */
    private boolean photoSent;
    /** The visit waits in the queue (offline): a second tap must not record it twice. */
    private boolean queued;

    static Intent intent(Context context, String householdId, String head, String district) {
        return new Intent(context, VisitActivity.class).putExtra(EXTRA_ID, householdId).putExtra(EXTRA_HEAD, head)
                .putExtra(EXTRA_DISTRICT, district);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_visit);
        householdId = getIntent().getStringExtra(EXTRA_ID);
        ((TextView) findViewById(R.id.visit_for)).setText(getString(R.string.visit_for, getIntent().getStringExtra(EXTRA_HEAD),
                getIntent().getStringExtra(EXTRA_DISTRICT)));
        if (savedInstanceState == null) {
            ((EditText) findViewById(R.id.visit_date_input)).setText(Dates.today(System.currentTimeMillis()));
        } else {
            for (String h : savedInstanceState.getStringArrayList(HELP)) {
                help.add(VisitDraft.Help.valueOf(h));
            }
            photoSent = savedInstanceState.getBoolean(PHOTO_SENT);
            queued = savedInstanceState.getBoolean(QUEUED);
        }
        helpChoices();
        photo = new CameraPhoto(this, savedInstanceState, findViewById(R.id.visit_photo), findViewById(R.id.visit_photo_state),
                findViewById(R.id.visit_take_photo), findViewById(R.id.visit_pick_photo), this::status);
        findViewById(R.id.visit_save).setOnClickListener(v -> save());
        findViewById(R.id.visit_save).setEnabled(!queued);
    }

    /** A big check box for each kind of help; the choice is kept in the saved state, not by view ids made in code. */
    private void helpChoices() {
        LinearLayout list = findViewById(R.id.visit_help_choices);
        for (VisitDraft.Help h : VisitDraft.Help.values()) {
            CheckBox box = new CheckBox(this);
            box.setText(label("help_kind_", h.name()));
            box.setTextSize(TypedValue.COMPLEX_UNIT_SP, 18);
            box.setMinHeight(StaffViews.dp(this, 56));
            box.setSaveEnabled(false);
            box.setChecked(help.contains(h));
            box.setOnCheckedChangeListener((b, checked) -> {
                if (checked) {
                    help.add(h);
                } else {
                    help.remove(h);
                }
            });
            list.addView(box, new LinearLayout.LayoutParams(LinearLayout.LayoutParams.MATCH_PARENT, LinearLayout.LayoutParams.WRAP_CONTENT));
        }
        ElderMode.enlarge(this);
    }

    private VisitDraft draft() {
        return new VisitDraft(field(R.id.visit_date_input), field(R.id.visit_housing_input), field(R.id.visit_food_input),
                field(R.id.visit_work_input), field(R.id.visit_school_input), help, field(R.id.visit_summary_input));
    }

    private String field(int id) {
        return ((EditText) findViewById(id)).getText().toString();
    }

    private void save() {
        VisitDraft draft = draft();
        VisitDraft.Problem problem = draft.problem();
        if (problem != null) {
            status(label("visit_problem_", problem.name()));
            return;
        }
        String kept = photo.kept();
        if (kept == null || photoSent) {
            record(draft);
            return;
        }
        findViewById(R.id.visit_save).setEnabled(false);
        background.run(() -> api.uploadVisitPhoto(householdId, CameraPhoto.bytes(kept)), uploaded -> {
            photoSent = true;
            record(draft);
        }, message -> {
            findViewById(R.id.visit_save).setEnabled(true);
            status(getString(R.string.visit_photo_failed, message));
        });
    }

    private void record(VisitDraft draft) {
        findViewById(R.id.visit_save).setEnabled(false);
        String head = getIntent().getStringExtra(EXTRA_HEAD);
        act(draft.action(householdId).labelled(getString(R.string.visit_label, head)), getString(R.string.visit_saved), () -> {
            photo.sent();
            setResult(RESULT_OK);
            finish();
        });
    }

    /** Kept on the phone to send when the network returns: this form must not record the visit a second time. */
    @Override
    protected void queued() {
        queued = true;
        photo.sent();
    }

    /** A message or a refusal (the server's detail) is said at the top; after a refusal the form can be corrected and sent again. */
    @Override
    protected void status(String text) {
        super.status(text);
        findViewById(R.id.visit_save).setEnabled(!queued);
        StaffViews.showTop(this, R.id.visit_scroll);
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        photo.taken(requestCode, resultCode, data);
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        photo.save(out);
        ArrayList<String> chosen = new ArrayList<>();
        for (VisitDraft.Help h : help) {
            chosen.add(h.name());
        }
        out.putStringArrayList(HELP, chosen);
        out.putBoolean(PHOTO_SENT, photoSent);
        out.putBoolean(QUEUED, queued);
    }

    @Override
    protected int statusViewId() {
        return R.id.visit_status;
    }
}
