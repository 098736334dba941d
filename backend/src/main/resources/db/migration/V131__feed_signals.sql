-- Every replica's feed cache (FeedCache) is told, on commit, of changes that alter a donor's card:
-- publication, status (fully pledged, expired, withdrawn, closed), payment, a pledge released,
-- content, photos cleared. A pledge alone (pledged_fen only going up) sends nothing here: NOTIFY
-- takes a database-wide lock while its transaction commits, which would put one global lock back
-- into every pledge; the pledging replica signals those after commit, coalesced (FeedCache).
create function weiyuan_feed_changed() returns trigger language plpgsql as $$
declare
    o wish;
    n wish;
begin
    if (tg_op = 'INSERT' and new.published_at is null) or (tg_op = 'DELETE' and old.published_at is null) then
        return null;
    end if;
    if tg_op = 'UPDATE' then
        if old.published_at is null and new.published_at is null then
            return null; -- drafts and vetting never show on a card
        end if;
        o := old;
        n := new;
        o.pledged_fen := 0;
        n.pledged_fen := 0;
        o.updated_at := n.updated_at;
        o.version := n.version;
        if new.pledged_fen > old.pledged_fen and o is not distinct from n then
            return null;
        end if;
    end if;
    perform pg_notify('weiyuan_feed', '');
    return null;
end
$$;

create trigger wish_feed_changed after insert or update or delete on wish
    for each row execute function weiyuan_feed_changed();

create function weiyuan_feed_photo_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('weiyuan_feed', '');
    return null;
end
$$;

create trigger wish_photo_feed_changed after update or delete on wish_photo
    for each statement execute function weiyuan_feed_photo_changed();
