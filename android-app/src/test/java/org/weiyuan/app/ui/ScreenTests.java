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

    /** What the scripted servers of the running test answered that the API would not (see {@link Contract}). */
    private static final List<String> DRIFT = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Starts the scripted server: each request is logged (when a log is given) and answered by
     * {@code answer}; the app is pointed at it. Every request and every answer is checked against
     * the backend's OpenAPI document; {@link #stop} fails the test on any drift.
     */
    static void serve(MockWebServer server, List<RecordedRequest> log, Function<RecordedRequest, MockResponse> answer)
            throws IOException {
        DRIFT.clear();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                if (log != null) {
                    log.add(r);
                }
                MockResponse response = answer.apply(r);
                try {
                    DRIFT.addAll(Contract.get().check(r, response));
                } catch (RuntimeException e) {
                    DRIFT.add(r.getMethod() + " " + r.getPath() + ": the check itself failed: " + e);
                }
                return response;
            }
        });
        server.start();
        pointAt(server);
    }

    /** Stops the scripted server; fails if anything it was asked or answered is not the API's. */
    static void stop(MockWebServer server) throws IOException {
        server.shutdown();
        List<String> found = new java.util.ArrayList<>(DRIFT);
        DRIFT.clear();
        assertThat(found).as("requests and scripted answers that the API (docs/openapi.json) does not have").isEmpty();
    }

    static void pointAt(MockWebServer server) {
        RuntimeEnvironment.getApplication().getSharedPreferences("weiyuan", Context.MODE_PRIVATE).edit()
                .putString("server", server.url("/").toString()).commit();
    }

    /** Points the app at a closed port: every call fails at once, for tests of what a screen shows before any answer. */
    static void pointAtNothing() throws IOException {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        RuntimeEnvironment.getApplication().getSharedPreferences("weiyuan", Context.MODE_PRIVATE).edit()
                .putString("server", "http://127.0.0.1:" + closed + "/").commit();
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

    /** Waits until the view shows {@code expected}; on a time-out says what it showed instead. */
    static void awaitText(TextView view, String expected) throws InterruptedException {
        try {
            await(() -> expected.equals(view.getText().toString()));
        } catch (AssertionError e) {
            throw new AssertionError("timed out waiting for \"" + expected + "\"; shows \"" + view.getText() + "\"");
        }
    }

    /**
     * Draws the whole window (Robolectric's native graphics) into target/screenshots/NAME; every
     * screen photographed is also checked for TalkBack (each control on it says what it is) and for
     * contrast (every text and hint shown, enabled or not, at least 4.5:1 against what is behind it).
     */
    static void screenshot(Activity activity, String name) throws IOException {
        View root = activity.getWindow().getDecorView().getRootView();
        assertThat(unlabelledControls(root)).as("controls TalkBack cannot name on " + name).isEmpty();
        assertThat(lowContrastTexts(root)).as("text below 4.5:1 against its background on " + name).isEmpty();
        if (android.os.Build.VERSION.SDK_INT < 26) {
            return; // Robolectric draws with native graphics from API 26 only: the checks above are what runs at minSdk
        }
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

    /** The minimum contrast of text against its background (WCAG 2 AA for normal text). */
    static final double MIN_CONTRAST = 4.5;

    /**
     * Visible texts (and hints of empty fields) whose colour is below {@link #MIN_CONTRAST} against
     * the colour behind them: the view's own background, its parents' and the window's, composited
     * (a disabled button's translucent fill included). Disabled controls are not exempt: what is
     * written on them must be readable too.
     */
    static java.util.List<String> lowContrastTexts(View root) {
        java.util.List<String> found = new java.util.ArrayList<>();
        int window = windowBackground(root);
        walkContrast(root, found, window);
        return found;
    }

    private static void walkContrast(View v, java.util.List<String> found, int window) {
        if (v.getVisibility() != View.VISIBLE) {
            return;
        }
        if (v instanceof TextView) {
            TextView t = (TextView) v;
            boolean hint = t.getText().length() == 0;
            CharSequence shown = hint ? t.getHint() : t.getText();
            if (shown != null && shown.length() > 0) {
                int bg = behind(t, window);
                int fg = over(hint ? t.getCurrentHintTextColor() : t.getCurrentTextColor(), bg);
                double ratio = contrast(fg, bg);
                if (ratio < MIN_CONTRAST) {
                    found.add(String.format(java.util.Locale.ROOT, "%s \"%s\"%s %.2f:1", name(v), shown, hint ? " (hint)" : "", ratio));
                }
            }
        }
        if (v instanceof android.view.ViewGroup) {
            android.view.ViewGroup g = (android.view.ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                walkContrast(g.getChildAt(i), found, window);
            }
        }
    }

    /** The opaque colour behind a view's text: its and its parents' fills over the window's. */
    static int behind(View v, int window) {
        java.util.List<Integer> layers = new java.util.ArrayList<>();
        View at = v;
        while (at != null) {
            Integer fill = fill(at);
            if (fill != null && android.graphics.Color.alpha(fill) > 0) {
                layers.add(fill);
                if (android.graphics.Color.alpha(fill) == 255) {
                    break;
                }
            }
            at = at.getParent() instanceof View ? (View) at.getParent() : null;
        }
        int colour = window;
        for (int i = layers.size() - 1; i >= 0; i--) {
            colour = over(layers.get(i), colour);
        }
        return colour;
    }

    /** The colour a view paints behind its content, or null when it paints none that can be read here. */
    private static Integer fill(View v) {
        int[] state = v.getDrawableState();
        if (v instanceof com.google.android.material.chip.Chip) {
            android.content.res.ColorStateList c = ((com.google.android.material.chip.Chip) v).getChipBackgroundColor();
            return c == null ? null : c.getColorForState(state, c.getDefaultColor());
        }
        if (v instanceof com.google.android.material.button.MaterialButton) {
            android.content.res.ColorStateList c = ((com.google.android.material.button.MaterialButton) v).getBackgroundTintList();
            return c == null ? null : c.getColorForState(state, c.getDefaultColor());
        }
        if (v instanceof androidx.cardview.widget.CardView) {
            android.content.res.ColorStateList c = ((androidx.cardview.widget.CardView) v).getCardBackgroundColor();
            return c.getColorForState(state, c.getDefaultColor());
        }
        android.graphics.drawable.Drawable d = v.getBackground();
        if (d instanceof android.graphics.drawable.ColorDrawable) {
            return ((android.graphics.drawable.ColorDrawable) d).getColor();
        }
        if (d instanceof com.google.android.material.shape.MaterialShapeDrawable) {
            android.content.res.ColorStateList c = ((com.google.android.material.shape.MaterialShapeDrawable) d).getFillColor();
            return c == null ? null : c.getColorForState(state, c.getDefaultColor());
        }
        return null;
    }

    private static int windowBackground(View root) {
        android.util.TypedValue value = new android.util.TypedValue();
        if (root.getContext().getTheme().resolveAttribute(android.R.attr.colorBackground, value, true)
                && value.type >= android.util.TypedValue.TYPE_FIRST_COLOR_INT && value.type <= android.util.TypedValue.TYPE_LAST_COLOR_INT) {
            return value.data | 0xFF000000;
        }
        return android.graphics.Color.WHITE;
    }

    /** {@code top} (possibly translucent) painted over the opaque {@code bottom}. */
    static int over(int top, int bottom) {
        float a = android.graphics.Color.alpha(top) / 255f;
        return android.graphics.Color.rgb(
                Math.round(android.graphics.Color.red(top) * a + android.graphics.Color.red(bottom) * (1 - a)),
                Math.round(android.graphics.Color.green(top) * a + android.graphics.Color.green(bottom) * (1 - a)),
                Math.round(android.graphics.Color.blue(top) * a + android.graphics.Color.blue(bottom) * (1 - a)));
    }

    /** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int colour) {
        return 0.2126 * channel(android.graphics.Color.red(colour)) + 0.7152 * channel(android.graphics.Color.green(colour))
                + 0.0722 * channel(android.graphics.Color.blue(colour));
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
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

    /** After a test of a screen that shares files: the server stopped (and checked), the font and FileProvider's roots reset. */
    static void stopSharing(MockWebServer server) throws Exception {
        RuntimeEnvironment.setFontScale(1.0f);
        stop(server);
        forgetFileProviderRoots();
    }

    /**
     * FileProvider remembers its roots in a static cache for the life of the process; on a phone the
     * cache directory never moves, but Robolectric gives each test a new one.
     */
    static void forgetFileProviderRoots() throws ReflectiveOperationException {
        java.lang.reflect.Field cache = androidx.core.content.FileProvider.class.getDeclaredField("sCache");
        cache.setAccessible(true);
        ((java.util.Map<?, ?>) cache.get(null)).clear();
    }

    /** Density-independent pixels as pixels on this screen. */
    static int px(android.content.Context c, float dp) {
        return Math.round(dp * c.getResources().getDisplayMetrics().density);
    }
}
