package org.steemdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Names that explain themselves (GUIDE.md: domain names, not Manager/Helper/Util), and each once. */
@AnalyzeClasses(packages = "org.steemdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class NamesTest {

    @ArchTest
    static final ArchRule NO_GRAB_BAG_NAMES = noClasses().should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("a class is named after the one thing it does, from the domain (Asset, VoteQueue, NodePool); "
                    + "a Manager, Helper or Util collects what has no home: split it and name each part");

    @ArchTest
    static final ArchRule SIMPLE_NAMES_ONCE = classes().that().areTopLevelClasses()
            .should(haveASimpleNameNoOtherModuleUses())
            .because("two classes with one simple name in different modules (once NodeHealth, Manabar, "
                    + "WalletAction, AuthorityJson, Beneficiary) make every import a guess: rename one after what "
                    + "it is where it lives (e.g. chain's wire record ManabarJson, app's Manabar), or keep only one");

    private static ArchCondition<JavaClass> haveASimpleNameNoOtherModuleUses() {
        return new ArchCondition<>("have a simple name no other module's main class has") {
            private Map<String, Set<String>> modulesByName = Map.of();

            @Override
            public void init(Collection<JavaClass> all) {
                Map<String, Set<String>> names = new TreeMap<>();
                for (JavaClass c : all) {
                    names.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>()).add(module(c));
                }
                modulesByName = names;
            }

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Set<String> modules = modulesByName.getOrDefault(c.getSimpleName(), Set.of());
                boolean clash = modules.size() > 1;
                String others = modules.stream().filter(m -> !m.equals(module(c))).collect(Collectors.joining(", "));
                events.add(new SimpleConditionEvent(c, !clash, c.getName() + " shares its simple name with a class in "
                        + others));
            }
        };
    }

    /** The module of a class: the package segment after org.steemdesk (org.steemdesk.app.vote.X is in app). */
    static String module(JavaClass c) {
        String rest = c.getPackageName().substring("org.steemdesk".length());
        String[] parts = rest.split("\\.");
        return parts.length > 1 ? parts[1] : "(root)";
    }

    /** A module's classes exist at all: a guard over an empty import would pass for nothing. */
    @ArchTest
    static void everyModuleIsImported(JavaClasses classes) {
        Set<String> modules = classes.stream().map(NamesTest::module).collect(Collectors.toCollection(TreeSet::new));
        if (!modules.containsAll(Set.of("i18n", "chain", "keystore", "app", "cli", "ui", "launcher"))) {
            throw new AssertionError("the architecture rules saw only the modules " + modules + ": add the missing "
                    + "module as a test dependency in architecture-tests/pom.xml");
        }
    }
}
