package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;
import org.steemdesk.chain.protocol.Asset;

/**
 * The witnesses' median chain properties ({@code get_chain_properties}). The account creation fee sets the smallest
 * delegation and the smallest change to one that steemd accepts.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChainProperties(Asset accountCreationFee, long maximumBlockSize, int sbdInterestRate) {
    public ChainProperties {
        Objects.requireNonNull(accountCreationFee, "accountCreationFee");
    }
}
