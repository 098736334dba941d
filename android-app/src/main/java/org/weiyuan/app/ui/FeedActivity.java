package org.weiyuan.app.ui;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.AdapterView;
import android.widget.ArrayAdapter;
import android.widget.Button;
import android.widget.Spinner;
import android.widget.TextView;

import androidx.appcompat.app.AppCompatActivity;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.google.android.material.chip.Chip;
import com.google.android.material.chip.ChipGroup;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.FeedQuery;
import org.weiyuan.app.core.ListState;
import org.weiyuan.app.core.Session;
import org.weiyuan.app.core.WishCard;

import java.util.ArrayList;
import java.util.List;

/**
 * The donor feed (爱心墙): wishes waiting for help, each with its progress, narrowed by kind, district
 * and order, and paged as the reader scrolls. Public: no sign-in needed.
 */
public class FeedActivity extends AppCompatActivity {

    /** The kinds of wish a donor can narrow the feed to ("" is any). */
    private static final String[] KINDS = {"", "GOODS", "CASH", "SERVICE", "SCHOLARSHIP", "FESTIVAL_AID"};
    /** Fetch the next page when the reader is this close to the end. */
    private static final int PAGE_AHEAD = 4;

    private final ListState<WishCard> state = new ListState<>();
    private final List<String> districts = new ArrayList<>();
    private WishAdapter adapter;
    private ApiClient api;
    private FeedCache cache;
    private Background background;
    private WhenOnline whenOnline;
    /** All wishes, or the ones picked for this donor. */
    private boolean forYou;
    private FeedQuery query = FeedQuery.ALL;
    /** Counts the loads, so that a page answering an older query is dropped. */
    private int generation;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        ElderMode.applyTheme(this);
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_feed);
        ElderMode.enlarge(this);
        UpButton.attach(this, true); // the donors' (and everyone signed out's) home screen
        AccountMenu.attach(this, findViewById(R.id.toolbar));
        api = new SessionStore(this).api(this);
        background = new Background(getString(R.string.error_network));
        cache = new FeedCache(this);
        FeedCache.Saved saved = cache.load();
        if (saved != null) {
            state.restored(saved.cards, saved.savedAtMillis);
        }
        // when the network comes back, load again (what was shown offline was the saved copy)
        whenOnline = new WhenOnline(this, () -> {
            if (state.status() == ListState.Status.STALE || state.status() == ListState.Status.ERROR) {
                load();
            }
        });
        adapter = new WishAdapter(wish -> startActivity(new Intent(this, WishActivity.class).putExtra(WishActivity.EXTRA_ID, wish.id)));
        RecyclerView list = findViewById(R.id.list);
        LinearLayoutManager layout = new LinearLayoutManager(this);
        list.setLayoutManager(layout);
        list.setAdapter(adapter);
        list.addOnScrollListener(new RecyclerView.OnScrollListener() {
            @Override
            public void onScrolled(RecyclerView view, int dx, int dy) {
                if (layout.findLastVisibleItemPosition() >= adapter.getItemCount() - PAGE_AHEAD) {
                    loadMore();
                }
            }
        });
        Button retry = findViewById(R.id.retry);
        retry.setOnClickListener(v -> load());
        boolean donor = new SessionStore(this).session().home() == Session.Home.DONOR;
        findViewById(R.id.donor_actions).setVisibility(donor ? View.VISIBLE : View.GONE);
        Button toggle = findViewById(R.id.for_you);
        toggle.setOnClickListener(v -> {
            forYou = !forYou;
            toggle.setText(forYou ? R.string.feed_all : R.string.feed_for_you);
            findViewById(R.id.feed_filters).setVisibility(forYou ? View.GONE : View.VISIBLE);
            state.reset();
            load();
        });
        findViewById(R.id.my_donations).setOnClickListener(v -> startActivity(new Intent(this, DonationsActivity.class)));
        findViewById(R.id.inbox).setOnClickListener(v -> startActivity(new Intent(this, InboxActivity.class)));
        setUpFilters();
        load();
    }

    private void setUpFilters() {
        ChipGroup kinds = findViewById(R.id.feed_kinds);
        for (String kind : KINDS) {
            Chip chip = new Chip(this);
            chip.setId(View.generateViewId());
            chip.setTag(kind);
            chip.setText(getResources().getIdentifier("feed_kind_" + (kind.isEmpty() ? "ALL" : kind), "string", getPackageName()));
            chip.setCheckable(true);
            chip.setChecked(kind.isEmpty());
            chip.setTextSize(18);
            kinds.addView(chip);
        }
        kinds.setOnCheckedStateChangeListener((group, checked) -> {
            if (!checked.isEmpty()) {
                narrow(query.kind((String) group.findViewById(checked.get(0)).getTag()));
            }
        });

        Spinner sort = findViewById(R.id.feed_sort);
        sort.setAdapter(choices(getString(R.string.feed_sort_URGENCY), getString(R.string.feed_sort_NEAREST_GOAL),
                getString(R.string.feed_sort_NEWEST)));
        sort.setOnItemSelectedListener(selected(position -> narrow(query.sort(FeedQuery.Sort.values()[position]))));

        Spinner district = findViewById(R.id.feed_district);
        districts.clear();
        districts.add(null);
        district.setAdapter(choices(getString(R.string.feed_district_any)));
        district.setOnItemSelectedListener(selected(position -> narrow(query.district(districts.get(position)))));
        // without the list the feed still works, for every district
        background.run(api::feedDistricts, this::showDistricts, refused -> { }, () -> { });
    }

    private void showDistricts(List<Responses.District> found) {
        List<String> labels = new ArrayList<>();
        labels.add(getString(R.string.feed_district_any));
        for (Responses.District d : found) {
            districts.add(d.name);
            labels.add(getString(R.string.feed_district_count, d.name, d.wishes));
        }
        ((Spinner) findViewById(R.id.feed_district)).setAdapter(choices(labels.toArray(new String[0])));
    }

    private ArrayAdapter<String> choices(String... labels) {
        ArrayAdapter<String> a = new ArrayAdapter<>(this, R.layout.item_choice, labels);
        a.setDropDownViewResource(R.layout.item_choice);
        return a;
    }

    private interface Chosen {
        void at(int position);
    }

    private static AdapterView.OnItemSelectedListener selected(Chosen chosen) {
        return new AdapterView.OnItemSelectedListener() {
            @Override
            public void onItemSelected(AdapterView<?> parent, View view, int position, long id) {
                chosen.at(position);
            }

            @Override
            public void onNothingSelected(AdapterView<?> parent) {
                // keep the current choice
            }
        };
    }

    /** A new filter: start again from its first page (spinners also report their first choice; that changes nothing). */
    private void narrow(FeedQuery next) {
        if (!next.equals(query)) {
            query = next;
            state.reset();
            load();
        }
    }

    private void load() {
        int asked = ++generation;
        FeedQuery q = query;
        boolean mine = forYou;
        state.loading();
        render();
        background.run(() -> {
            ApiClient.Page<WishCard> page = mine ? new ApiClient.Page<>(api.forYou(), null) : api.feed(q, null);
            if (!mine && q.isDefault()) {
                cache.save(page.items, System.currentTimeMillis());
            }
            return page;
        }, page -> deliver(asked, () -> state.loaded(page.items, page.nextCursor, System.currentTimeMillis())),
                refused -> deliver(asked, () -> state.failed(refused)),
                () -> deliver(asked, () -> state.offline(getString(R.string.error_network))));
    }

    /** The next page, when the reader nears the end of what is shown. */
    private void loadMore() {
        if (forYou || !state.startLoadingMore()) {
            return;
        }
        int asked = generation;
        FeedQuery q = query;
        String cursor = state.nextCursor();
        background.run(() -> api.feed(q, cursor), page -> deliver(asked, () -> state.appended(page.items, page.nextCursor)),
                refused -> deliver(asked, state::moreFailed), () -> deliver(asked, state::moreFailed));
    }

    /** Applies an answer (on the main thread), unless the reader has since asked for something else. */
    private void deliver(int asked, Runnable change) {
        if (asked == generation) {
            change.run();
            render();
        }
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
                show(status, getString(query.isDefault() || forYou ? R.string.feed_empty : R.string.feed_empty_filtered));
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

    @Override
    protected void onDestroy() {
        whenOnline.stop();
        background.stop();
        super.onDestroy();
    }
}
