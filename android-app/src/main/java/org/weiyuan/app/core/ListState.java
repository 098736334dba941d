package org.weiyuan.app.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a list screen shows, whatever the network does: the items (fresh, or cached with their
 * age when offline), and the message to show when something went wrong. No Android types, so that
 * it is unit-tested on the JVM.
 */
public final class ListState<T> {

    public enum Status { LOADING, READY, EMPTY, ERROR, STALE }

    private List<T> items = new ArrayList<>();
    private Status status = Status.LOADING;
    private String message;
    private long loadedAtMillis = -1;

    public void loading() {
        status = items.isEmpty() ? Status.LOADING : status;
    }

    public void loaded(List<T> fresh, long nowMillis) {
        items = new ArrayList<>(fresh);
        loadedAtMillis = nowMillis;
        message = null;
        status = items.isEmpty() ? Status.EMPTY : Status.READY;
    }

    /** What was saved the last time the app was online, shown until fresh items come. */
    public void restored(List<T> cached, long savedAtMillis) {
        if (items.isEmpty() && !cached.isEmpty()) {
            items = new ArrayList<>(cached);
            loadedAtMillis = savedAtMillis;
            status = Status.STALE;
        }
    }

    public long loadedAtMillis() {
        return loadedAtMillis;
    }

    /** The server answered with an error: show its detail; keep what was shown. */
    public void failed(ApiException e) {
        message = e.detail;
        status = items.isEmpty() ? Status.ERROR : Status.STALE;
    }

    /** No network: keep what was loaded before, marked with its age. */
    public void offline(String networkMessage) {
        message = networkMessage;
        status = items.isEmpty() ? Status.ERROR : Status.STALE;
    }

    public List<T> items() {
        return Collections.unmodifiableList(items);
    }

    public Status status() {
        return status;
    }

    public String message() {
        return message;
    }

    /** How old the shown items are, in whole minutes; -1 when nothing was loaded yet. */
    public long ageMinutes(long nowMillis) {
        return loadedAtMillis < 0 ? -1 : Math.max(0, (nowMillis - loadedAtMillis) / 60_000);
    }
}
