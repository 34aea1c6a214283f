package org.steemdesk.chain.operation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The operations Steemdesk models, in steemd's static_variant order, looked up by condenser name. */
public final class OperationTypes {
    public static final List<OperationType<?>> ALL = List.of(
            VoteOperation.TYPE,
            CommentOperation.TYPE,
            TransferOperation.TYPE,
            TransferToVestingOperation.TYPE,
            WithdrawVestingOperation.TYPE,
            ConvertOperation.TYPE,
            AccountCreateOperation.TYPE,
            AccountUpdateOperation.TYPE,
            AccountWitnessVoteOperation.TYPE,
            AccountWitnessProxyOperation.TYPE,
            CustomJsonOperation.TYPE,
            CommentOptionsOperation.TYPE,
            SetWithdrawVestingRouteOperation.TYPE,
            ChangeRecoveryAccountOperation.TYPE,
            TransferToSavingsOperation.TYPE,
            TransferFromSavingsOperation.TYPE,
            CancelTransferFromSavingsOperation.TYPE,
            ClaimRewardBalanceOperation.TYPE,
            DelegateVestingSharesOperation.TYPE);

    private static final Map<String, OperationType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(OperationType::name, Function.identity()));

    private OperationTypes() {}

    public static Optional<OperationType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
