package org.steemdesk.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * No package of a module depends, through others, on itself: held where it is cheap today (keystore, ui; i18n, cli
 * and launcher are one package each). chain (operation, serialization and transaction know each other) and app
 * (storage, sync, node, outbox, account and vote form cycles) are left for the clean-up pass once the feature
 * branches in flight have landed; add them here when they are untangled.
 */
@AnalyzeClasses(packages = "org.steemdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {
    private static final String WHAT_TO_DO = "a cycle between packages makes neither readable on its own: move the "
            + "shared type into the lower package (or a new one both use), or invert the call with an interface";

    @ArchTest
    static final ArchRule KEYSTORE = cycleFree("keystore");

    @ArchTest
    static final ArchRule UI = cycleFree("ui");

    private static ArchRule cycleFree(String module) {
        return slices().matching("org.steemdesk." + module + ".(*)..").namingSlices(module + ".$1")
                .should().beFreeOfCycles().because(WHAT_TO_DO);
    }
}
