package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;

import com.google.android.material.button.MaterialButton;

import org.json.JSONArray;
import org.json.JSONObject;
import org.weiyuan.app.R;

/**
 * The worker's home: where their household file stands and the questions staff asked (answered
 * here), and the way to post a wish and to see jobs picked for them.
 */
public class WorkerActivity extends Screen {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_worker);
        findViewById(R.id.post_wish).setOnClickListener(v -> startActivity(new Intent(this, WishFormActivity.class)));
        findViewById(R.id.my_jobs).setOnClickListener(v -> startActivity(new Intent(this, JobsActivity.class)));
        findViewById(R.id.scholarship).setOnClickListener(v -> startActivity(new Intent(this, ScholarshipActivity.class)));
        findViewById(R.id.my_services).setOnClickListener(v -> startActivity(new Intent(this, ServicesActivity.class)));
        findViewById(R.id.my_inbox).setOnClickListener(v -> startActivity(new Intent(this, InboxActivity.class)));
        load();
    }

    private void load() {
        background.run(api::myFile, this::show, this::status);
    }

    private void show(JSONObject file) {
        TextView state = findViewById(R.id.file_state);
        LinearLayout questions = findViewById(R.id.questions);
        questions.removeAllViews();
        if (file == null) {
            state.setText(R.string.file_none);
            return;
        }
        String status = file.optString("status");
        int id = getResources().getIdentifier("file_status_" + status, "string", getPackageName());
        state.setText(id == 0 ? status : getString(id));
        JSONArray asked = file.optJSONArray("questions");
        for (int i = 0; asked != null && i < asked.length(); i++) {
            JSONObject q = asked.optJSONObject(i);
            if (q == null || !q.isNull("answer")) {
                continue;
            }
            View row = getLayoutInflater().inflate(R.layout.item_question, questions, false);
            ((TextView) row.findViewById(R.id.question_text)).setText(q.optString("question"));
            EditText answer = row.findViewById(R.id.question_answer);
            MaterialButton send = row.findViewById(R.id.question_send);
            String fileId = file.optString("id");
            String questionId = q.optString("id");
            send.setOnClickListener(v -> {
                String text = answer.getText().toString().trim();
                if (!text.isEmpty()) {
                    background.run(() -> {
                        api.answer(fileId, questionId, text);
                        return null;
                    }, done -> {
                        status(getString(R.string.answer_sent));
                        load();
                    }, this::status);
                }
            });
            questions.addView(row);
        }
    }

    private void status(String text) {
        status(R.id.worker_status, text);
    }

}
