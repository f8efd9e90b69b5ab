package org.gongwen.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.gongwen.GongwenApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GongwenApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApis() {
        modules.verify();
    }

    /** A named interface is open to every module; this one, audit entries without a role check, only to archive. */
    @Test
    void onlyTheArchiveReadsAuditExcerpts() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(GongwenApplication.class);
        noClasses().that().resideOutsideOfPackages("org.gongwen.audit..", "org.gongwen.archive..")
                .should().dependOnClassesThat().resideInAPackage("org.gongwen.audit.excerpt..")
                .check(classes);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, "target/modulith-docs").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(new java.io.File("target/modulith-docs/components.puml")).exists();
    }
}
