package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.text.TextWatcher;
import android.view.LayoutInflater;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.RadioGroup;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Dates;
import org.weiyuan.app.core.Money;
import org.weiyuan.app.core.WishDraft;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A worker posts a wish (发布微愿) of any kind: goods item by item (name, how many, price of one;
 * the total is their sum, as the backend computes it), or cash, a service or festival aid with an
 * amount; scholarships open their own form. Photos from the gallery or the camera app are made
 * small on the phone and kept in the app's cache folder, so they, the items and the kind survive a
 * rotation and the process being killed. The wish then goes to union staff for vetting.
 */
public class WishFormActivity extends Screen {

    static final int PICK_PHOTO = 3;
    static final int MAX_PHOTOS = 6;
    /** How far ahead the deadline is set (the backend allows up to 180 days). */
    static final int DEADLINE_DAYS = 30;
    private static final String STATE_PHOTOS = "photos";
    private static final String STATE_NAMES = "itemNames";
    private static final String STATE_QUANTITIES = "itemQuantities";
    private static final String STATE_PRICES = "itemPrices";

    /** The picked photos, made small, as files in the cache folder (not bytes in the saved state: it has ~1 MB). */
    private final ArrayList<String> photos = new ArrayList<>();

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_wish_form);
        findViewById(R.id.add_photo).setOnClickListener(v -> {
            Intent pick = new Intent(Intent.ACTION_GET_CONTENT).setType("image/*").addCategory(Intent.CATEGORY_OPENABLE);
            startActivityForResult(Intent.createChooser(pick, getString(R.string.wish_add_photo)), PICK_PHOTO);
        });
        findViewById(R.id.submit_wish).setOnClickListener(v -> submit());
        findViewById(R.id.add_item).setOnClickListener(v -> addLine("", "", ""));
        findViewById(R.id.open_scholarship).setOnClickListener(v -> startActivity(new Intent(this, ScholarshipActivity.class)));
        ((RadioGroup) findViewById(R.id.wish_kind)).setOnCheckedChangeListener((group, checked) -> showKind());
        if (savedInstanceState != null) {
            photos.addAll(existing(savedInstanceState.getStringArrayList(STATE_PHOTOS)));
            ArrayList<String> names = savedInstanceState.getStringArrayList(STATE_NAMES);
            ArrayList<String> quantities = savedInstanceState.getStringArrayList(STATE_QUANTITIES);
            ArrayList<String> prices = savedInstanceState.getStringArrayList(STATE_PRICES);
            for (int i = 0; names != null && i < names.size(); i++) {
                addLine(names.get(i), quantities.get(i), prices.get(i));
            }
        }
        if (lines().getChildCount() == 0) {
            addLine("", "1", "");
        }
        showPhotos();
        showKind();
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        ArrayList<String> names = new ArrayList<>();
        ArrayList<String> quantities = new ArrayList<>();
        ArrayList<String> prices = new ArrayList<>();
        for (int i = 0; i < lines().getChildCount(); i++) {
            View line = lines().getChildAt(i);
            names.add(text(line, R.id.line_name));
            quantities.add(text(line, R.id.line_quantity));
            prices.add(text(line, R.id.line_price));
        }
        out.putStringArrayList(STATE_NAMES, names);
        out.putStringArrayList(STATE_QUANTITIES, quantities);
        out.putStringArrayList(STATE_PRICES, prices);
        out.putStringArrayList(STATE_PHOTOS, photos);
    }

    private LinearLayout lines() {
        return findViewById(R.id.wish_items);
    }

    private void addLine(String name, String quantity, String price) {
        View line = LayoutInflater.from(this).inflate(R.layout.item_wish_line, lines(), false);
        ((EditText) line.findViewById(R.id.line_name)).setText(name);
        ((EditText) line.findViewById(R.id.line_quantity)).setText(quantity);
        ((EditText) line.findViewById(R.id.line_price)).setText(price);
        TextWatcher total = new Typed(typed -> showTotal());
        ((EditText) line.findViewById(R.id.line_quantity)).addTextChangedListener(total);
        ((EditText) line.findViewById(R.id.line_price)).addTextChangedListener(total);
        line.findViewById(R.id.line_remove).setOnClickListener(v -> {
            lines().removeView(line);
            showLines();
        });
        lines().addView(line);
        showLines();
    }

    private void showLines() {
        findViewById(R.id.add_item).setEnabled(lines().getChildCount() < WishDraft.MAX_ITEMS);
        for (int i = 0; i < lines().getChildCount(); i++) {
            // the one line left stays: a goods wish needs at least one item
            lines().getChildAt(i).findViewById(R.id.line_remove).setVisibility(lines().getChildCount() > 1 ? View.VISIBLE : View.GONE);
        }
        showTotal();
    }

    private void showTotal() {
        long total = 0;
        for (WishDraft.Item i : items()) {
            if (i.quantity > 0 && i.unitPriceFen > 0) {
                total += i.quantity * i.unitPriceFen;
            }
        }
        ((TextView) findViewById(R.id.wish_total)).setText(getString(R.string.wish_total, Money.yuan(total)));
    }

    private WishDraft.Kind kind() {
        int checked = ((RadioGroup) findViewById(R.id.wish_kind)).getCheckedRadioButtonId();
        if (checked == R.id.kind_cash) {
            return WishDraft.Kind.CASH;
        }
        if (checked == R.id.kind_service) {
            return WishDraft.Kind.SERVICE;
        }
        if (checked == R.id.kind_festival) {
            return WishDraft.Kind.FESTIVAL_AID;
        }
        return WishDraft.Kind.GOODS;
    }

    private void showKind() {
        boolean goods = kind() == WishDraft.Kind.GOODS;
        findViewById(R.id.wish_items_section).setVisibility(goods ? View.VISIBLE : View.GONE);
        findViewById(R.id.wish_amount_input).setVisibility(goods ? View.GONE : View.VISIBLE);
    }

    private List<WishDraft.Item> items() {
        List<WishDraft.Item> items = new ArrayList<>();
        for (int i = 0; i < lines().getChildCount(); i++) {
            View line = lines().getChildAt(i);
            String name = text(line, R.id.line_name);
            String quantity = text(line, R.id.line_quantity);
            String price = text(line, R.id.line_price);
            if (name.isEmpty() && price.isEmpty() && (quantity.isEmpty() || quantity.equals("1"))) {
                continue; // an untouched line is not an item
            }
            items.add(new WishDraft.Item(name, WishDraft.count(quantity), WishDraft.fen(price)));
        }
        return items;
    }

    private static String text(View parent, int id) {
        return ((EditText) parent.findViewById(id)).getText().toString().trim();
    }

    @Override
    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        super.onActivityResult(requestCode, resultCode, data);
        if (requestCode != PICK_PHOTO || resultCode != RESULT_OK || data == null || data.getData() == null) {
            return;
        }
        try {
            byte[] small = Photos.readSmall(getContentResolver(), data.getData());
            File dir = new File(getCacheDir(), "wish-photos");
            if (!dir.isDirectory() && !dir.mkdirs()) {
                throw new IOException("no cache folder");
            }
            File file = new File(dir, UUID.randomUUID() + ".jpg");
            try (FileOutputStream out = new FileOutputStream(file)) {
                out.write(small);
            }
            photos.add(file.getPath());
            showPhotos();
        } catch (IOException | IllegalArgumentException e) {
            status(getString(R.string.wish_photo_unreadable));
        }
    }

    private void showPhotos() {
        TextView count = findViewById(R.id.photo_count);
        count.setText(photos.isEmpty() ? "" : getString(R.string.wish_photos, photos.size()));
        findViewById(R.id.add_photo).setEnabled(photos.size() < MAX_PHOTOS);
    }

    private static List<String> existing(List<String> paths) {
        List<String> found = new ArrayList<>();
        for (String p : paths == null ? new ArrayList<String>() : paths) {
            if (new File(p).isFile()) {
                found.add(p);
            }
        }
        return found;
    }

    private static byte[] read(String path) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(path, "r")) {
            byte[] bytes = new byte[(int) f.length()];
            f.readFully(bytes);
            return bytes;
        }
    }

    /** The draft as filled in, or null (and the reason shown) when something is missing. */
    private WishDraft draft() {
        String title = ((EditText) findViewById(R.id.wish_title_input)).getText().toString().trim();
        String story = ((EditText) findViewById(R.id.wish_story_input)).getText().toString().trim();
        String deadline = Dates.plusDays(System.currentTimeMillis(), DEADLINE_DAYS);
        WishDraft draft;
        if (kind() == WishDraft.Kind.GOODS) {
            draft = WishDraft.goods(title, story, items(), deadline);
        } else {
            String yuan = ((EditText) findViewById(R.id.wish_amount_input)).getText().toString().trim();
            long fen = yuan.isEmpty() ? 0 : WishDraft.fen(yuan);
            if (fen < 0) {
                status(getString(R.string.wish_amount_invalid));
                return null;
            }
            draft = WishDraft.withTarget(kind(), title, story, fen, deadline);
        }
        WishDraft.Problem problem = draft.problem();
        if (problem == null) {
            return draft;
        }
        switch (problem) {
            case NO_ITEMS:
                status(getString(R.string.wish_no_items));
                break;
            case ITEM_INCOMPLETE:
                status(getString(R.string.wish_item_incomplete));
                break;
            case QUANTITY:
                status(getString(R.string.wish_item_quantity_invalid));
                break;
            case PRICE:
                status(getString(R.string.wish_item_price_invalid));
                break;
            default:
                status(getString(R.string.wish_fill_in));
        }
        return null;
    }

    private void submit() {
        WishDraft draft = draft();
        if (draft == null) {
            return;
        }
        findViewById(R.id.submit_wish).setEnabled(false);
        status(getString(R.string.wish_sending));
        List<String> toSend = new ArrayList<>(photos);
        background.run(() -> {
            String id = api.createWish(draft);
            for (String photo : toSend) {
                api.uploadPhoto(id, read(photo));
            }
            api.submitWish(id);
            return id;
        }, id -> {
            for (String photo : toSend) {
                new File(photo).delete(); // sent: the cache copy is no longer needed
            }
            photos.removeAll(toSend);
            showPhotos();
            status(getString(R.string.wish_submitted));
        }, message -> {
            findViewById(R.id.submit_wish).setEnabled(true);
            status(message);
        });
    }

    @Override
    protected int statusViewId() {
        return R.id.wish_form_status;
    }

}
