package entente;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package layering: util and io at the bottom, the model above scenario only, no cycles. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("entente");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("entente.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theModelDependsOnlyOnScenarioAndHelpers() {
        noClasses().that().resideInAPackage("entente.model..")
                .should().dependOnClassesThat().resideInAnyPackage("entente.experiment..", "entente.analysis..",
                        "entente.calibration..", "entente.output..", "entente.report..", "entente.gui..", "entente.cli..")
                .check(MAIN);
    }

    @Test
    void helpersDependOnNothingOfEntente() {
        noClasses().that().resideInAPackage("entente.util..")
                .should().dependOnClassesThat().resideOutsideOfPackages("entente.util..", "java..", "org.apache.commons.math3..")
                .check(MAIN);
    }
}
