package org.weiyuan.app.ui;

import android.os.Bundle;
import android.text.InputType;
import android.util.TypedValue;
import android.view.View;
import android.view.ViewGroup;
import android.widget.AdapterView;
import android.widget.ArrayAdapter;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.Spinner;
import android.widget.TextView;

import com.google.android.material.button.MaterialButton;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.ActionQueue;
import org.weiyuan.app.core.Dates;
import org.weiyuan.app.core.HouseholdDraft;
import org.weiyuan.app.core.Responses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 我的家庭档案: the worker files the household (or changes it while it is a draft or the union asked
 * for more) on one long, plain form: the head and the union, housing and income, why the household is
 * in hardship, and every member. Each field has its label above it (never a hint only) and its error
 * below it in words, from the app's own check ({@link HouseholdDraft#problems}) or from the server's
 * problem+json field list. The draft is kept in the saved state (a rotation or a killed process keeps
 * what was typed); offline, the save waits in the queue and is sent when the network returns.
 */
public class HouseholdFormActivity extends Screen {

    private static final String STATE_DRAFT = "household_draft";
    private static final String STATE_FILE = "household_file";
    private static final String[] HOUSING = {"OWNED", "RENTED", "PUBLIC_RENTAL", "EMPLOYER_DORMITORY", "NONE_OR_TEMPORARY"};
    private static final String[] CAUSES = {"ILLNESS", "DISABILITY", "UNEMPLOYMENT", "CHILD_EDUCATION", "ACCIDENT_OR_DISASTER",
            "LOW_INCOME", "OTHER"};
    private static final String[] RELATIONS = {"SELF", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD", "GRANDPARENT", "OTHER"};
    private static final String[] SCHOOLING = {"NONE", "PRESCHOOL", "PRIMARY", "JUNIOR_HIGH", "SENIOR_HIGH", "VOCATIONAL",
            "UNIVERSITY", "GRADUATED"};
    private static final String[] HEALTH = {"HEALTHY", "CHRONIC_ILLNESS", "SERIOUS_ILLNESS", "DISABILITY"};
    private static final String[] WORK = {"EMPLOYED", "FLEXIBLE", "UNEMPLOYED", "RETIRED", "STUDENT", "UNABLE_TO_WORK",
            "PRESCHOOL_CHILD"};

    /** What the worker typed (null until the file and the units are loaded, unless the saved state had it). */
    private HouseholdDraft draft;
    private String fileId;
    private boolean formShown;
    /** The error line under each field, by the server's field name. */
    private final Map<String, TextView> errors = new HashMap<>();
    /** The first view of each field, to scroll to the first one that needs changing. */
    private final Map<String, View> fields = new HashMap<>();

    private interface Setter {
        void to(String value);
    }

    /** What the form needs from the server before it is shown. */
    private static final class Loaded {
        final Responses.Household file;
        final List<Responses.Unit> units;

        Loaded(Responses.Household file, List<Responses.Unit> units) {
            this.file = file;
            this.units = units;
        }
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_household_form);
        if (savedInstanceState != null && savedInstanceState.getString(STATE_DRAFT) != null) {
            draft = HouseholdDraft.fromState(savedInstanceState.getString(STATE_DRAFT));
            fileId = savedInstanceState.getString(STATE_FILE);
        }
        findViewById(R.id.hh_save).setOnClickListener(v -> save());
        findViewById(R.id.hh_add_member).setOnClickListener(v -> {
            draft.members.add(new HouseholdDraft.Member());
            draft.members.get(draft.members.size() - 1).relation = "CHILD";
            showMembers();
        });
        loadList(() -> new Loaded(api.myHousehold(), api.units()), this::loaded);
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        if (draft != null) {
            out.putString(STATE_DRAFT, draft.toState());
            out.putString(STATE_FILE, fileId);
        }
    }

    @Override
    protected int statusViewId() {
        return formShown ? R.id.hh_save_status : R.id.hh_status;
    }

    private void loaded(Loaded loaded) {
        if (loaded.file != null && !loaded.file.editable()) {
            status(getString(R.string.hh_not_editable));
            return;
        }
        if (draft == null) {
            draft = loaded.file == null ? HouseholdDraft.start() : HouseholdDraft.of(loaded.file);
        }
        if (loaded.file != null) {
            fileId = loaded.file.id;
        }
        List<Responses.Unit> grassroots = new ArrayList<>();
        for (Responses.Unit u : loaded.units) {
            if (u.grassroots() || u.id.equals(draft.unitId)) {
                grassroots.add(u);
            }
        }
        build(grassroots);
        findViewById(R.id.hh_status).setVisibility(View.GONE);
        findViewById(R.id.hh_form).setVisibility(View.VISIBLE);
        formShown = true;
    }

    // ---- the form ----------------------------------------------------------------------

    private void build(List<Responses.Unit> units) {
        LinearLayout into = findViewById(R.id.hh_fields);
        into.removeAllViews();
        heading(into, R.string.hh_section_head);
        text(into, "headName", getString(R.string.hh_head_name), InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_PERSON_NAME,
                draft.headName, v -> draft.headName = v);
        text(into, "idNumber", getString(R.string.hh_id_number), InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_FLAG_CAP_CHARACTERS,
                draft.idNumber, v -> draft.idNumber = v);
        text(into, "phone", getString(R.string.hh_phone), InputType.TYPE_CLASS_PHONE, draft.phone, v -> draft.phone = v);
        String[] unitIds = new String[units.size() + 1];
        String[] unitNames = new String[units.size() + 1];
        unitIds[0] = "";
        unitNames[0] = getString(R.string.hh_unit_choose);
        for (int i = 0; i < units.size(); i++) {
            unitIds[i + 1] = units.get(i).id;
            unitNames[i + 1] = units.get(i).name;
        }
        choice(into, "unitId", getString(R.string.hh_unit), unitIds, unitNames, draft.unitId, v -> draft.unitId = v);
        text(into, "district", getString(R.string.hh_district), InputType.TYPE_CLASS_TEXT, draft.district, v -> draft.district = v);
        text(into, "addressDetail", getString(R.string.hh_address), InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_POSTAL_ADDRESS,
                draft.addressDetail, v -> draft.addressDetail = v);

        heading(into, R.string.hh_section_home);
        choice(into, "housing", getString(R.string.hh_housing), HOUSING, labels("housing_", HOUSING), draft.housing, v -> draft.housing = v);
        text(into, "otherMonthlyIncomeFen", getString(R.string.hh_other_income), InputType.TYPE_CLASS_NUMBER | InputType.TYPE_NUMBER_FLAG_DECIMAL,
                draft.otherIncome, v -> draft.otherIncome = v);

        heading(into, R.string.hh_section_causes);
        for (String cause : CAUSES) {
            CheckBox box = new CheckBox(this);
            box.setText(label("cause_", cause));
            box.setTextSize(TypedValue.COMPLEX_UNIT_SP, 18);
            box.setMinHeight(dp(48));
            box.setChecked(draft.causes.contains(cause));
            box.setSaveEnabled(false);
            box.setOnCheckedChangeListener((b, checked) -> {
                if (checked) {
                    draft.causes.add(cause);
                } else {
                    draft.causes.remove(cause);
                }
            });
            fields.put("causes", fields.containsKey("causes") ? fields.get("causes") : box);
            into.addView(box);
        }
        error(into, "causes");
        text(into, "causeNote", getString(R.string.hh_cause_note), InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_FLAG_MULTI_LINE,
                draft.causeNote, v -> draft.causeNote = v);

        heading(into, R.string.hh_section_members);
        showMembers();
    }

    /** The members, made anew when one is added or removed (their error lines with them). */
    private void showMembers() {
        LinearLayout into = findViewById(R.id.hh_members);
        into.removeAllViews();
        for (int i = 0; i < draft.members.size(); i++) {
            HouseholdDraft.Member m = draft.members.get(i);
            String at = "members[" + i + "].";
            TextView title = heading(into, 0);
            title.setText(getString(R.string.hh_member_title, i + 1));
            choice(into, at + "relation", getString(R.string.hh_member_relation), RELATIONS, labels("relation_", RELATIONS), m.relation,
                    v -> m.relation = v);
            text(into, at + "name", getString(R.string.hh_member_name), InputType.TYPE_CLASS_TEXT | InputType.TYPE_TEXT_VARIATION_PERSON_NAME,
                    m.name, v -> m.name = v);
            text(into, at + "birthYear", getString(R.string.hh_member_birth_year), InputType.TYPE_CLASS_NUMBER, m.birthYear,
                    v -> m.birthYear = v);
            choice(into, at + "schooling", getString(R.string.hh_member_schooling), SCHOOLING, labels("schooling_", SCHOOLING), m.schooling,
                    v -> m.schooling = v);
            choice(into, at + "healthStatus", getString(R.string.hh_member_health), HEALTH, labels("health_", HEALTH), m.healthStatus,
                    v -> m.healthStatus = v);
            text(into, at + "healthDetail", getString(R.string.hh_member_health_detail), InputType.TYPE_CLASS_TEXT, m.healthDetail,
                    v -> m.healthDetail = v);
            choice(into, at + "workStatus", getString(R.string.hh_member_work), WORK, labels("work_", WORK), m.workStatus,
                    v -> m.workStatus = v);
            text(into, at + "monthlyIncomeFen", getString(R.string.hh_member_income),
                    InputType.TYPE_CLASS_NUMBER | InputType.TYPE_NUMBER_FLAG_DECIMAL, m.monthlyIncome, v -> m.monthlyIncome = v);
            if (draft.members.size() > 1) {
                MaterialButton remove = new MaterialButton(this, null, com.google.android.material.R.attr.materialButtonOutlinedStyle);
                remove.setText(R.string.hh_member_remove);
                remove.setContentDescription(getString(R.string.hh_member_remove) + " " + (i + 1));
                remove.setTextSize(TypedValue.COMPLEX_UNIT_SP, 18);
                remove.setMinHeight(dp(48));
                int index = i;
                remove.setOnClickListener(v -> {
                    draft.members.remove(index);
                    showMembers();
                });
                into.addView(remove);
            }
        }
        findViewById(R.id.hh_add_member).setVisibility(draft.members.size() < HouseholdDraft.MAX_MEMBERS ? View.VISIBLE : View.GONE);
    }

    private String[] labels(String prefix, String[] codes) {
        String[] shown = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            shown[i] = label(prefix, codes[i]);
        }
        return shown;
    }

    private TextView heading(ViewGroup into, int text) {
        TextView t = new TextView(this);
        if (text != 0) {
            t.setText(text);
        }
        t.setTextSize(TypedValue.COMPLEX_UNIT_SP, 20);
        t.setTypeface(t.getTypeface(), android.graphics.Typeface.BOLD);
        androidx.core.view.ViewCompat.setAccessibilityHeading(t, true);
        t.setPadding(0, dp(24), 0, 0);
        into.addView(t);
        return t;
    }

    private TextView fieldLabel(ViewGroup into, String text, View labelled) {
        TextView l = new TextView(this);
        l.setText(text);
        l.setTextSize(TypedValue.COMPLEX_UNIT_SP, 18);
        l.setPadding(0, dp(12), 0, 0);
        l.setLabelFor(labelled.getId());
        into.addView(l);
        return l;
    }

    private void text(ViewGroup into, String field, String label, int inputType, String value, Setter set) {
        EditText e = new EditText(this);
        e.setId(View.generateViewId());
        fieldLabel(into, label, e);
        e.setInputType(inputType);
        e.setTextSize(TypedValue.COMPLEX_UNIT_SP, 18);
        e.setMinHeight(dp(48));
        e.setSaveEnabled(false); // the draft is the saved state: made anew, the fields are filled from it
        e.setText(value);
        e.addTextChangedListener(new Typed(set::to));
        into.addView(e, new LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT));
        fields.put(field, e);
        error(into, field);
    }

    private void choice(ViewGroup into, String field, String label, String[] codes, String[] shown, String value, Setter set) {
        Spinner s = new Spinner(this, Spinner.MODE_DIALOG);
        s.setId(View.generateViewId());
        fieldLabel(into, label, s);
        ArrayAdapter<String> adapter = new ArrayAdapter<>(this, R.layout.item_choice_line, shown);
        adapter.setDropDownViewResource(R.layout.item_choice_line);
        s.setAdapter(adapter);
        s.setPrompt(label);
        s.setContentDescription(label);
        s.setMinimumHeight(dp(48));
        s.setSaveEnabled(false);
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(value)) {
                s.setSelection(i);
            }
        }
        s.setOnItemSelectedListener(new AdapterView.OnItemSelectedListener() {
            @Override
            public void onItemSelected(AdapterView<?> parent, View view, int position, long id) {
                set.to(codes[position]);
            }

            @Override
            public void onNothingSelected(AdapterView<?> parent) { }
        });
        into.addView(s, new LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT));
        fields.put(field, s);
        error(into, field);
    }

    /** The line under a field where what is wrong with it is said (dark red, 6.6:1), hidden until then. */
    private void error(ViewGroup into, String field) {
        TextView e = new TextView(this);
        e.setTextColor(getResources().getColor(R.color.error_text));
        e.setTextSize(TypedValue.COMPLEX_UNIT_SP, 18);
        e.setVisibility(View.GONE);
        into.addView(e);
        errors.put(field, e);
    }

    // ---- saving ------------------------------------------------------------------------

    private void save() {
        for (TextView e : errors.values()) {
            e.setVisibility(View.GONE);
        }
        Map<String, HouseholdDraft.Problem> problems = draft.problems(Dates.year(System.currentTimeMillis()));
        if (!problems.isEmpty()) {
            Map<String, String> said = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, HouseholdDraft.Problem> p : problems.entrySet()) {
                said.put(p.getKey(), label("hh_problem_", p.getValue().name()));
            }
            showErrors(said, null);
            return;
        }
        Action save = draft.save(fileId).labelled(getString(R.string.hh_title));
        View button = findViewById(R.id.hh_save);
        button.setEnabled(false);
        status(getString(R.string.hh_saving));
        background.run(() -> api.saveHousehold(save), file -> {
            button.setEnabled(true);
            fileId = file.id;
            status(getString(R.string.hh_saved));
        }, refused -> {
            button.setEnabled(true);
            if (ActionQueue.transientFailure(refused)) {
                act(save, getString(R.string.hh_saved), null); // kept and sent later
            } else {
                showErrors(refused.fields, refused.detail);
            }
        }, () -> {
            button.setEnabled(true);
            act(save, getString(R.string.hh_saved), null); // offline: it waits in the queue
        });
    }

    /** Each field's error beside it; any the form has no field for, and the server's detail, in the line by the button. */
    private void showErrors(Map<String, String> said, String detail) {
        StringBuilder rest = new StringBuilder(detail == null ? "" : detail);
        View first = null;
        for (Map.Entry<String, String> e : said.entrySet()) {
            TextView line = errors.get(e.getKey());
            if (line == null) {
                rest.append(rest.length() == 0 ? "" : "\n").append(e.getValue());
                continue;
            }
            line.setText(e.getValue());
            line.setVisibility(View.VISIBLE);
            if (first == null) {
                first = fields.get(e.getKey());
            }
        }
        String count = getString(R.string.hh_fix_fields, said.size());
        status(rest.length() == 0 ? count : count + "\n" + rest);
        if (first != null) {
            View target = first;
            target.requestFocus();
            // posted: it runs after the layout the error lines just shown asked for, with the tops as they are drawn
            findViewById(R.id.hh_scroll).post(() -> ((android.widget.ScrollView) findViewById(R.id.hh_scroll))
                    .scrollTo(0, Math.max(0, top(shownFrom(target)))));
        }
    }

    /**
     * The top of what is shown with a field that needs changing: its label (above it), and the section's heading
     * when the field is the first of its section. A fixed margin above the field (48 dp) was less than the label and
     * the heading together, so the heading was left half under the toolbar.
     */
    private static View shownFrom(View field) {
        ViewGroup parent = (ViewGroup) field.getParent();
        int at = parent.indexOfChild(field);
        View before = at > 0 ? parent.getChildAt(at - 1) : null;
        if (before != null && before.getLabelFor() == field.getId() && field.getId() != View.NO_ID) {
            at--; // the label
        }
        View heading = at > 0 ? parent.getChildAt(at - 1) : null;
        return heading != null && androidx.core.view.ViewCompat.isAccessibilityHeading(heading) ? heading : parent.getChildAt(at);
    }

    private int dp(int value) {
        return Math.round(value * getResources().getDisplayMetrics().density);
    }

    /** A view's top within the scrolled form. */
    private int top(View v) {
        int y = 0;
        for (View at = v; at != null && at.getId() != R.id.hh_scroll; at = at.getParent() instanceof View ? (View) at.getParent() : null) {
            y += at.getTop();
        }
        return y;
    }
}
