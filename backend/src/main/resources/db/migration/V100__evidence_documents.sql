-- Evidence documents of a household file (证明材料: income proofs, diagnoses, disability cards,
-- layoff papers, admission letters). The bytes are AES-GCM ciphertext under the personal-data key
-- (PiiCipher.encryptBytes), never plaintext; images are re-encoded before encryption so no camera
-- metadata survives. Staff may ask for a specific document: a question with a document kind, which
-- the worker answers with an upload.
create table household_document (
    id            uuid primary key,
    household_id  uuid        not null references household (id),
    kind          varchar(24) not null,
    content_type  varchar(32) not null,
    size_bytes    int         not null check (size_bytes > 0),
    bytes_enc     bytea       not null,
    question_id   uuid        references household_question (id),
    uploaded_by   uuid        not null,
    created_at    timestamptz not null
);
create index household_document_household on household_document (household_id, created_at);

alter table household_question add column document_kind varchar(24);
alter table household_question add column answer_document_id uuid references household_document (id);
