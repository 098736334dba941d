-- Photos of a wish and scholarship admission letters. Stored in PostgreSQL (no extra service to
-- run; fine at the sizes phones send after compression), re-encoded on upload so that no camera
-- metadata (GPS position, device) survives. Donors see a photo only after staff cleared it.
create table wish_photo (
    id           uuid primary key,
    wish_id      uuid        not null references wish (id),
    kind         varchar(24) not null,
    content_type varchar(32) not null,
    width        int         not null,
    height       int         not null,
    bytes        bytea       not null,
    uploaded_by  uuid        not null,
    cleared_by   uuid,
    created_at   timestamptz not null
);
create index wish_photo_wish on wish_photo (wish_id);
