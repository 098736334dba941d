package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;

import androidx.appcompat.app.AppCompatActivity;

import org.weiyuan.app.core.DeepLink;
import org.weiyuan.app.core.Session;

/**
 * The launcher: the role in the signed-in user's token decides the first screen. It also opens the
 * links of notifications (weiyuan://…), from the inbox or from a push message.
 */
public class HomeActivity extends AppCompatActivity {

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        String link = getIntent().getData() == null ? null : getIntent().getData().toString();
        startActivity(link == null ? new Intent(this, screenFor(new SessionStore(this).session().home())) : open(this, link));
        finish();
    }

    /** The screen a notification's link leads to, for the role of whoever is signed in. */
    static Intent open(android.content.Context context, String link) {
        DeepLink target = DeepLink.parse(link, new SessionStore(context).session().home());
        switch (target.screen) {
            case WISH:
                return new Intent(context, WishActivity.class).putExtra(WishActivity.EXTRA_ID, target.id);
            case MY_FILE:
                return new Intent(context, WorkerActivity.class);
            case JOBS:
                return new Intent(context, JobsActivity.class);
            case SERVICES:
                return new Intent(context, ServicesActivity.class);
            case DONATIONS:
                return new Intent(context, DonationsActivity.class);
            case STAFF_FILES:
                if (target.id != null) { // a file's link: the whole file, where staff decide
                    return new Intent(context, FileReviewActivity.class).putExtra(FileReviewActivity.EXTRA_ID, target.id);
                }
                return new Intent(context, FilesQueueActivity.class).putExtra(FilesQueueActivity.EXTRA_QUEUE, "FILES");
            case STAFF_WISHES:
                if (target.id != null) { // a wish's link: the whole wish, where staff vet it
                    return new Intent(context, WishReviewActivity.class).putExtra(WishReviewActivity.EXTRA_ID, target.id);
                }
                return new Intent(context, FilesQueueActivity.class).putExtra(FilesQueueActivity.EXTRA_QUEUE, "WISHES");
            case STAFF_DISBURSEMENTS:
                return new Intent(context, FilesQueueActivity.class).putExtra(FilesQueueActivity.EXTRA_QUEUE, "DISBURSEMENTS");
            default:
                return new Intent(context, InboxActivity.class);
        }
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
