package org.steemdesk.chain.rpc.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Mana as stored at {@code lastUpdateTime} (Unix seconds); it regenerates linearly from then on. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ManabarJson(long currentMana, long lastUpdateTime) {}
