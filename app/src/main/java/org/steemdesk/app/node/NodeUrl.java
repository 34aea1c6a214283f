package org.steemdesk.app.node;

import java.net.URI;

/**
 * The one check of a node URL, for {@code --node} (CLI and desktop alike), the node list saved in the settings and
 * a node typed into the settings page: http or https, with a host.
 */
public final class NodeUrl {
    private NodeUrl() {
    }

    /** @throws IllegalArgumentException naming the text and an example of a good URL */
    public static URI parse(String text) {
        URI url;
        try {
            url = URI.create(text.trim());
        } catch (IllegalArgumentException e) {
            url = null;
        }
        if (url == null || (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme()))
                || url.getHost() == null) {
            // No cause: the message says all, and a cause of the same class would replace it in the CLI's line.
            throw new IllegalArgumentException("a node URL needs http or https and a host, such as "
                    + "https://api.steemit.com; got " + text);
        }
        return url;
    }
}
