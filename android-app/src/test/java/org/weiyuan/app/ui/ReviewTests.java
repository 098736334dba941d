package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.DialogInterface;
import android.content.Intent;
import android.view.View;
import android.widget.TextView;

import androidx.appcompat.app.AlertDialog;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

import org.robolectric.Robolectric;
import org.robolectric.RuntimeEnvironment;

import java.util.List;
import java.util.function.Predicate;

import static org.robolectric.Shadows.shadowOf;

/** What the staff review pages' tests share (WishReviewActivityTest, FileReviewActivityTest): open one, read it, answer its dialogs. */
final class ReviewTests {

    private ReviewTests() { }

    /** A review page opened for one id, once {@code loaded} says it has shown what it read. */
    static <A extends ReviewScreen<?>> A open(Class<A> page, String extra, String id, Predicate<A> loaded) throws InterruptedException {
        A a = Robolectric.buildActivity(page, new Intent(RuntimeEnvironment.getApplication(), page).putExtra(extra, id)).setup().get();
        ScreenTests.await(() -> loaded.test(a));
        return a;
    }

    static String text(Activity a, int id) {
        return ((TextView) a.findViewById(id)).getText().toString();
    }

    /** The dialog shown last (a prompt or a confirmation), once the main thread has shown it. */
    static AlertDialog dialog() {
        shadowOf(android.os.Looper.getMainLooper()).idle();
        return (AlertDialog) org.robolectric.shadows.ShadowDialog.getLatestDialog();
    }

    /** What a confirmation asks. */
    static String message(AlertDialog confirmation) {
        return ((TextView) confirmation.findViewById(android.R.id.message)).getText().toString();
    }

    /** Answers a prompt (a question, a reason) and presses OK. */
    static void type(AlertDialog prompt, String text) {
        ((android.widget.EditText) find(prompt.getWindow().getDecorView(), android.widget.EditText.class)).setText(text);
        prompt.getButton(DialogInterface.BUTTON_POSITIVE).performClick();
    }

    /** The dialog shown last, its button pressed. */
    static void press(int button) {
        dialog().getButton(button).performClick();
    }

    static View find(View v, Class<?> type) {
        if (type.isInstance(v)) {
            return v;
        }
        if (v instanceof android.view.ViewGroup) {
            android.view.ViewGroup g = (android.view.ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                View found = find(g.getChildAt(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first request to a path (the test fails if there was none). */
    static RecordedRequest request(List<RecordedRequest> requests, String path) {
        return requests.stream().filter(r -> r.getPath().equals(path)).findFirst().orElseThrow();
    }

    /** A JPEG of one colour, as the server sends a photo or a document's picture. */
    static MockResponse jpeg(int colour, int width, int height) {
        android.graphics.Bitmap b = android.graphics.Bitmap.createBitmap(width, height, android.graphics.Bitmap.Config.ARGB_8888);
        b.eraseColor(colour);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        b.compress(android.graphics.Bitmap.CompressFormat.JPEG, 80, out);
        return new MockResponse().setHeader("Content-Type", "image/jpeg").setBody(new okio.Buffer().write(out.toByteArray()));
    }

    /** The server's 409: the item has moved on (another staff member was first); {@code detail} says to what. */
    static MockResponse conflict(String detail, String currentState) {
        return new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/problem+json")
                .setBody("{\"type\":\"https://weiyuan.org/problems/illegal-transition\",\"title\":\"状态冲突\",\"status\":409,"
                        + "\"detail\":\"" + detail + "\",\"currentState\":\"" + currentState + "\"}");
    }
}
