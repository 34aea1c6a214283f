package org.steemdesk.app.rewards;

/** The three ways a Steem account is paid for content: curating, authoring, and as a post's beneficiary. */
public enum RewardKind {
    CURATION,
    AUTHOR,
    BENEFICIARY
}
