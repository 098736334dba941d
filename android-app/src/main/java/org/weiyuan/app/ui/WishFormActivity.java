package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.widget.EditText;
import android.widget.TextView;

import org.weiyuan.app.R;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker posts a wish (发布微愿): what is needed, why, how much, and photos from the gallery or
 * the camera app (made small on the phone); it then goes to union staff for vetting.
 */
public class WishFormActivity extends Screen {

    static final int PICK_PHOTO = 3;
    static final int MAX_PHOTOS = 6;

    private final List<byte[]> photos = new ArrayList<>();

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_wish_form);
        findViewById(R.id.add_photo).setOnClickListener(v -> {
            Intent pick = new Intent(Intent.ACTION_GET_CONTENT).setType("image/*").addCategory(Intent.CATEGORY_OPENABLE);
            startActivityForResult(Intent.createChooser(pick, getString(R.string.wish_add_photo)), PICK_PHOTO);
        });
        findViewById(R.id.submit_wish).setOnClickListener(v -> submit());
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode != PICK_PHOTO || resultCode != RESULT_OK || data == null || data.getData() == null) {
            return;
        }
        try {
            photos.add(Photos.readSmall(getContentResolver(), data.getData()));
            ((TextView) findViewById(R.id.photo_count)).setText(getString(R.string.wish_photos, photos.size()));
            findViewById(R.id.add_photo).setEnabled(photos.size() < MAX_PHOTOS);
        } catch (IOException | IllegalArgumentException e) {
            status(getString(R.string.wish_photo_unreadable));
        }
    }

    private void submit() {
        String title = ((EditText) findViewById(R.id.wish_title_input)).getText().toString().trim();
        String story = ((EditText) findViewById(R.id.wish_story_input)).getText().toString().trim();
        String yuan = ((EditText) findViewById(R.id.wish_amount_input)).getText().toString().trim();
        if (title.isEmpty() || story.isEmpty() || yuan.isEmpty()) {
            status(getString(R.string.wish_fill_in));
            return;
        }
        long fen;
        try {
            fen = new BigDecimal(yuan).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            status(getString(R.string.wish_amount_invalid));
            return;
        }
        findViewById(R.id.submit_wish).setEnabled(false);
        status(getString(R.string.wish_sending));
        String deadline = LocalDate.now().plusDays(30).toString();
        List<byte[]> toSend = new ArrayList<>(photos);
        background.run(() -> {
            String id = api.createWish("GOODS", title, story, fen, deadline);
            for (byte[] photo : toSend) {
                api.uploadPhoto(id, photo);
            }
            api.submitWish(id);
            return id;
        }, id -> status(getString(R.string.wish_submitted)), message -> {
            findViewById(R.id.submit_wish).setEnabled(true);
            status(message);
        });
    }

    @Override
    protected int statusViewId() {
        return R.id.wish_form_status;
    }

}
