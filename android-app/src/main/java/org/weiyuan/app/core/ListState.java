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
    /** Where the next page starts; null when the last page is shown. */
    private String nextCursor;
    private boolean loadingMore;

    /** Something else is asked for (another filter): what is shown no longer answers it. */
    public void reset() {
        items = new ArrayList<>();
        nextCursor = null;
        loadingMore = false;
        message = null;
        status = Status.LOADING;
    }

    public void loading() {
        status = items.isEmpty() ? Status.LOADING : status;
    }

    public void loaded(List<T> fresh, long nowMillis) {
        loaded(fresh, null, nowMillis);
    }

    /** The first page, and where the next one starts (null: there is no more). */
    public void loaded(List<T> fresh, String next, long nowMillis) {
        nextCursor = next;
        loadingMore = false;
        items = new ArrayList<>(fresh);
        loadedAtMillis = nowMillis;
        message = null;
        status = items.isEmpty() ? Status.EMPTY : Status.READY;
    }

    /**
     * Whether to fetch the next page now (the reader neared the end): only from a fresh list with more
     * to come, and once at a time. True means the caller fetches it and reports back.
     */
    public boolean startLoadingMore() {
        if (nextCursor == null || loadingMore || status != Status.READY) {
            return false;
        }
        loadingMore = true;
        return true;
    }

    public String nextCursor() {
        return nextCursor;
    }

    /** The next page came: add it below what is shown. */
    public void appended(List<T> more, String next) {
        items.addAll(more);
        nextCursor = next;
        loadingMore = false;
    }

    /** The next page did not come: keep the cursor, so that scrolling again tries again. */
    public void moreFailed() {
        loadingMore = false;
    }

    /** What was saved the last time the app was online, shown until fresh items come. */
    public void restored(List<T> cached, long savedAtMillis) {
        if (items.isEmpty() && !cached.isEmpty()) {
            nextCursor = null; // a saved page cannot go on: its cursor may be stale
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
