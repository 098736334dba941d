package org.weiyuan.common;

import java.util.List;

/**
 * One page of a list. {@code nextCursor} is opaque to clients: pass it back as {@code cursor}
 * to get the next page; it is null on the last page.
 */
public record Page<T>(List<T> items, String nextCursor) { }
