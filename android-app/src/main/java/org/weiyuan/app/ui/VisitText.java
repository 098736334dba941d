package org.weiyuan.app.ui;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Responses;

import java.util.ArrayList;
import java.util.List;

/** A home visit (入户核查) in words: the day, the four looks, the help recommended, the conclusion (the file and the wish pages). */
final class VisitText {

    private VisitText() { }

    /** Every visit, oldest first, or why there is none. */
    static String all(Screen screen, List<Responses.Visit> visits) {
        if (visits.isEmpty()) {
            return screen.getString(R.string.review_no_visits);
        }
        StringBuilder s = new StringBuilder();
        for (Responses.Visit v : visits) {
            s.append(s.length() == 0 ? "" : "\n\n").append(one(screen, v));
        }
        return s.toString();
    }

    static String one(Screen screen, Responses.Visit v) {
        String none = screen.getString(R.string.review_none);
        List<String> help = new ArrayList<>();
        for (String h : v.recommendedHelp) {
            help.add(screen.label("help_kind_", h));
        }
        return screen.getString(R.string.review_visit, v.visitedOn, orNone(v.housing, none), orNone(v.food, none),
                orNone(v.workingCapacity, none), orNone(v.childrenInSchool, none),
                help.isEmpty() ? none : android.text.TextUtils.join(screen.getString(R.string.review_separator), help), orNone(v.summary, none));
    }

    private static String orNone(String text, String none) {
        return text == null || text.isEmpty() ? none : text;
    }
}
