-- Quiet hours per user: no push between quiet_from and quiet_until in their time zone (the inbox
-- still gets everything). No row means the platform default (weiyuan.notify.default-quiet-hours).
create table notification_preference (
    subject      uuid primary key,
    quiet_from   time,
    quiet_until  time,
    time_zone    varchar(40)  not null,
    updated_at   timestamptz  not null,
    check ((quiet_from is null) = (quiet_until is null))
);
-- outbox_event.status gains QUIET: kept in the inbox only because it arrived in quiet hours.
