package org.weiyuan.app.core;

import java.util.UUID;

/**
 * The worker's own small writes beside those in {@link Action}, kept as actions for the offline queue
 * (each sent with its id as the Idempotency-Key): sending the file for review, withdrawing a job
 * application, cancelling a service booking.
 */
public final class WorkerActions {

    private WorkerActions() {
    }

    private static Action post(String path, String body) {
        return new Action(UUID.randomUUID().toString(), "POST", path, body, "");
    }

    /** Sends the household's file to the union for review (草稿 → 已提交). */
    public static Action submitHousehold(String fileId) {
        return post("/api/v1/households/" + fileId + "/submit", null);
    }

    /** The worker withdraws an open job application (the backend lets the worker do only this). */
    public static Action withdrawApplication(String applicationId) {
        return post("/api/v1/jobs/applications/" + applicationId + "/status", "{\"status\":\"WITHDRAWN\"}");
    }

    /** The worker cancels a service booking or an order still waiting for a place. */
    public static Action cancelOrder(String orderId) {
        return post("/api/v1/services/orders/" + orderId + "/cancel", null);
    }
}
