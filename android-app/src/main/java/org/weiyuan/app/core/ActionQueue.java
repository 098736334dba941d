package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Actions taken while the phone was offline (or the server was briefly unable to take them), kept
 * in order, across restarts, until they are sent. {@link #flush} sends them oldest first, each with
 * its id as the Idempotency-Key: one the server accepts leaves the queue; one it refuses for good (a
 * 4xx other than 401, 408 and 429) leaves it and is reported with the server's detail; anything
 * transient — no network, a timeout, a 5xx such as 503, a 401 the token refresh could not cure, 408
 * or 429 — stops the flush and keeps that action and the rest, to be tried again after
 * {@link #backoffMillis}. Nothing is dropped for a transient failure.
 *
 * <p>The storage lock is held only to read or write the list, never during a network call, so the
 * main thread may ask for {@link #size} while a flush is sending. Every queue over the same storage
 * shares one sending lock, so two screens flushing at once send each action once.
 */
public final class ActionQueue {

    /** Where the queue is kept (the app's private preferences; a map in tests). */
    public interface Storage {
        String read();

        void write(String json);
    }

    /** An action the server would not take, and why (its problem detail). */
    public static final class Refusal {
        public final String label;
        public final String detail;

        Refusal(String label, String detail) {
            this.label = label;
            this.detail = detail;
        }
    }

    /** What a flush did. */
    public static final class Outcome {
        /** Labels of the actions the server accepted. */
        public final List<String> sent;
        /** The actions the server refused; they are not tried again. */
        public final List<Refusal> refused;
        /** How many are still waiting (the network or the server failed again): try again later. */
        public final int waiting;

        Outcome(List<String> sent, List<Refusal> refused, int waiting) {
            this.sent = Collections.unmodifiableList(sent);
            this.refused = Collections.unmodifiableList(refused);
            this.waiting = waiting;
        }

        public boolean isEmpty() {
            return sent.isEmpty() && refused.isEmpty();
        }
    }

    /** Guards the stored list (read-modify-write), briefly. */
    private static final Object STORAGE = new Object();
    /** Held by the one flush that is sending. */
    private static final java.util.concurrent.locks.ReentrantLock SENDING = new java.util.concurrent.locks.ReentrantLock();

    private final Storage storage;

    public ActionQueue(Storage storage) {
        this.storage = storage;
    }

    public void add(Action action) {
        synchronized (STORAGE) {
            List<Action> all = read();
            all.add(action);
            write(all);
        }
    }

    public int size() {
        synchronized (STORAGE) {
            return read().size();
        }
    }

    /** Whether a failure leaves the action for later: the network, the server's own trouble, or an expired session. */
    public static boolean transientFailure(ApiException e) {
        return e.status >= 500 || e.status == 401 || e.status == 408 || e.status == 429;
    }

    /** How long to wait before the {@code attempt}th retry (1, 2, …): 5 s doubling, at most 5 minutes. */
    public static long backoffMillis(int attempt) {
        long delay = 5_000L << Math.min(Math.max(attempt - 1, 0), 6);
        return Math.min(delay, 300_000L);
    }

    public Outcome flush(ApiClient api) {
        List<String> sent = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        if (!SENDING.tryLock()) {
            return new Outcome(sent, refused, size()); // another screen is sending them
        }
        try {
            while (true) {
                Action next;
                synchronized (STORAGE) {
                    List<Action> waiting = read();
                    if (waiting.isEmpty()) {
                        return new Outcome(sent, refused, 0);
                    }
                    next = waiting.get(0);
                }
                try {
                    api.send(next);
                    sent.add(next.label);
                } catch (ApiException e) {
                    if (transientFailure(e)) {
                        return new Outcome(sent, refused, size()); // kept, in order, for the next try
                    }
                    refused.add(new Refusal(next.label, e.detail));
                } catch (IOException e) {
                    return new Outcome(sent, refused, size()); // still offline or timed out: keep this one and the rest
                }
                remove(next.id); // at once, so a crash mid-flush does not send this one again
            }
        } finally {
            SENDING.unlock();
        }
    }

    private void remove(String id) {
        synchronized (STORAGE) {
            List<Action> all = read();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id.equals(id)) {
                    all.remove(i);
                    break;
                }
            }
            write(all);
        }
    }

    private List<Action> read() {
        String json = storage.read();
        List<Action> all = new ArrayList<>();
        if (json == null || json.isEmpty()) {
            return all;
        }
        try {
            JSONArray items = new JSONArray(json);
            for (int i = 0; i < items.length(); i++) {
                all.add(Action.fromJson(items.getJSONObject(i)));
            }
        } catch (JSONException e) {
            // unreadable (an older app's format): nothing can be sent from it
        }
        return all;
    }

    private void write(List<Action> all) {
        JSONArray items = new JSONArray();
        try {
            for (Action a : all) {
                items.put(a.toJson());
            }
        } catch (JSONException e) {
            throw new IllegalStateException(e);
        }
        storage.write(items.toString());
    }
}
