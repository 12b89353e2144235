package app.stepwise;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold (no cycles, no reaching into another module's internals); diagrams go to docs/. */
class ModularityTest {
    private final ApplicationModules modules = ApplicationModules.of(StepwiseApplication.class);

    @Test
    void modules_only_use_each_others_published_api() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_to_docs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
