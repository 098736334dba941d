package org.weiyuan.app.core;

import org.json.JSONArray;
import org.json.JSONException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Actions taken while the phone was offline, kept (in order, across restarts) until the network
 * returns. {@link #flush} sends them oldest first: one the server accepts or refuses leaves the
 * queue (a refusal is reported with the server's detail); a network failure stops the flush and
 * keeps the rest for next time. Every queue over the same storage shares one lock, so two screens
 * flushing at once send each action once.
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
        /** How many are still waiting (the network failed again). */
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

    private static final Object LOCK = new Object();

    private final Storage storage;

    public ActionQueue(Storage storage) {
        this.storage = storage;
    }

    public void add(Action action) {
        synchronized (LOCK) {
            List<Action> all = read();
            all.add(action);
            write(all);
        }
    }

    public int size() {
        synchronized (LOCK) {
            return read().size();
        }
    }

    public Outcome flush(ApiClient api) {
        synchronized (LOCK) {
            List<Action> waiting = read();
            List<String> sent = new ArrayList<>();
            List<Refusal> refused = new ArrayList<>();
            while (!waiting.isEmpty()) {
                Action next = waiting.get(0);
                try {
                    api.send(next);
                    sent.add(next.label);
                } catch (ApiException e) {
                    refused.add(new Refusal(next.label, e.detail));
                } catch (IOException e) {
                    break; // still offline: keep this one and the rest
                }
                waiting.remove(0);
                write(waiting); // at once, so a crash mid-flush does not send this one again
            }
            return new Outcome(sent, refused, waiting.size());
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
