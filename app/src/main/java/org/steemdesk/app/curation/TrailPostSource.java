package org.steemdesk.app.curation;

import java.util.List;
import org.steemdesk.app.NodeUnreachableException;

/** The newest posts a trail entry covers: the author's blog or the tag's newest posts, newest first. */
@FunctionalInterface
public interface TrailPostSource {
    List<TrailPost> newestPosts(TrailEntry entry) throws NodeUnreachableException;
}
