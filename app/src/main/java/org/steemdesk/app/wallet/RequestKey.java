package org.steemdesk.app.wallet;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.steemdesk.chain.protocol.AccountName;

/**
 * What makes two wallet requests "the same operation" for the outbox: the acting account, the request's type and
 * every field, as the user gave them. A request, not its operations: a savings withdrawal's request id and an
 * encrypted memo's nonce are chosen anew at each planning, yet a withdrawal asked again is the same withdrawal.
 *
 * <p>Every {@link WalletRequest} case is a record, so a new case is covered without code here. A field that holds an
 * encrypted memo ({@code #…}, the chain's convention) is stored as {@code #} only: its text is private, and two
 * requests that differ only in an encrypted memo then count as equal, which at worst asks the user to settle the
 * first before signing the second. A component marked {@link NotInRequestKey} is left out.
 */
final class RequestKey {
    private RequestKey() {
    }

    static String of(AccountName account, WalletRequest request) {
        return of(account, (Object) request);
    }

    /** The key of any request object; records are read component by component (visible for tests). */
    static String of(AccountName account, Object request) {
        StringBuilder key = new StringBuilder(account.value()).append(' ')
                .append(request.getClass().getSimpleName());
        RecordComponent[] components = request.getClass().getRecordComponents();
        if (components == null) {
            return key.append(' ').append(request).toString();
        }
        for (RecordComponent component : components) {
            if (component.isAnnotationPresent(NotInRequestKey.class)) {
                // How the user was asked, not what was asked: e.g. the same transfer typed with and without
                // --confirm-recipient is one operation.
                continue;
            }
            key.append(' ').append(component.getName()).append('=').append(blind(value(component, request)));
        }
        return key.toString();
    }

    private static Object value(RecordComponent component, Object request) {
        try {
            return component.getAccessor().invoke(request);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + request.getClass(), e);
        }
    }

    private static Object blind(Object value) {
        return value instanceof String text && text.startsWith("#") ? "#" : value;
    }
}
