package org.steemdesk.app.rewards;

/**
 * The languages of the reward CSV's header row and kind column. They live here rather than in the i18n bundles
 * because the i18n module has no bundles yet; they move there when it does.
 */
public enum CsvLanguage {
    EN,
    KO;

    String header(RewardCsv.Column column) {
        return switch (column) {
            case OP_INDEX -> this == EN ? "op_index" : "작업 번호";
            case TIME_UTC -> this == EN ? "time_utc" : "시각(UTC)";
            case KIND -> this == EN ? "kind" : "종류";
            case AUTHOR -> this == EN ? "author" : "작성자";
            case PERMLINK -> this == EN ? "permlink" : "퍼머링크";
            case STEEM -> "STEEM";
            case SBD -> "SBD";
            case VESTS -> "VESTS";
            case SP -> "SP";
        };
    }

    String kind(RewardKind kind) {
        return switch (kind) {
            case CURATION -> this == EN ? "curation" : "큐레이션";
            case AUTHOR -> this == EN ? "author" : "저자";
            case BENEFICIARY -> this == EN ? "beneficiary" : "수혜자";
        };
    }
}
