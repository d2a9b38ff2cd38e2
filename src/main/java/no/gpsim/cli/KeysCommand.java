package no.gpsim.cli;

import java.util.concurrent.Callable;
import no.gpsim.scenario.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code gpsim keys}: prints every scenario key with its default, unit, range and source, as YAML. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Prints every scenario key with its default, unit, allowed range and source, as a YAML scenario.")
public final class KeysCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = "--markdown", description = "Print a Markdown table instead (as in docs/MODEL.md).")
    boolean markdown;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(markdown ? ScenarioTemplate.markdown() : ScenarioTemplate.render());
        spec.commandLine().getOut().flush();
        return GpsimCli.OK;
    }
}
