package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.widget.EditText;
import android.widget.RadioButton;
import android.widget.RadioGroup;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.ScholarshipRequest;

import java.io.IOException;
import org.weiyuan.app.core.Dates;

/**
 * A scholarship request (金秋助学) for a child admitted to university this year: the school, a few
 * words, the kind of school (录取层次: 本科, 大专…, which the campaign may limit), and a photo of the admission letter, which union staff check and donors never see. The
 * amount is the campaign's.
 */
public class ScholarshipActivity extends Screen {

    static final int PICK_LETTER = 4;
    /** The radio button of each ScholarshipRequest.Level, in its order. */
    private static final int[] LEVEL_BUTTONS = {R.id.level_undergraduate, R.id.level_junior_college,
            R.id.level_postgraduate, R.id.level_secondary_vocational};
    private byte[] letter;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_scholarship);
        findViewById(R.id.add_letter).setOnClickListener(v -> startActivityForResult(Intent.createChooser(
                new Intent(Intent.ACTION_GET_CONTENT).setType("image/*").addCategory(Intent.CATEGORY_OPENABLE),
                getString(R.string.scholarship_letter)), PICK_LETTER));
        findViewById(R.id.submit_scholarship).setOnClickListener(v -> submit());
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode != PICK_LETTER || resultCode != RESULT_OK || data == null || data.getData() == null) {
            return;
        }
        try {
            letter = Photos.readSmall(getContentResolver(), data.getData());
            status(getString(R.string.scholarship_letter_added));
        } catch (IOException | IllegalArgumentException e) {
            status(getString(R.string.wish_photo_unreadable));
        }
    }

    private void submit() {
        String school = ((EditText) findViewById(R.id.scholarship_school)).getText().toString().trim();
        String story = ((EditText) findViewById(R.id.scholarship_story)).getText().toString().trim();
        if (school.isEmpty() || story.isEmpty() || letter == null) {
            status(getString(R.string.scholarship_fill_in));
            return;
        }
        ScholarshipRequest.Level level = chosenLevel();
        if (level == null) {
            status(getString(R.string.scholarship_choose_level));
            return;
        }
        findViewById(R.id.submit_scholarship).setEnabled(false);
        status(getString(R.string.wish_sending));
        long now = System.currentTimeMillis(); // China dates without java.time (API 26)
        String today = Dates.today(now);
        int year = Dates.year(now);
        String title = getString(R.string.scholarship_wish_title, school);
        byte[] image = letter;
        background.run(() -> {
            Responses.Campaign campaign = api.openScholarshipCampaign(today);
            if (campaign == null) {
                throw new ApiException(409, "about:blank", getString(R.string.scholarship_no_campaign), new java.util.HashMap<>());
            }
            ScholarshipRequest request = new ScholarshipRequest(title, story, campaign.id, school, year, level, campaign.endsOn);
            if (request.problem(campaign.admissionLevels) == ScholarshipRequest.Problem.LEVEL_NOT_FUNDED) {
                // said before anything is posted, in the campaign's own terms (the backend would answer 422)
                throw new ApiException(422, "about:blank", getString(R.string.scholarship_level_not_funded,
                        levelNames(campaign.admissionLevels)), new java.util.HashMap<>());
            }
            String id = api.createScholarship(request);
            api.uploadAdmissionLetter(id, image);
            api.submitWish(id);
            return id;
        }, id -> status(getString(R.string.wish_submitted)), message -> {
            findViewById(R.id.submit_scholarship).setEnabled(true);
            status(message);
        });
    }

    /** The level picked, or null. */
    private ScholarshipRequest.Level chosenLevel() {
        int checked = ((RadioGroup) findViewById(R.id.scholarship_level)).getCheckedRadioButtonId();
        for (ScholarshipRequest.Level level : ScholarshipRequest.Level.values()) {
            if (LEVEL_BUTTONS[level.ordinal()] == checked) {
                return level;
            }
        }
        return null;
    }

    /** The levels a campaign funds, in the form's words (大学本科、大专(高职)). */
    private String levelNames(java.util.List<String> levels) {
        StringBuilder names = new StringBuilder();
        for (ScholarshipRequest.Level level : ScholarshipRequest.Level.values()) {
            if (levels.contains(level.name())) {
                names.append(names.length() == 0 ? "" : getString(R.string.list_separator))
                        .append(((RadioButton) findViewById(LEVEL_BUTTONS[level.ordinal()])).getText());
            }
        }
        return names.toString();
    }

    @Override
    protected int statusViewId() {
        return R.id.scholarship_status;
    }
}
