package org.weiyuan.app.ui;

import android.app.Activity;
import android.content.Context;
import android.util.TypedValue;
import android.view.View;
import android.view.ViewGroup;
import android.widget.CompoundButton;
import android.widget.EditText;
import android.widget.TextView;

import org.weiyuan.app.R;

/**
 * 长辈版 (the elder-friendly mode of China's 适老化 guidelines): text larger still (at least 18 sp,
 * a quarter above the normal size), touch targets of at least 64 dp, 1.3× line spacing, a
 * high-contrast theme, and a home screen of the few main actions. Remembered on the phone, and kept
 * across signing out (it is the phone's owner's choice, not the account's).
 */
final class ElderMode {

    /** The smallest text in 长辈版, in sp. */
    static final float MIN_TEXT_SP = 18f;
    /** How much larger than the normal size text is in 长辈版. */
    static final float TEXT_SCALE = 1.25f;
    /** The smallest touch target in 长辈版, in dp (the guidelines ask for 60). */
    static final int MIN_TARGET_DP = 64;
    static final float LINE_SPACING = 1.3f;

    private static final String KEY = "elder_mode";

    private ElderMode() { }

    static boolean on(Context context) {
        return context.getSharedPreferences("weiyuan", Context.MODE_PRIVATE).getBoolean(KEY, false);
    }

    static void set(Context context, boolean on) {
        context.getSharedPreferences("weiyuan", Context.MODE_PRIVATE).edit().putBoolean(KEY, on).apply();
    }

    /** Before the activity's views are made: the high-contrast theme. */
    static void applyTheme(Activity activity) {
        if (on(activity)) {
            activity.setTheme(R.style.Theme_Weiyuan_Elder);
        }
    }

    /**
     * After setContentView: enlarges what is on the screen now and whatever is added later (list rows
     * are added as answers arrive), each view once.
     */
    static void enlarge(Activity activity) {
        if (!on(activity)) {
            return;
        }
        View root = activity.getWindow().getDecorView();
        enlargeTree(root);
        root.getViewTreeObserver().addOnGlobalLayoutListener(() -> enlargeTree(root));
    }

    static void enlargeTree(View v) {
        enlargeTree(v, false);
    }

    /**
     * Inside a toolbar only the actions (账户, 登录…) are enlarged, text and target alike: the title
     * keeps the toolbar's own size, which a 1.3× line spacing would push out of the bar.
     */
    private static void enlargeTree(View v, boolean inToolbar) {
        if (v.getTag(R.id.elder_enlarged) == null && v instanceof androidx.appcompat.widget.Toolbar) {
            v.setTag(R.id.elder_enlarged, Boolean.TRUE);
            // the bar grows with its actions: a 64 dp 账户 needs a bar as high
            int target = Math.round(MIN_TARGET_DP * v.getResources().getDisplayMetrics().density);
            v.setMinimumHeight(Math.max(v.getMinimumHeight(), target));
        } else if (v.getTag(R.id.elder_enlarged) == null && (!inToolbar || v instanceof androidx.appcompat.view.menu.ActionMenuItemView)) {
            v.setTag(R.id.elder_enlarged, Boolean.TRUE);
            enlargeOne(v);
        } else if (v.getTag(R.id.elder_enlarged) == null && v instanceof android.widget.ImageButton) {
            // the up arrow (返回): a 64 dp square, like the toolbar's other actions
            v.setTag(R.id.elder_enlarged, Boolean.TRUE);
            int target = Math.round(MIN_TARGET_DP * v.getResources().getDisplayMetrics().density);
            v.setMinimumHeight(Math.max(v.getMinimumHeight(), target));
            v.setMinimumWidth(Math.max(v.getMinimumWidth(), target));
        }
        if (v instanceof ViewGroup) {
            ViewGroup group = (ViewGroup) v;
            boolean toolbar = inToolbar || v instanceof androidx.appcompat.widget.Toolbar;
            for (int i = 0; i < group.getChildCount(); i++) {
                enlargeTree(group.getChildAt(i), toolbar);
            }
        }
    }

    private static void enlargeOne(View v) {
        float density = v.getResources().getDisplayMetrics().density;
        if (v instanceof TextView) {
            TextView text = (TextView) v;
            float min = TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_SP, MIN_TEXT_SP, v.getResources().getDisplayMetrics());
            text.setTextSize(TypedValue.COMPLEX_UNIT_PX, Math.max(text.getTextSize() * TEXT_SCALE, min));
            text.setLineSpacing(0f, LINE_SPACING);
        }
        if (v.isClickable() || v instanceof EditText || v instanceof CompoundButton) {
            int target = Math.round(MIN_TARGET_DP * density);
            v.setMinimumHeight(Math.max(v.getMinimumHeight(), target));
            if (v instanceof TextView) {
                ((TextView) v).setMinHeight(Math.max(((TextView) v).getMinHeight(), target));
            }
        }
    }
}
