package org.steemdesk.ui.feed;

/** A row of the feed's list: a post, or the row at its end (the next page coming, the end, a page that failed). */
public sealed interface FeedRow permits FeedItem, FeedRow.End {
    /** The last row while more may come: loading, the feed's end, or a next page that did not load (click: again). */
    enum End implements FeedRow { LOADING, NO_MORE, FAILED }
}
