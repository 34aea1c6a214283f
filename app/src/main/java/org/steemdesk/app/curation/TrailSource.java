package org.steemdesk.app.curation;

/**
 * Where a trail entry finds posts: an author's blog, the newest posts under a tag, or the votes of a curator the
 * account follows (when the curator votes, the trail votes too).
 */
public enum TrailSource {
    AUTHOR,
    TAG,
    CURATOR
}
