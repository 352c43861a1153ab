package io.github.thidua.emulation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library works on the module path, as a JPMS application embeds it: a small module that requires only
 * {@code io.github.thidua.emulation.jackson} reads a province, validates it against the default rules (found through
 * the {@code RuleSetReader} service), writes the report as a result document and reads it back, in a child JVM.
 */
class ModulePathTest {

  /** The jars and class folders of the library and its runtime dependencies, taken from the test class path. */
  private static final Pattern RUNTIME_JAR = Pattern.compile("(emulation-core|jackson-core|jackson-databind"
      + "|jackson-annotations|jackson-dataformat-yaml|jackson-dataformat-csv|snakeyaml-engine|guava|failureaccess"
      + "|jspecify)-[^-].*(?<!-tests)\\.jar");

  private static boolean runtime(String entry) {
    Path path = Path.of(entry);
    String name = path.getFileName().toString();
    return RUNTIME_JAR.matcher(name).matches()
        || (name.equals("classes") && path.getParent().getParent().getFileName().toString().startsWith("emulation-"));
  }

  private static final String MAIN = """
      package demo;

      import io.github.thidua.emulation.core.Emulation;
      import io.github.thidua.emulation.core.Province;
      import io.github.thidua.emulation.core.rules.RuleSets;
      import io.github.thidua.emulation.core.validation.ValidationReport;
      import io.github.thidua.emulation.jackson.DocumentFormat;
      import io.github.thidua.emulation.jackson.EmulationFiles;
      import java.io.ByteArrayInputStream;
      import java.nio.charset.StandardCharsets;
      import java.nio.file.Path;

      public class Main {
        public static void main(String[] args) {
          Province p = EmulationFiles.readProvince(Path.of(args[0]));
          ValidationReport r = Emulation.validate(p, RuleSets.defaultRules());
          String text = EmulationFiles.writeResult(r, DocumentFormat.YAML);
          ValidationReport back = EmulationFiles.readResult(
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "r.yaml", ValidationReport.class);
          System.out.println(r.violations().size() + " " + back.equals(r) + " " + r.violations().get(0).code()
              + " " + r.violations().get(0).message().vi());
        }
      }
      """;

  @Test
  void aModularApplicationReadsValidatesAndWritesDocuments(@TempDir Path dir) throws IOException,
      InterruptedException {
    List<String> modulePath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(ModulePathTest::runtime)
        .collect(Collectors.toList());
    assertThat(modulePath).anyMatch(e -> e.contains("emulation-core")).anyMatch(e -> e.contains("jackson-databind"));
    Path src = dir.resolve("src/demo");
    Files.createDirectories(src.resolve("demo"));
    Files.writeString(src.resolve("module-info.java"), "module demo { requires io.github.thidua.emulation.jackson; }");
    Files.writeString(src.resolve("demo/Main.java"), MAIN);
    Path out = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-d", out.toString(), "--module-path",
        String.join(File.pathSeparator, modulePath), "--module-source-path", dir.resolve("src").toString(),
        "-m", "demo");
    assertThat(compiled).isZero();

    Path province = dir.resolve("tinh.json");
    Files.writeString(province, """
        {"schemaVersion": 2, "document": "province", "id": "hung-yen", "name": "Tỉnh Hưng Yên", "year": 2024,
         "units": [{"id": "a", "name": "Công an tỉnh", "kind": "AGENCY", "level": "PROVINCE", "staff": 90}],
         "organisers": [{"id": "ubnd-tinh", "name": "Ủy ban nhân dân tỉnh", "kind": "PROVINCIAL_COMMITTEE"}],
         "groups": [{"id": "khoi-noi-chinh", "name": "Khối nội chính", "kind": "BLOC", "organiser": "ubnd-tinh",
                     "year": 2024, "members": ["a"], "heads": ["a"]}]}
        """, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "--module-path", String.join(File.pathSeparator, modulePath) + File.pathSeparator
            + out, "-m", "demo/demo.Main", province.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).startsWith("2 true group.deputies.count Khối nội chính có 0 phó trưởng");
  }
}
