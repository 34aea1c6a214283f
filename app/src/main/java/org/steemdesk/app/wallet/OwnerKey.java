package org.steemdesk.app.wallet;

import java.util.Arrays;
import java.util.List;
import org.steemdesk.app.wallet.WalletException.Reason;
import org.steemdesk.chain.crypto.PrivateKey;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.chain.rpc.CondenserApi;
import org.steemdesk.chain.rpc.RpcException;
import org.steemdesk.chain.rpc.model.Account;
import org.steemdesk.keystore.KeystoreException;
import org.steemdesk.keystore.login.LoginKeys;

/**
 * The owner key of an account, derived from its master password at the moment it is needed and checked against
 * the owner authority on chain before anything is signed. It never enters the vault; the caller destroys it right
 * after the one signature it is for.
 */
final class OwnerKey {
    private OwnerKey() {
    }

    /**
     * Checks that the password gives the account's owner key on chain, without using it; the password stays the
     * caller's (not wiped), the derived key is destroyed.
     *
     * @throws WalletException WRONG_MASTER_PASSWORD, UNKNOWN_SENDER, NODE_UNAVAILABLE
     */
    static void check(CondenserApi api, AccountName account, char[] masterPassword) {
        derive(api, account, masterPassword.clone()).destroy();
    }

    /**
     * The password is wiped here, whatever happens.
     *
     * @throws WalletException WRONG_MASTER_PASSWORD (the password does not give the owner key on chain, or is empty
     *     or a WIF), UNKNOWN_SENDER, NODE_UNAVAILABLE; nothing was signed
     */
    static PrivateKey derive(CondenserApi api, AccountName account, char[] masterPassword) {
        PrivateKey key;
        try {
            key = LoginKeys.derive(account, KeyRole.OWNER, masterPassword);
        } catch (KeystoreException e) {
            throw new WalletException(Reason.WRONG_MASTER_PASSWORD, "that is not a master password ("
                    + e.getMessage() + "); nothing was signed", e);
        } finally {
            Arrays.fill(masterPassword, '\0');
        }
        try {
            Account onChain = api.getAccounts(List.of(account)).send().stream()
                    .filter(a -> a.name().equals(account)).findFirst()
                    .orElseThrow(() -> new WalletException(Reason.UNKNOWN_SENDER, "account " + account
                            + " does not exist on the chain", account.value()));
            if (!onChain.owner().isSatisfiedBy(key.publicKey())) {
                throw new WalletException(Reason.WRONG_MASTER_PASSWORD, "the master password does not give the "
                        + "owner key of " + account + " on chain; nothing was signed", account.value());
            }
            return key;
        } catch (RpcException e) {
            key.destroy();
            throw new WalletException(Reason.NODE_UNAVAILABLE, "no node gave a usable answer, nothing was signed: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            key.destroy();
            throw e;
        }
    }
}
