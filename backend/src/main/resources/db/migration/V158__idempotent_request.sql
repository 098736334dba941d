-- Idempotency-Key for staff and worker actions (the app's offline queue sends each queued action's id as
-- the key): the first 2xx answer to a caller's key, kept in the transaction of the action itself, so a
-- replay answers it again instead of acting twice. Pledges keep their own key on the pledge row.
create table idempotent_request (
    id uuid primary key,
    subject uuid not null,
    idempotency_key varchar(100) not null,
    method varchar(10) not null,
    path text not null,
    -- SHA-256 (hex) of method, path and the request's arguments: a reused key with another request is refused
    request_hash char(64) not null,
    status integer not null,
    -- the answer's JSON body as sent, or null for none (204)
    response_json text,
    created_at timestamptz not null,
    constraint idempotent_request_key unique (subject, idempotency_key)
);

-- the retention purge deletes by age
create index idempotent_request_created_at on idempotent_request (created_at);
