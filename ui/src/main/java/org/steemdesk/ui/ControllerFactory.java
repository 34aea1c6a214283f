package org.steemdesk.ui;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.util.Callback;
import org.steemdesk.app.AppContext;
import org.steemdesk.i18n.Formats;
import org.steemdesk.i18n.Messages;
import org.steemdesk.ui.curation.CurationController;
import org.steemdesk.ui.curation.QueueController;
import org.steemdesk.ui.curation.RewardsController;
import org.steemdesk.ui.curation.TrailController;
import org.steemdesk.ui.feed.FeedController;
import org.steemdesk.ui.feed.OpenPost;
import org.steemdesk.ui.feed.PostController;
import org.steemdesk.ui.feed.VotePanelController;
import org.steemdesk.ui.feed.VotePanelModel;
import org.steemdesk.ui.keys.AccountsController;
import org.steemdesk.ui.keys.AddAccountController;
import org.steemdesk.ui.keys.KeysController;
import org.steemdesk.ui.keys.PasswordChangeController;
import org.steemdesk.ui.keys.PasswordChangeModel;
import org.steemdesk.ui.keys.PasswordController;
import org.steemdesk.ui.keys.VaultController;
import org.steemdesk.ui.keys.VaultTask;
import org.steemdesk.ui.main.MainController;
import org.steemdesk.ui.main.StatusBarController;
import org.steemdesk.ui.post.PostRenderer;
import org.steemdesk.ui.session.VoteDispatcher;
import org.steemdesk.ui.settings.AutoClaimController;
import org.steemdesk.ui.settings.NodesController;
import org.steemdesk.ui.settings.NotificationsController;
import org.steemdesk.ui.settings.SettingsController;
import org.steemdesk.ui.wallet.AccountFormController;
import org.steemdesk.ui.wallet.BalanceChartController;
import org.steemdesk.ui.wallet.BalancesController;
import org.steemdesk.ui.wallet.GuardAlertModel;
import org.steemdesk.ui.wallet.GuardBannerController;
import org.steemdesk.ui.wallet.HistoryController;
import org.steemdesk.ui.wallet.LiquidFormController;
import org.steemdesk.ui.wallet.OverviewController;
import org.steemdesk.ui.wallet.OverviewModel;
import org.steemdesk.ui.wallet.PendingController;
import org.steemdesk.ui.wallet.PendingModel;
import org.steemdesk.ui.wallet.RewardsChartController;
import org.steemdesk.ui.wallet.SavingsRequestFormController;
import org.steemdesk.ui.wallet.StakeFormController;
import org.steemdesk.ui.wallet.WalletController;
import org.steemdesk.ui.wallet.WalletSheetController;
import org.steemdesk.ui.wallet.WalletSheetModel;

/**
 * The one place that builds controllers: each gets the app's facades and the desktop pieces it needs through its
 * constructor, for one language. A new factory is made when the language changes, so controllers never hold texts
 * of the previous language. A new page, section, tab or sheet (an FXML with its controller) adds its line here.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Messages messages;
    private final Formats formats;
    private final DesktopContext context;
    private final ErrorMessages errors;
    private final ViewLoader loader;
    private final OperationErrors operationErrors;
    /** The post opened from the feed: shared by the feed, the post view and its vote panel. */
    private final OpenPost openPost = new OpenPost();
    private final VoteDispatcher voteDispatcher;
    private final Map<Class<?>, Supplier<Object>> controllers;

    public ControllerFactory(Messages messages, Formats formats, DesktopContext context) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.context = Objects.requireNonNull(context, "context");
        this.errors = new ErrorMessages(messages);
        this.loader = new ViewLoader(messages, this);
        this.operationErrors = new OperationErrors(messages, errors);
        this.voteDispatcher = new VoteDispatcher(context.app().votes(), context.session(), context.background(),
                context.status());
        this.controllers = controllers();
    }

    public ViewLoader loader() {
        return loader;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<Object> controller = controllers.get(type);
        if (controller == null) {
            throw new IllegalArgumentException("no controller " + type.getName());
        }
        return controller.get();
    }

    private Map<Class<?>, Supplier<Object>> controllers() {
        AppContext app = context.app();
        Background background = context.background();
        var session = context.session();
        var vaultTask = new VaultTask(background, errors);
        return Map.ofEntries(
                // the window
                build(MainController.class, () -> new MainController(loader, context.settings(), messages,
                        context.koreanFont(), session)),
                build(StatusBarController.class, () -> new StatusBarController(messages, formats,
                        context.status())),
                // settings
                build(SettingsController.class, () -> new SettingsController(context.settings(),
                        app.dataDirectory(), context.links(), messages)),
                build(NodesController.class, () -> new NodesController(app.nodes(), background, app.clock(),
                        messages, formats)),
                build(AutoClaimController.class, () -> new AutoClaimController(app.rewards(), background,
                        messages)),
                build(NotificationsController.class, () -> new NotificationsController(context.preferences(),
                        DesktopNotifier.forThisPlatform(), background, messages)),
                // keys
                build(KeysController.class, KeysController::new),
                build(VaultController.class, () -> new VaultController(session, context.preferences(), messages,
                        vaultTask)),
                build(AccountsController.class, () -> new AccountsController(session, messages, vaultTask)),
                build(AddAccountController.class, () -> new AddAccountController(session, messages, vaultTask)),
                build(PasswordController.class, () -> new PasswordController(session, messages, vaultTask)),
                build(PasswordChangeController.class, () -> new PasswordChangeController(app.keyRotation(), session,
                        background, new PasswordChangeModel(messages, errors, walletSheetModel()), messages)),
                // feed and post
                build(FeedController.class, () -> new FeedController(app::feeds, background, app.clock(), session,
                        openPost, messages, formats, errors, context.images(),
                        () -> loader.load(FeedController.POST_VIEW), context.feedPrefetch())),
                build(PostController.class, () -> new PostController(app::posts, background, app.clock(), session,
                        openPost, new PostRenderer(context.links(), context.images(), background.ui()), messages,
                        formats)),
                build(VotePanelController.class, () -> new VotePanelController(app.votes(), background, session,
                        openPost, voteDispatcher, new VotePanelModel(messages, formats, operationErrors), messages)),
                // wallet
                build(WalletController.class, () -> new WalletController(app::accounts, background, session,
                        messages, formats, operationErrors)),
                build(BalancesController.class, () -> new BalancesController(messages, formats)),
                build(HistoryController.class, () -> new HistoryController(app::history, app::keys, session,
                        background, messages, formats)),
                build(BalanceChartController.class, () -> new BalanceChartController(app::history, background,
                        messages, formats)),
                build(RewardsChartController.class, () -> new RewardsChartController(app.rewards(), background,
                        messages)),
                build(WalletSheetController.class, () -> new WalletSheetController(app.wallet(), background,
                        session, walletSheetModel(), messages)),
                build(LiquidFormController.class, () -> new LiquidFormController(walletSheetModel())),
                build(StakeFormController.class, () -> new StakeFormController(walletSheetModel())),
                build(SavingsRequestFormController.class, SavingsRequestFormController::new),
                build(PendingController.class, () -> new PendingController(app::outbox, background,
                        new PendingModel(messages, formats), operationErrors)),
                build(AccountFormController.class, () -> new AccountFormController(walletSheetModel())),
                build(OverviewController.class, () -> new OverviewController(app.walletOverview(), background,
                        new OverviewModel(messages, formats), operationErrors)),
                build(GuardBannerController.class, () -> new GuardBannerController(app::guard, app::settingsStore,
                        background, new GuardAlertModel(messages, formats), messages)),
                // curation
                build(CurationController.class, () -> new CurationController(session, messages)),
                build(QueueController.class, () -> new QueueController(app.votes(), background, app.clock(),
                        session, voteDispatcher, context.status(), messages, formats, operationErrors)),
                build(TrailController.class, () -> new TrailController(app.curation(), background, app.clock(),
                        messages, formats, operationErrors)),
                build(RewardsController.class, () -> new RewardsController(app.rewards(), app::history,
                        background, messages, formats, operationErrors)));
    }

    private static Map.Entry<Class<?>, Supplier<Object>> build(Class<?> type, Supplier<Object> controller) {
        return Map.entry(type, controller);
    }

    private WalletSheetModel walletSheetModel() {
        return new WalletSheetModel(messages, formats, operationErrors);
    }
}
