package org.weiyuan.app.ui;

import android.graphics.Bitmap;
import android.graphics.BitmapFactory;
import android.util.TypedValue;
import android.widget.ImageView;
import android.widget.LinearLayout;
import android.widget.TextView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Action;
import org.weiyuan.app.core.ApiException;

import java.io.IOException;

/**
 * What staff's review pages (a wish in {@link WishReviewActivity}, a household file in {@link FileReviewActivity})
 * share: the page opened for one id, loaded with "正在加载…" and a retry; decisions confirmed, labelled "发布：…" for
 * the queue and sent through it; after each one the page follows the server: a decision taken closes it (the item
 * leaves the queue), a question reloads it, and a refusal is said at the top with the item shown as it is now
 * (the header never shows a state the server has left); pictures under their captions.
 *
 * @param <T> what the page shows once loaded
 */
abstract class ReviewScreen<T> extends Screen {

    private final int layout;
    private final String idExtra;

    /** A page of {@code layout}, for the id in the intent's extra {@code idExtra}. */
    ReviewScreen(int layout, String idExtra) {
        this.layout = layout;
        this.idExtra = idExtra;
    }

    /** The wish's or the file's id, from the intent. */
    protected String id;

    @Override
    protected void onCreate(android.os.Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(layout);
        id = getIntent().getStringExtra(idExtra);
        loadList(this::load, this::show);
    }

    /** Reads what the page shows (off the main thread). */
    protected abstract T load() throws IOException, ApiException;

    /** Shows it, the decisions included. */
    protected abstract void show(T loaded);

    /** The item again, what the status line says kept (a question's "sent", a refusal's reason). */
    protected void reload() {
        background.run(this::load, this::show, this::status);
    }

    /**
     * Sends a decision (or a question) labelled with what it is and about whom, e.g. "不予通过：王*" (what the
     * queue names if it is refused later); {@code then} runs once the server has taken it, a refusal reloads.
     */
    protected void decide(Action action, int what, String about, int done, Runnable then) {
        act(action.labelled(actionLabel(what, about)), getString(done), then, this::refused);
    }

    /** A decision taken: the item leaves the queue, back to it. */
    protected void decided() {
        setResult(RESULT_OK);
        finish();
    }

    /** A decision refused (another staff member was first, the item has moved on): why, and the item as it is now. */
    private void refused(String detail) {
        status(detail);
        reload();
    }

    /** A decision asked once more, in a dialog that says what it does. */
    protected void confirmed(String question, Runnable then) {
        new com.google.android.material.dialog.MaterialAlertDialogBuilder(this).setMessage(question)
                .setPositiveButton(R.string.confirm_yes, (d, which) -> then.run()).setNegativeButton(R.string.confirm_no, null).show();
    }

    interface Bytes {
        byte[] get() throws IOException, ApiException;
    }

    /** A picture's bytes decoded, or null when the server will not give them (it is then named, not shown). */
    static Bitmap picture(Bytes bytes) throws IOException {
        try {
            byte[] b = bytes.get();
            return BitmapFactory.decodeByteArray(b, 0, b.length);
        } catch (ApiException e) {
            return null;
        }
    }

    /** A caption, then the picture under it (described for TalkBack by the caption's words) if there is one. */
    protected void addPicture(LinearLayout list, String caption, String name, Bitmap bitmap) {
        list.addView(caption(caption));
        if (bitmap != null) {
            ImageView image = new ImageView(this);
            image.setImageBitmap(bitmap);
            image.setAdjustViewBounds(true);
            image.setMaxHeight(StaffViews.dp(this, 320));
            image.setContentDescription(name);
            list.addView(image, new LinearLayout.LayoutParams(LinearLayout.LayoutParams.MATCH_PARENT, LinearLayout.LayoutParams.WRAP_CONTENT));
        }
    }

    protected TextView caption(String text) {
        TextView caption = new TextView(this);
        caption.setTextSize(TypedValue.COMPLEX_UNIT_SP, 18);
        caption.setTextColor(((TextView) findViewById(statusViewId())).getCurrentTextColor());
        caption.setText(text);
        caption.setPadding(0, StaffViews.dp(this, 8), 0, StaffViews.dp(this, 4));
        return caption;
    }

    protected void text(int view, String text) {
        ((TextView) findViewById(view)).setText(text);
    }

    /** A refusal or a message is said at the top, and the page scrolls there (the buttons are at the bottom). */
    @Override
    protected void status(String text) {
        super.status(text);
        android.view.ViewParent parent = findViewById(statusViewId()).getParent();
        while (parent != null && !(parent instanceof android.widget.ScrollView)) {
            parent = parent.getParent();
        }
        if (parent != null) {
            android.widget.ScrollView scroll = (android.widget.ScrollView) parent;
            scroll.post(() -> scroll.smoothScrollTo(0, 0));
        }
    }
}
