-- 申领材料: a claim's diagnosis, hospital invoices and insurance settlement sheet. Health data: the
-- bytes are encrypted at rest (PiiCipher, AES-GCM); the content hash is keyed (a blind index), so
-- the database cannot confirm a guessed document, yet the same file sent twice is recognised.
create table mutual_aid_document (
    id           uuid primary key,
    claim_id     uuid        not null references mutual_aid_claim (id),
    kind         varchar(24) not null,
    content_type varchar(32) not null,
    size_bytes   int         not null check (size_bytes > 0),
    content_hash char(64)    not null,
    bytes_enc    bytea       not null,
    uploaded_by  uuid        not null,
    created_at   timestamptz not null
);
create index mutual_aid_document_claim on mutual_aid_document (claim_id);
create index mutual_aid_document_hash on mutual_aid_document (content_hash);

-- A re-submitted invoice is flagged on the claim for the reviewer (no longer refused at the door:
-- a rejected claim may come back corrected). Paying the same invoice twice is refused at payout.
alter table mutual_aid_claim drop constraint mutual_aid_claim_plan_id_invoice_no_key;
create index mutual_aid_claim_invoice on mutual_aid_claim (invoice_no);
-- the dropped key was also the figures' index on plan_id: without it a province's figures took 95 s (bench)
create index mutual_aid_claim_plan on mutual_aid_claim (plan_id, status);

-- 重复材料标记: this claim shares an invoice number or a document with another claim.
create table mutual_aid_claim_flag (
    id             uuid primary key,
    claim_id       uuid        not null references mutual_aid_claim (id),
    kind           varchar(24) not null,
    other_claim_id uuid        not null references mutual_aid_claim (id),
    document_id    uuid references mutual_aid_document (id),
    created_at     timestamptz not null,
    unique (claim_id, kind, other_claim_id)
);
create index mutual_aid_claim_flag_claim on mutual_aid_claim_flag (claim_id);
