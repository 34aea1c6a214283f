package org.steemdesk.app.curation;

/** Where a trail entry finds posts: an author's blog, or the newest posts under a tag. */
public enum TrailSource {
    AUTHOR,
    TAG
}
