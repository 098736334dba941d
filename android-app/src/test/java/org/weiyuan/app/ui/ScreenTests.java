package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Context;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.os.Looper;
import android.view.View;
import android.widget.TextView;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.robolectric.RuntimeEnvironment;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/** What the screen tests share: pointing the app at the scripted server, signing in, waiting, screenshots. */
final class ScreenTests {

    private ScreenTests() { }

    /**
     * Starts the scripted server: each request is logged (when a log is given) and answered by
     * {@code answer}; the app is pointed at it.
     */
    static void serve(MockWebServer server, List<RecordedRequest> log, Function<RecordedRequest, MockResponse> answer)
            throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                if (log != null) {
                    log.add(r);
                }
                return answer.apply(r);
            }
        });
        server.start();
        pointAt(server);
    }

    static void pointAt(MockWebServer server) {
        RuntimeEnvironment.getApplication().getSharedPreferences("weiyuan", Context.MODE_PRIVATE).edit()
                .putString("server", server.url("/").toString()).commit();
    }

    /** Signs in with a token carrying these roles (the app reads claims; the server checks signatures). */
    static void signIn(String username, String... roles) {
        new SessionStore(RuntimeEnvironment.getApplication()).save(accessToken(username, roles), "refresh-1");
    }

    /** An access token as Keycloak shapes it (unsigned here): the user's name and realm roles. */
    static String accessToken(String username, String... roles) {
        String claims = "{\"preferred_username\":\"" + username + "\",\"realm_access\":{\"roles\":[\""
                + String.join("\",\"", roles) + "\"]}}";
        return "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    /** Runs the main looper until the condition holds (work happens on background threads), at most 10 s. */
    static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            shadowOf(Looper.getMainLooper()).idle();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out");
    }

    /**
     * Draws the whole window (Robolectric's native graphics) into target/screenshots/NAME; every
     * screen photographed is also checked for TalkBack: each control on it says what it is.
     */
    static void screenshot(Activity activity, String name) throws IOException {
        View root = activity.getWindow().getDecorView().getRootView();
        assertThat(unlabelledControls(root)).as("controls TalkBack cannot name on " + name).isEmpty();
        Bitmap bitmap = Bitmap.createBitmap(root.getWidth(), root.getHeight(), Bitmap.Config.ARGB_8888);
        root.draw(new Canvas(bitmap));
        File dir = new File(System.getProperty("weiyuan.screenshots", "target/screenshots"));
        dir.mkdirs();
        try (FileOutputStream out = new FileOutputStream(new File(dir, name))) {
            bitmap.compress(Bitmap.CompressFormat.PNG, 100, out);
        }
        assertThat(new File(dir, name).length()).isGreaterThan(1000);
    }

    /**
     * The visible controls TalkBack would announce without a name: a field with neither hint, description
     * nor label, or something clickable with neither text (its own or its children's) nor description.
     */
    static java.util.List<String> unlabelledControls(View root) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.Set<Integer> labelled = new java.util.HashSet<>();
        collectLabels(root, labelled);
        walk(root, found, labelled);
        return found;
    }

    private static void collectLabels(View v, java.util.Set<Integer> labelled) {
        if (v.getLabelFor() != View.NO_ID) {
            labelled.add(v.getLabelFor());
        }
        if (v instanceof android.view.ViewGroup) {
            android.view.ViewGroup g = (android.view.ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                collectLabels(g.getChildAt(i), labelled);
            }
        }
    }

    private static void walk(View v, java.util.List<String> found, java.util.Set<Integer> labelled) {
        if (v.getVisibility() != View.VISIBLE
                || v.getImportantForAccessibility() == View.IMPORTANT_FOR_ACCESSIBILITY_NO_HIDE_DESCENDANTS) {
            return;
        }
        boolean described = v.getContentDescription() != null && v.getContentDescription().length() > 0;
        if (v instanceof android.widget.EditText) {
            CharSequence hint = ((android.widget.EditText) v).getHint();
            if (!described && (hint == null || hint.length() == 0) && !labelled.contains(v.getId())) {
                found.add(name(v));
            }
        } else if ((v.isClickable() || v.isLongClickable()) && !described && !hasText(v)) {
            found.add(name(v));
        }
        if (v instanceof android.view.ViewGroup) {
            android.view.ViewGroup g = (android.view.ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                walk(g.getChildAt(i), found, labelled);
            }
        }
    }

    private static boolean hasText(View v) {
        if (v instanceof TextView && ((TextView) v).getText() != null && ((TextView) v).getText().length() > 0) {
            return true;
        }
        if (v instanceof android.view.ViewGroup) {
            android.view.ViewGroup g = (android.view.ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                if (g.getChildAt(i).getVisibility() == View.VISIBLE && hasText(g.getChildAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(View v) {
        String id = v.getId() == View.NO_ID ? "(no id)" : v.getResources().getResourceEntryName(v.getId());
        return v.getClass().getSimpleName() + " " + id;
    }

    /** At the largest system font the text grows and still fits the screen's width (it wraps, nothing is cut). */
    static void readableAtLargestFont(android.app.Activity a, TextView text, float normalSp) {
        float px = a.getResources().getDisplayMetrics().density * normalSp;
        // Android 14 scales large text less than linearly: 24sp at 2× is 36dp
        assertThat(text.getTextSize()).isGreaterThanOrEqualTo(px * 1.4f);
        int[] at = new int[2];
        text.getLocationInWindow(at);
        assertThat(at[0] + text.getWidth()).isLessThanOrEqualTo(a.getWindow().getDecorView().getWidth());
    }

}
