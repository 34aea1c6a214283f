package org.steemdesk.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.steemdesk.app.AppContext;
import org.steemdesk.app.NodeUnreachableException;
import org.steemdesk.app.keys.StoredKey;
import org.steemdesk.app.runner.CurationRunner;
import org.steemdesk.app.runner.RunnerBusyException;
import org.steemdesk.chain.protocol.AccountName;
import org.steemdesk.chain.protocol.KeyRole;
import org.steemdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "curate")
final class CurateCommand extends ContextCommand implements Runnable {
    /**
     * The runner keeps its vault unlocked while it runs (that is its job); the vault's own idle lock would otherwise
     * lock it between two votes. Stopping wipes the keys.
     */
    static final Duration RUNNER_VAULT_IDLE = Duration.ofDays(3650);
    /** How long a signal's stop waits for the command to wipe the keys and close cache.db. */
    static final Duration EXIT_GRACE = Duration.ofSeconds(30);

    @Option(names = "--trail-every", paramLabel = "AGE", defaultValue = "1m")
    String trailEvery;

    @Option(names = "--run-for", paramLabel = "AGE")
    String runFor;

    CurateCommand(CommandContext context) {
        super(context);
    }

    @Override
    public void run() {
        Messages messages = context.messages(global);
        Duration trailPeriod = CliFormat.duration(trailEvery, "--trail-every");
        if (trailPeriod.isZero()) {
            throw new IllegalArgumentException(messages.get("cli.curate.bad_period"));
        }
        AppContext app = context.app(global, settings -> settings.withVaultIdleBackstop(RUNNER_VAULT_IDLE));
        if (app.votes().runnerElsewhere()) {
            throw new IllegalStateException(messages.get("cli.curate.busy"));
        }
        if (global.vaultPasswordFile() == null && terminal.console() == null) {
            throw new IllegalArgumentException(messages.get("cli.curate.no_password"));
        }
        context.vault(global).unlocked(global.vaultPasswordFile());
        List<AccountName> accounts = accounts(app, messages);
        RunnerOutput output = new RunnerOutput(terminal.out(), messages, global.json(), ZoneId.systemDefault());
        AlertOutput alerts = new AlertOutput(terminal, messages, global.json());
        CurationRunner runner;
        try {
            runner = app.startCurationRunner(accounts, trailPeriod, List.of(guard(app, accounts, trailPeriod, alerts)),
                    output::print);
        } catch (RunnerBusyException e) {
            throw new IllegalStateException(messages.get("cli.curate.busy"), e);
        }
        CountDownLatch done = new CountDownLatch(1);
        // SIGTERM and Ctrl-C run the shutdown hooks: stop the runner, then let this thread wipe the keys.
        Thread hook = new Thread(() -> {
            runner.close();
            awaitQuietly(done);
        }, "steemdesk-curate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (runFor != null) {
                Thread timer = new Thread(() -> sleepThenClose(CliFormat.duration(runFor, "--run-for"), runner),
                        "steemdesk-curate-timer");
                timer.setDaemon(true);
                timer.start();
            }
            runner.awaitStop();
            runner.close();
        } catch (InterruptedException e) {
            runner.close();
            Thread.currentThread().interrupt();
        } finally {
            app.close();
            done.countDown();
            removeHook(hook);
        }
    }

    /**
     * The account guard over the curated accounts, a pass each trail period (the first at once: it takes the
     * snapshot), each alert printed as {@code watch} prints it. Offline passes are skipped: the runner says offline.
     */
    private static CurationRunner.Job guard(AppContext app, List<AccountName> accounts, Duration period,
                                            AlertOutput alerts) {
        return new CurationRunner.Job("account-guard", period, () -> {
            for (AccountName account : accounts) {
                try {
                    alerts.alerts(app.guard().check(account));
                } catch (NodeUnreachableException offline) {
                    return;
                }
            }
        }, true);
    }

    /** {@code --account}, else every account whose posting key is in the vault. */
    private List<AccountName> accounts(AppContext app, Messages messages) {
        if (app.settings().account().isPresent()) {
            return List.of(app.settings().account().get());
        }
        List<AccountName> posting = app.keys().list().stream().filter(k -> k.role() == KeyRole.POSTING)
                .map(StoredKey::account).distinct().sorted().toList();
        if (posting.isEmpty()) {
            throw new IllegalArgumentException(messages.get("cli.curate.no_accounts"));
        }
        return posting;
    }

    private static void sleepThenClose(Duration duration, CurationRunner runner) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runner.close();
    }

    private static void awaitQuietly(CountDownLatch done) {
        try {
            done.await(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a normal end the hook has nothing to do; during the JVM's shutdown it can no longer be removed. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it only closes the runner, which is closed.
        }
    }
}
