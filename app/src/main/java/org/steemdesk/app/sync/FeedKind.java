package org.steemdesk.app.sync;

/** The condenser discussion listings ({@code get_discussions_by_*}). */
public enum FeedKind {
    TRENDING,
    HOT,
    CREATED,
    FEED,
    BLOG
}
