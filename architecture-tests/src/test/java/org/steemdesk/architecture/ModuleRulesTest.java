package org.steemdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows between the modules (ARCHITECTURE.md): {@code launcher → ui, cli → app → keystore → chain}, every module
 * may use {@code i18n}, nothing reaches upward; and which libraries belong to which door. Read from the modules' main
 * classes only.
 */
@AnalyzeClasses(packages = "org.steemdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule MODULES_POINT_ONE_WAY = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("i18n").definedBy("org.steemdesk.i18n..")
            .layer("chain").definedBy("org.steemdesk.chain..")
            .layer("keystore").definedBy("org.steemdesk.keystore..")
            .layer("app").definedBy("org.steemdesk.app..")
            .layer("cli").definedBy("org.steemdesk.cli..")
            .layer("ui").definedBy("org.steemdesk.ui..")
            .layer("launcher").definedBy("org.steemdesk.launcher..")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "ui", "launcher")
            .whereLayer("keystore").mayOnlyBeAccessedByLayers("app", "cli", "ui", "launcher")
            .whereLayer("chain").mayOnlyBeAccessedByLayers("keystore", "app", "cli", "ui", "launcher")
            .whereLayer("i18n").mayNotAccessAnyLayer()
            .because("dependencies point one way: launcher -> ui, cli -> app -> keystore -> chain, and all may use "
                    + "i18n (ARCHITECTURE.md). Move the code that is needed below into the lower module, or pass "
                    + "the lower module an interface it calls back through");

    @ArchTest
    static final ArchRule JAVAFX_ONLY_IN_UI = noClasses().that().resideOutsideOfPackage("org.steemdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("JavaFX belongs to the desktop door (ui) only; the core and the CLI must run without it. Give "
                    + "ui a plain record or an enum from app and let the view turn it into nodes");

    @ArchTest
    static final ArchRule PICOCLI_ONLY_IN_CLI = noClasses()
            .that().resideOutsideOfPackages("org.steemdesk.cli..", "org.steemdesk.launcher..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("picocli belongs to the command-line door (cli) and the launcher that parses the command line "
                    + "once; the core and the desktop app take already-parsed values (AppSettings)");

    @ArchTest
    static final ArchRule UI_THROUGH_FACADES = noClasses().that().resideInAPackage("org.steemdesk.ui..")
            .should().dependOnClassesThat(resideInAPackage("org.steemdesk.chain.rpc..")
                    .and(not(resideInAPackage("org.steemdesk.chain.rpc.model.."))))
            .orShould().dependOnClassesThat(resideInAnyPackage("org.steemdesk.app.storage..",
                    "org.steemdesk.keystore.vault..", "org.steemdesk.cli.."))
            .because("the desktop reaches the node, cache.db and the vault only through app's facades "
                    + "(AppContext: keys(), votes(), wallet(), nodes(), ...); the chain.rpc.model records may be "
                    + "shown as view data. Add what the page needs to the facade instead");

    @ArchTest
    static final ArchRule NOTHING_IS_JAVA_SERIALIZED = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.io.ObjectOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
            .because("Steemdesk stores JSON and SQLite, never Java serialization (which is why javac's -serial lint "
                    + "is off in the parent pom); write a record to JSON with Jackson instead");
}
