-- Duplicates (重复建档): family members carry an ID number too (encrypted, with a blind index like
-- the head's), and fuzzy keys (name + birth year, phone, address within a district) are kept as
-- keyed hashes, so the same person cannot sit in two files unnoticed. Candidates wait in an
-- adjudication queue; one confirmed a duplicate blocks approval.
alter table household_member add column id_number_enc text;
alter table household_member add column id_number_index varchar(64);
alter table household_member add column name_birth_index varchar(64);
create index household_member_id_index on household_member (id_number_index) where id_number_index is not null;
create index household_member_name_birth on household_member (name_birth_index);
alter table household add column phone_index varchar(64);
alter table household add column address_index varchar(64);
create index household_phone_index on household (phone_index) where phone_index is not null;
create index household_address_index on household (address_index) where address_index is not null;

create table duplicate_candidate (
    id                 uuid primary key,
    household_id       uuid         not null references household (id),
    other_household_id uuid         not null references household (id),
    reason             varchar(24)  not null,
    detail             varchar(200),
    status             varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'DUPLICATE', 'NOT_DUPLICATE')),
    decided_by         uuid,
    decided_at         timestamptz,
    note               varchar(500),
    created_at         timestamptz  not null,
    check (household_id <> other_household_id)
);
-- one candidate per pair of files and reason, whichever file was scanned
create unique index duplicate_candidate_pair on duplicate_candidate
    (least(household_id, other_household_id), greatest(household_id, other_household_id), reason);
create index duplicate_candidate_household on duplicate_candidate (household_id);
create index duplicate_candidate_other on duplicate_candidate (other_household_id);

-- Disbursement proofs are hashed (SHA-256 of the upload): the same receipt used twice is flagged.
alter table wish_photo add column sha256 varchar(64);
alter table wish_photo add column reused_photo_id uuid references wish_photo (id);
create index wish_photo_sha256 on wish_photo (sha256) where sha256 is not null;
