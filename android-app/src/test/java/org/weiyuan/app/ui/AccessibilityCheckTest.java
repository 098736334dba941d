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
}
