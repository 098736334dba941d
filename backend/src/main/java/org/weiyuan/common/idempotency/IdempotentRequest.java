package org.weiyuan.common.idempotency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A caller's Idempotency-Key and the 2xx answer given to the request made with it (V158). */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

    @Id
    public UUID id;
    public UUID subject;
    public String idempotencyKey;
    public String method;
    public String path;
    public String requestHash;
    public int status;
    /** The answer's JSON body, or null for none. */
    public String responseJson;
    public Instant createdAt;
}
