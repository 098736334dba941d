-- What GET /api/v1/feed/wishes?limit=20&sort=URGENCY asks PostgreSQL: one page, then its items,
-- its photos and its donor counts (FeedService.cards; FeedBenchSqlTest keeps the last one the repository's).
select w.* from wish w
 where w.status in ('PUBLISHED', 'PARTLY_FUNDED') and w.deadline >= current_date
 order by w.deadline, w.id limit 21;
select i.* from wish_item i
 where i.wish_id in (select w.id from wish w where w.status in ('PUBLISHED', 'PARTLY_FUNDED')
                      and w.deadline >= current_date order by w.deadline, w.id limit 20)
 order by i.position;
select p.wish_id, p.id, p.kind, p.cleared_by, p.reused_photo_id from wish_photo p
 where p.wish_id in (select w.id from wish w where w.status in ('PUBLISHED', 'PARTLY_FUNDED')
                      and w.deadline >= current_date order by w.deadline, w.id limit 20)
 order by p.created_at;
select p.wish_id, count(distinct p.donor_subject) from pledge p where p.wish_id in (select w.id from wish w where w.status in ('PUBLISHED', 'PARTLY_FUNDED')
                      and w.deadline >= current_date order by w.deadline, w.id limit 20) and p.status in ('HELD', 'PAID') group by p.wish_id;
