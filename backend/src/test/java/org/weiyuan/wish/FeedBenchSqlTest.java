package org.weiyuan.wish;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bench/feed.sql is what one feed page asks PostgreSQL; its donor-count statement must be the
 * repository's, with the page's ids as the subquery the items statement uses too.
 */
class FeedBenchSqlTest {

    static final String PAGE_IDS = "select w.id from wish w where w.status in ('PUBLISHED', 'PARTLY_FUNDED')\n"
            + "                      and w.deadline >= current_date order by w.deadline, w.id limit 20";

    @Test
    void benchSqlCountsDonorsAsTheFeedDoes() throws Exception {
        String bench = Files.readString(Path.of("../bench/feed.sql"));
        String donors = WishRepositories.Wishes.DONOR_COUNTS_SQL.replace("(:ids)", "(" + PAGE_IDS + ")");
        assertThat(donors).doesNotContain(":ids");
        assertThat(bench).contains(donors + ";\n");
        assertThat(bench).contains("where i.wish_id in (" + PAGE_IDS + ")");
        assertThat(bench).contains("where p.wish_id in (" + PAGE_IDS + ")");
    }
}
