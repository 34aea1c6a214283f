package org.steemdesk.app.storage;

/** The chain-wide objects Steemdesk caches, one row each. */
public enum ChainObject {
    DYNAMIC_GLOBAL_PROPERTIES,
    CURRENT_MEDIAN_HISTORY_PRICE,
    FEED_HISTORY,
    REWARD_FUND_POST,
    CONFIG
}
