package org.weiyuan.app.ui;

import android.text.Editable;
import android.text.TextWatcher;

/** A field's text as it is typed, for a form that keeps what was typed in its draft. */
final class Typed implements TextWatcher {

    interface Into {
        void text(String typed);
    }

    private final Into into;

    Typed(Into into) {
        this.into = into;
    }

    @Override
    public void beforeTextChanged(CharSequence s, int start, int count, int after) { }

    @Override
    public void onTextChanged(CharSequence s, int start, int before, int count) { }

    @Override
    public void afterTextChanged(Editable s) {
        into.text(s.toString());
    }
}
