package org.steemdesk.chain.protocol;

/** The legacy asset symbols of Steem and their fixed precisions. */
public enum AssetSymbol {
    STEEM(3),
    SBD(3),
    VESTS(6);

    private final int precision;

    AssetSymbol(int precision) {
        this.precision = precision;
    }

    public int precision() {
        return precision;
    }

    /**
     * Parses a symbol. Test networks and some old nodes print STEEM as TESTS and SBD as TBD; those map to the
     * same assets because their wire form differs only in the name.
     */
    public static AssetSymbol parse(String text) {
        return switch (text) {
            case "STEEM", "TESTS" -> STEEM;
            case "SBD", "TBD" -> SBD;
            case "VESTS" -> VESTS;
            default -> throw new IllegalArgumentException("unknown asset symbol \"" + text + "\"");
        };
    }
}
