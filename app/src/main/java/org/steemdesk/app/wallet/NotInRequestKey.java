package org.steemdesk.app.wallet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link WalletRequest} component that says how the user was asked, not what was asked (a recipient's name
 * typed again, say): {@link RequestKey} leaves it out, so the same transfer with and without it is one operation in
 * the outbox. Said on the component rather than read from its name, so a rename cannot silently change the key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface NotInRequestKey {
}
