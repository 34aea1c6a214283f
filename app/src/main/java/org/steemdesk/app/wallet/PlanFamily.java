package org.steemdesk.app.wallet;

import java.util.Optional;

/** The planning of one family of wallet operations; empty when the request belongs to another family. */
interface PlanFamily {
    Optional<WalletPlan> plan(Planning p);
}
