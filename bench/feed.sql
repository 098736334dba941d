-- What GET /api/v1/feed/wishes?limit=20&sort=URGENCY asks PostgreSQL: one page, then its items.
select w.* from wish w
 where w.status in ('PUBLISHED', 'PARTLY_FUNDED') and w.deadline >= current_date
 order by w.deadline, w.id limit 21;
select i.* from wish_item i
 where i.wish_id in (select w.id from wish w where w.status in ('PUBLISHED', 'PARTLY_FUNDED')
                      and w.deadline >= current_date order by w.deadline, w.id limit 20)
 order by i.position;
