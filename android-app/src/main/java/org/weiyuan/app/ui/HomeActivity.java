package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;

import androidx.appcompat.app.AppCompatActivity;

import org.weiyuan.app.core.Session;

/** The launcher: the role in the signed-in user's token decides the first screen. */
public class HomeActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        startActivity(new Intent(this, screenFor(new SessionStore(this).session().home())));
        finish();
    }

    static Class<?> screenFor(Session.Home home) {
        switch (home) {
            case STAFF:
                return FilesQueueActivity.class;
            case WORKER:
                return WorkerActivity.class;
            default:
                return FeedActivity.class; // donors, and everyone before signing in: the wishes
        }
    }
}
