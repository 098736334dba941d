package org.weiyuan.app.ui;

import android.content.Context;
import android.widget.Button;
import android.widget.EditText;
import android.widget.ImageButton;
import android.widget.LinearLayout;
import android.widget.TextView;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;

import static org.assertj.core.api.Assertions.assertThat;

/** The TalkBack check every screenshot runs finds what it should, and only that. */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34)
public class AccessibilityCheckTest {

    @Test
    public void findsAnUnnamedButtonAndAFieldWithoutHintOrLabel() {
        Context c = RuntimeEnvironment.getApplication();
        LinearLayout screen = new LinearLayout(c);
        ImageButton icon = new ImageButton(c); // an icon and nothing to say what it does
        icon.setOnClickListener(v -> { });
        screen.addView(icon);
        screen.addView(new EditText(c)); // no hint, no label
        Button named = new Button(c);
        named.setText("认捐");
        screen.addView(named);
        EditText hinted = new EditText(c);
        hinted.setHint("回答");
        screen.addView(hinted);
        EditText labelled = new EditText(c);
        labelled.setId(42);
        TextView label = new TextView(c);
        label.setText("学校");
        label.setLabelFor(42);
        screen.addView(label);
        screen.addView(labelled);
        LinearLayout card = new LinearLayout(c); // a clickable card is read by its children's text
        card.setOnClickListener(v -> { });
        TextView title = new TextView(c);
        title.setText("冬天的棉被");
        card.addView(title);
        screen.addView(card);

        assertThat(ScreenTests.unlabelledControls(screen)).containsExactly("ImageButton (no id)", "EditText (no id)");

        icon.setContentDescription("刷新");
        assertThat(ScreenTests.unlabelledControls(screen)).containsExactly("EditText (no id)");
    }

    @Test
    public void theContrastCheckFindsPaleHintsAndTextOnPaleFillsAndNothingElse() {
        Context c = RuntimeEnvironment.getApplication();
        LinearLayout screen = new LinearLayout(c);
        screen.setBackgroundColor(0xFFFFFFFF);
        EditText pale = new EditText(c);
        pale.setHint("您的回答");
        pale.setHintTextColor(0xFFA0A0A0); // 2.6:1 on white, as a stock hint
        screen.addView(pale);
        EditText dark = new EditText(c);
        dark.setHint("学校");
        dark.setHintTextColor(0xFF616161);
        screen.addView(dark);
        TextView onPink = new TextView(c);
        onPink.setText("已有爱心人士认捐");
        onPink.setTextColor(0xFFFFFFFF);
        onPink.setBackgroundColor(0x80C62828); // half-transparent red over white: white text on pink
        screen.addView(onPink);
        TextView onRed = new TextView(c);
        onRed.setText("发布微愿");
        onRed.setTextColor(0xFFFFFFFF);
        onRed.setBackgroundColor(0xFFC62828);
        screen.addView(onRed);

        assertThat(ScreenTests.lowContrastTexts(screen)).hasSize(2);
        assertThat(ScreenTests.lowContrastTexts(screen).get(0)).startsWith("EditText (no id) \"您的回答\" (hint) 2.");
        assertThat(ScreenTests.lowContrastTexts(screen).get(1)).startsWith("TextView (no id) \"已有爱心人士认捐\"");
        assertThat(ScreenTests.contrast(0xFFFFFFFF, 0xFF000000)).isEqualTo(21.0, org.assertj.core.api.Assertions.within(0.01));
    }
}
