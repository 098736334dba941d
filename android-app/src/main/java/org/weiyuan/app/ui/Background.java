package org.weiyuan.app.ui;

import android.os.Handler;
import android.os.Looper;

import org.weiyuan.app.core.ApiException;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs API calls off the main thread and delivers the result, or the message to show, back on it. */
final class Background {

    interface Call<T> {
        T run() throws IOException, ApiException;
    }

    interface Done<T> {
        void with(T result);
    }

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private final Handler main = new Handler(Looper.getMainLooper());
    private final String networkMessage;

    Background(String networkMessage) {
        this.networkMessage = networkMessage;
    }

    /** {@code failed} gets the server's problem detail, or the network message. */
    <T> void run(Call<T> call, Done<T> done, Done<String> failed) {
        run(call, done, refused -> failed.with(refused.detail), () -> failed.with(networkMessage));
    }

    /** For screens that treat the two failures apart: the server's refusal, or no network at all. */
    <T> void run(Call<T> call, Done<T> done, Done<ApiException> refused, Runnable offline) {
        io.execute(() -> {
            try {
                T result = call.run();
                main.post(() -> done.with(result));
            } catch (ApiException e) {
                main.post(() -> refused.with(e));
            } catch (IOException e) {
                main.post(offline);
            }
        });
    }

    void stop() {
        io.shutdownNow();
    }
}
