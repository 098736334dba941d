package org.weiyuan.app.ui;

import android.app.Application;
import android.os.Handler;
import android.os.Looper;

import androidx.lifecycle.AndroidViewModel;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.SavedStateHandle;

import org.weiyuan.app.R;
import org.weiyuan.app.core.Responses;
import org.weiyuan.app.core.ApiClient;
import org.weiyuan.app.core.ApiException;
import org.weiyuan.app.core.PledgeFlow;
import org.weiyuan.app.core.WishCard;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The wish page's state, kept apart from the screen: the wish and its report as loaded, and the
 * donor's pledge. A rotation keeps this object (and the pledge's network calls going on in it);
 * the process being killed keeps what {@link SavedStateHandle} holds — the amount, its
 * idempotency key, the pledge's id and step — so the page picks the pledge up where it stopped:
 * a pledge whose answer never came is sent again with the same key (the server answers with the
 * one it has), a pledge awaiting payment is looked up. After paying, the wish's figures are loaded
 * again.
 */
public class WishModel extends AndroidViewModel {

    /** How often and how long to look for the gateway's notice after paying. */
    static long pollMillis = 1_000;
    static final int POLLS = 30;

    private final SavedStateHandle state;
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final Handler main = new Handler(Looper.getMainLooper());
    /** Ticks each time something the screen shows changed. */
    final MutableLiveData<Integer> changed = new MutableLiveData<>(0);

    private ApiClient api;
    private String wishId;
    private volatile boolean cleared;

    WishCard wish;
    Responses.FundingReport report;
    /** Every photo staff cleared for donors, in order (one that would not load is left out). */
    java.util.List<byte[]> photos = java.util.Collections.emptyList();
    private java.util.List<String> photosOf = java.util.Collections.emptyList();
    /** Why the wish could not be loaded (the screen offers a retry), or null. */
    String loadError;
    boolean loading;
    PledgeFlow flow;

    public WishModel(Application application, SavedStateHandle state) {
        super(application);
        this.state = state;
    }

    /** Starts loading the wish the first time; again after a rotation does nothing. */
    void start(String id, ApiClient client) {
        api = client;
        if (wishId != null) {
            return;
        }
        wishId = id;
        load();
    }

    /** Loads (or, after an error or a payment, reloads) the wish and where its money went. */
    void load() {
        if (loading) {
            return;
        }
        loading = true;
        loadError = null;
        changed();
        String id = wishId;
        io.execute(() -> {
            try {
                WishCard w = api.wish(id);
                Responses.FundingReport r = reportOrNull(id);
                java.util.List<byte[]> p = w.photoIds.equals(photosOf) ? photos : photosOf(id, w.photoIds);
                onMain(() -> {
                    loading = false;
                    wish = w;
                    report = r;
                    photos = p;
                    photosOf = w.photoIds;
                    if (flow == null) {
                        flow = PledgeFlow.restore(saved(), w.remainingFen);
                        if (flow.inFlight()) {
                            resume();
                        }
                    } else if (flow.step() != PledgeFlow.Step.PAID && !flow.inFlight()) {
                        flow = PledgeFlow.restore(flow.save(), w.remainingFen); // the amounts on offer follow what is left
                    }
                });
            } catch (ApiException e) {
                onMain(() -> failedToLoad(e.detail));
            } catch (IOException e) {
                onMain(() -> failedToLoad(getApplication().getString(R.string.error_network)));
            }
        });
    }

    private void failedToLoad(String message) {
        loading = false;
        loadError = message;
    }

    /** The report is extra: without it the wish still shows and takes pledges. */
    private Responses.FundingReport reportOrNull(String id) throws IOException {
        try {
            return api.wishReport(id);
        } catch (ApiException e) {
            return null;
        }
    }

    /** The photos are extra too: one the server will not give is left out. */
    private java.util.List<byte[]> photosOf(String wishId, java.util.List<String> photoIds) throws IOException {
        java.util.List<byte[]> all = new java.util.ArrayList<>();
        for (String photoId : photoIds) {
            try {
                all.add(api.feedPhoto(wishId, photoId));
            } catch (ApiException e) {
                // left out
            }
        }
        return all;
    }

    void choose(long fen) {
        flow.choose(fen);
        changed();
    }

    /** An amount the donor typed: null when chosen, else why not (the screen says it beside the field). */
    PledgeFlow.AmountProblem chooseTyped(String yuan) {
        PledgeFlow.AmountProblem problem = flow.chooseTyped(yuan);
        changed();
        return problem;
    }

    void chooseOnExpiry(String choice) {
        flow.chooseOnExpiry(choice);
        changed();
    }

    /** Pledges the chosen amount with its key, pays in the sandbox and waits for the notice. */
    void pledge() {
        flow.pledging();
        changed();
        run(flow.amountFen(), flow.idempotencyKey(), flow.onExpiry(), null, null);
    }

    /** Picks up a pledge that was on its way when the process was killed. */
    private void resume() {
        run(flow.amountFen(), flow.idempotencyKey(), flow.onExpiry(), flow.pledgeId(), flow.step() == PledgeFlow.Step.WAITING_FOR_PAYMENT
                ? flow.paymentReference() : null);
    }

    /**
     * {@code pledgeId} null: send the pledge (again, with the same key). {@code paidReference} not
     * null: payment had started, only look for its notice.
     */
    private void run(long amount, String key, String onExpiry, String knownPledge, String paidReference) {
        String wish = wishId;
        String knownReference = flow.paymentReference();
        io.execute(() -> {
            try {
                String id = knownPledge;
                String reference = knownReference;
                if (id == null) {
                    Responses.Pledge pledge = api.pledge(wish, amount, key, onExpiry);
                    String pid = pledge.id;
                    String ref = pledge.paymentReference;
                    if (ref == null && !"PAID".equals(pledge.status)) {
                        throw new IOException("a held pledge without a payment reference");
                    }
                    onMain(() -> flow.pledged(pid, ref));
                    id = pid;
                    reference = ref;
                }
                if (paidReference == null) {
                    if ("PAID".equals(api.pledgeStatus(id))) {
                        paid();
                        return;
                    }
                    api.payInSandbox(reference);
                    onMain(() -> flow.paymentStarted());
                }
                for (int i = 0; i < POLLS; i++) {
                    if ("PAID".equals(api.pledgeStatus(id))) {
                        paid();
                        return;
                    }
                    Thread.sleep(pollMillis);
                }
                onMain(() -> flow.failed(getApplication().getString(R.string.pledge_pending)));
            } catch (ApiException e) {
                onMain(() -> flow.failed(e.detail));
            } catch (IOException e) {
                if (!cleared) {
                    onMain(() -> flow.failed(getApplication().getString(R.string.error_network)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void paid() {
        onMain(() -> {
            flow.paid();
            load(); // the figures on the page now include this gift
        });
    }

    /** Runs on the main thread, then saves the pledge's state and tells the screen. */
    private void onMain(Runnable change) {
        main.post(() -> {
            if (cleared) {
                return;
            }
            change.run();
            changed();
        });
    }

    private void changed() {
        if (flow != null) {
            PledgeFlow.Saved s = flow.save();
            state.set("amountFen", s.amountFen);
            state.set("idempotencyKey", s.idempotencyKey);
            state.set("step", s.step);
            state.set("pledgeId", s.pledgeId);
            state.set("paymentReference", s.paymentReference);
            state.set("message", s.message);
            state.set("onExpiry", s.onExpiry);
        }
        Integer n = changed.getValue();
        changed.setValue(n == null ? 1 : n + 1);
    }

    private PledgeFlow.Saved saved() {
        Long amount = state.get("amountFen");
        if (amount == null) {
            return null;
        }
        return new PledgeFlow.Saved(amount, state.get("idempotencyKey"), state.get("step"), state.get("pledgeId"),
                state.get("paymentReference"), state.get("message"), state.get("onExpiry"));
    }

    @Override
    protected void onCleared() {
        cleared = true;
        io.shutdownNow();
    }
}
