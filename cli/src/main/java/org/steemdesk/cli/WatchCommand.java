package org.steemdesk.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.guard.Guard;
import org.steemdesk.app.guard.GuardReport;
import org.steemdesk.app.guard.GuardThresholds;
import org.steemdesk.app.wallet.AmountText;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.Asset;
import org.steemdesk.chain.protocol.AssetSymbol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "watch")
final class WatchCommand extends ContextCommand implements Runnable {
    /** How long a stop (SIGTERM, Ctrl-C) waits for a pass under way to finish and store its alerts. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    @Option(names = "--once")
    boolean once;

    @Option(names = "--min-transfer", paramLabel = "AMOUNT")
    List<String> minTransfer = new ArrayList<>();

    @Option(names = "--min-delegation", paramLabel = "SP")
    String minDelegation;

    WatchCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        AppContext app = context.app(global);
        List<AccountName> accounts = global.account() != null ? List.of(AccountName.of(global.account()))
                : app.keys().accounts().isEmpty() ? List.of(app.actingAccount()) : app.keys().accounts();
        Guard guard = app.guard();
        saveThresholds(guard);
        AlertOutput output = new AlertOutput(terminal, context.messages(global), global.json());
        if (once) {
            for (AccountName account : accounts) {
                output.report(pass(app, account));
            }
            return;
        }
        watch(app, accounts, output);
    }

    /** A pass every block interval until the process is stopped; a failed pass is reported and the next one comes. */
    private void watch(AppContext app, List<AccountName> accounts, AlertOutput output) {
        Thread worker = Thread.currentThread();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            worker.interrupt();
            try {
                stopped.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "steemdesk-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Duration interval = interval(app.guard());
            while (!stop.get()) {
                for (AccountName account : accounts) {
                    if (stop.get()) {
                        break;
                    }
                    try {
                        output.report(pass(app, account));
                    } catch (RuntimeException e) {
                        if (!stop.get()) {
                            output.failed(account, e);
                        }
                    }
                }
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    break;
                }
            }
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is what ended the loop
            }
        }
    }

    private static Duration interval(Guard guard) {
        try {
            return guard.interval();
        } catch (NodeUnreachableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Settles a password change of the account left unclear, then one guard pass. */
    private static GuardReport pass(AppContext app, AccountName account) {
        try {
            app.keyRotation().settle(account);
            return app.guard().check(account);
        } catch (NodeUnreachableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void saveThresholds(Guard guard) {
        if (minTransfer.isEmpty() && minDelegation == null) {
            return;
        }
        GuardThresholds current = guard.thresholds();
        Asset steem = current.steem();
        Asset sbd = current.sbd();
        for (String text : minTransfer) {
            Asset amount = AmountText.liquid(text, EnumSet.of(AssetSymbol.STEEM, AssetSymbol.SBD));
            if (amount.symbol() == AssetSymbol.SBD) {
                sbd = amount;
            } else {
                steem = amount;
            }
        }
        Asset sp = minDelegation == null ? current.sp() : AmountText.liquid(minDelegation.replaceAll("(?i)\\bSP\\b",
                "STEEM"), EnumSet.of(AssetSymbol.STEEM));
        guard.setThresholds(new GuardThresholds(steem, sbd, sp));
    }
}
