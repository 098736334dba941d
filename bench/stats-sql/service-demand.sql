select split_part(substr(u.path, LEN), '/', 1), o.district, count(*) from service_order o join union_unit u on u.id = o.unit_id where o.status = 'WAITING' and u.path like 'PATH%' group by 1, 2;
