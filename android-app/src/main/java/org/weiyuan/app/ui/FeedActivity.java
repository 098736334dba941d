package org.weiyuan.app.ui;

import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.view.View;
import android.widget.Button;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import org.weiyuan.app.R;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.ListState;
import org.weiyuan.app.core.WishCard;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The donor feed (爱心墙): wishes waiting for help, each with its progress. Public: no sign-in needed. */
public class FeedActivity extends AppCompatActivity {

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final Handler main = new Handler(Looper.getMainLooper());
    private final ListState<WishCard> state = new ListState<>();
    private WishAdapter adapter;
    private ApiClient api;
    private FeedCache cache;
    private android.net.ConnectivityManager.NetworkCallback whenOnline;
    /** All wishes, or the ones picked for this donor. */
    private boolean forYou;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_feed);
        AccountMenu.attach(this, findViewById(R.id.toolbar));
        api = new SessionStore(this).api(this);
        cache = new FeedCache(this);
        FeedCache.Saved saved = cache.load();
        if (saved != null) {
            state.restored(saved.cards, saved.savedAtMillis);
        }
        listenForTheNetwork();
        adapter = new WishAdapter(wish -> startActivity(new android.content.Intent(this, WishActivity.class)
                .putExtra(WishActivity.EXTRA_ID, wish.id)));
        RecyclerView list = findViewById(R.id.list);
        list.setLayoutManager(new LinearLayoutManager(this));
        list.setAdapter(adapter);
        Button retry = findViewById(R.id.retry);
        retry.setOnClickListener(v -> load());
        boolean donor = new SessionStore(this).session().home() == org.weiyuan.app.core.Session.Home.DONOR;
        findViewById(R.id.donor_actions).setVisibility(donor ? View.VISIBLE : View.GONE);
        Button toggle = findViewById(R.id.for_you);
        toggle.setOnClickListener(v -> {
            forYou = !forYou;
            toggle.setText(forYou ? R.string.feed_all : R.string.feed_for_you);
            load();
        });
        findViewById(R.id.my_donations).setOnClickListener(v -> startActivity(new android.content.Intent(this, DonationsActivity.class)));
        findViewById(R.id.inbox).setOnClickListener(v -> startActivity(new android.content.Intent(this, InboxActivity.class)));
        load();
    }

    private void load() {
        state.loading();
        render();
        io.execute(() -> {
            try {
                java.util.List<WishCard> items = forYou ? api.forYou() : api.feed(null).items;
                if (!forYou) {
                    cache.save(items, System.currentTimeMillis());
                }
                main.post(() -> {
                    state.loaded(items, System.currentTimeMillis());
                    render();
                });
            } catch (ApiException e) {
                main.post(() -> {
                    state.failed(e);
                    render();
                });
            } catch (IOException e) {
                main.post(() -> {
                    state.offline(getString(R.string.error_network));
                    render();
                });
            }
        });
    }

    private void render() {
        TextView status = findViewById(R.id.status);
        Button retry = findViewById(R.id.retry);
        adapter.submit(state.items());
        switch (state.status()) {
            case LOADING:
                show(status, getString(R.string.feed_loading));
                retry.setVisibility(View.GONE);
                break;
            case EMPTY:
                show(status, getString(R.string.feed_empty));
                retry.setVisibility(View.GONE);
                break;
            case ERROR:
                show(status, state.message());
                retry.setVisibility(View.VISIBLE);
                break;
            case STALE:
                show(status, getString(R.string.cached_age, android.text.format.DateUtils.getRelativeTimeSpanString(
                        state.loadedAtMillis(), System.currentTimeMillis(), android.text.format.DateUtils.MINUTE_IN_MILLIS)));
                retry.setVisibility(View.VISIBLE);
                break;
            default:
                status.setVisibility(View.GONE);
                retry.setVisibility(View.GONE);
        }
    }

    private static void show(TextView view, String text) {
        view.setText(text);
        view.setVisibility(View.VISIBLE);
    }

    /** When the network comes back, load again (what was shown offline was the saved copy). */
    private void listenForTheNetwork() {
        android.net.ConnectivityManager cm = getSystemService(android.net.ConnectivityManager.class);
        if (cm == null) {
            return;
        }
        whenOnline = new android.net.ConnectivityManager.NetworkCallback() {
            @Override
            public void onAvailable(android.net.Network network) {
                main.post(() -> {
                    if (state.status() == ListState.Status.STALE || state.status() == ListState.Status.ERROR) {
                        load();
                    }
                });
            }
        };
        cm.registerDefaultNetworkCallback(whenOnline);
    }

    @Override
    protected void onDestroy() {
        android.net.ConnectivityManager cm = getSystemService(android.net.ConnectivityManager.class);
        if (cm != null && whenOnline != null) {
            cm.unregisterNetworkCallback(whenOnline);
        }
        io.shutdownNow();
        super.onDestroy();
    }
}
