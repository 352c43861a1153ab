package io.github.thidua.emulation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Every {@code ```java} block of {@code README.md} and of the {@code .md} files under {@code docs/}, taken from the documents
 * themselves, is compiled in memory against the test class path and run, one dynamic test per block, named
 * {@code file:line} of its opening fence. New blocks are picked up with no edit here.
 *
 * <p>The conventions a writer follows are described in {@code docs/README.md}, section "Java snippets"; in short:
 *
 * <ul>
 *   <li>A block whose code lines at the left margin are all declarations ({@code package}, {@code import},
 *       annotations, {@code class}/{@code record}/{@code interface}/{@code enum}, closing braces) is a compilation
 *       unit: it is compiled as is and the {@code main(String[])} of one of its types is run.
 *   <li>Any other block is statements: it is wrapped in {@code main(String[]) throws Exception} of a generated class
 *       that imports every package the library exports and {@link #JAVA_PACKAGES}, and the import lines the block
 *       starts with (to say which of two library types of one simple name it means). The statement blocks of one
 *       document are one program, read top to bottom: each block runs after the blocks before it in the same
 *       document, so it can use what they declared.
 *   <li>{@code ```java standalone} starts a new program (the blocks before it are not prepended);
 *       {@code ```java no-run} is compiled (after the blocks before it) but not run, and the blocks after it do
 *       not see it.
 *   <li>A block fenced {@code ```text output} right after a Java block is the standard output that block must
 *       print; {@code …} in it matches any text within a line, and a line of only {@code …} any lines.
 *   <li>A program runs in a child JVM, in a fresh scratch folder in which the repository's top-level files and
 *       folders appear as symbolic links: snippets read repository files by their path from the repository root
 *       and write new files where they stand, without touching the repository.
 * </ul>
 */
class DocSnippetsTest {

  /** The Java packages statement blocks import besides the library's exported packages. */
  static final List<String> JAVA_PACKAGES = List.of("java.util", "java.util.function", "java.util.stream",
      "java.nio.file", "java.time", "java.math");

  private static final String WRAPPER = "DocSnippet";
  private static final String MARK = "\u001e-doc-snippet-output-\u001e";
  private static final long TIMEOUT_SECONDS = 300;
  private static final Set<String> FLAGS = Set.of("no-run", "standalone");
  /** A system property: with {@code -Ddoc.snippets.print=true}, each block's output is printed. */
  private static final String PRINT = "doc.snippets.print";

  private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*(.*)$");
  private static final Pattern DECLARATION_LINE = Pattern.compile(
      "(package|import)\\s.*|@.*|}.*|((public|protected|private|abstract|final|static|sealed|non-sealed|strictfp)\\s+)*"
          + "(class|record|interface|enum|@interface)\\s+\\w+.*");
  private static final Pattern TYPE_NAME = Pattern.compile(
      "^((?:public|abstract|final|sealed|non-sealed|strictfp)\\s+)*(class|record|interface|enum)\\s+(\\w+)",
      Pattern.MULTILINE);
  private static final Pattern IMPORT = Pattern.compile(
      "import\\s+(?:static\\s+)?([\\w.]+?(?:\\.\\*)?)\\s*;\\s*(?://.*)?");
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  private static final Set<String> failed = new HashSet<>();
  private static StandardJavaFileManager standardFiles;
  private static List<String> imports;

  // ------------------------------------------------------------------------------------------ the documents

  /** A fenced block of a document. */
  record Fenced(String language, List<String> flags, int fenceLine, List<String> lines) {}

  /** A Java block and what follows from its document. */
  record Block(String doc, int fenceLine, List<String> lines, Set<String> flags, boolean unit,
      List<String> expectedOutput, int outputLine) {

    String where() {
      return doc + ":" + fenceLine;
    }

    /** The document line of the block's code line {@code i} (0-based). */
    int docLine(int i) {
      return fenceLine + 1 + i;
    }
  }

  /** One dynamic test: the block it is named after and the statement blocks run before it. */
  record Program(Block block, List<Block> before, List<String> problems) {}

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheDocsCompilesAndRuns() throws IOException {
    Path root = repositoryRoot();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : documents(root)) {
      String name = root.relativize(doc).toString().replace(File.separatorChar, '/');
      for (Program p : programs(name, Files.readAllLines(doc, StandardCharsets.UTF_8))) {
        URI source = URI.create(doc.toUri() + "?line=" + p.block().fenceLine());
        tests.add(dynamicTest(p.block().where(), source, () -> check(root, p)));
      }
    }
    if (tests.isEmpty()) {
      throw new AssertionFailedError("no ```java block found under " + root);
    }
    return tests.stream();
  }

  @AfterAll
  static void closeTheFileManager() throws IOException {
    if (standardFiles != null) {
      standardFiles.close();
    }
  }

  /** The folder holding README.md and docs/, found upwards from the working directory (the module's folder). */
  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("docs"))) {
        return p;
      }
    }
    throw new AssertionFailedError("no folder with README.md and docs/ above " + Path.of("").toAbsolutePath());
  }

  /** README.md, then every docs/**.md in path order. */
  static List<Path> documents(Path root) throws IOException {
    List<Path> out = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
      out.addAll(files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
          .sorted(Comparator.comparing(f -> root.relativize(f).toString().replace(File.separatorChar, '/')))
          .toList());
    }
    return out;
  }

  /** Every fenced code block of a Markdown text, in order. */
  static List<Fenced> fences(List<String> lines) {
    List<Fenced> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches() || (open.group(2).charAt(0) == '`' && open.group(3).contains("`"))) {
        continue;
      }
      int indent = open.group(1).length();
      String fence = open.group(2);
      Pattern close = Pattern.compile("^\\s*" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length()
          + ",}\\s*$");
      List<String> info = List.of(open.group(3).strip().split("\\s+"));
      List<String> body = new ArrayList<>();
      int j = i + 1;
      for (; j < lines.size() && !close.matcher(lines.get(j)).matches(); j++) {
        String line = lines.get(j);
        int strip = 0;
        while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
          strip++;
        }
        body.add(line.substring(strip));
      }
      out.add(new Fenced(info.get(0), info.subList(1, info.size()).stream().filter(s -> !s.isEmpty()).toList(),
          i + 1, body));
      i = j;
    }
    return out;
  }

  /** The programs of one document: one per Java block, with the statement blocks it continues. */
  static List<Program> programs(String doc, List<String> text) {
    List<Fenced> fences = fences(text);
    List<Program> out = new ArrayList<>();
    List<Block> chain = new ArrayList<>();
    for (int i = 0; i < fences.size(); i++) {
      Fenced f = fences.get(i);
      if (!f.language().equals("java")) {
        if (f.flags().contains("output") && (i == 0 || !fences.get(i - 1).language().equals("java"))) {
          Block misplaced = new Block(doc, f.fenceLine(), f.lines(), Set.of(), false, List.of(), 0);
          out.add(new Program(misplaced, List.of(), List.of(doc + ":" + f.fenceLine()
              + ": an output block must directly follow a ```java block")));
        }
        continue;
      }
      List<String> problems = new ArrayList<>();
      for (String flag : f.flags()) {
        if (!FLAGS.contains(flag)) {
          problems.add(doc + ":" + f.fenceLine() + ": unknown marker '" + flag + "' on the fence line; known: "
              + new TreeSet<>(FLAGS));
        }
      }
      Fenced next = i + 1 < fences.size() ? fences.get(i + 1) : null;
      boolean hasOutput = next != null && !next.language().equals("java") && next.flags().contains("output");
      Block b = new Block(doc, f.fenceLine(), f.lines(), Set.copyOf(f.flags()), isCompilationUnit(f.lines()),
          hasOutput ? next.lines() : List.of(), hasOutput ? next.fenceLine() : 0);
      if (b.flags().contains("no-run") && hasOutput) {
        problems.add(b.where() + ": a no-run block cannot have an output block");
      }
      if (b.unit()) {
        if (b.flags().contains("standalone")) {
          problems.add(b.where() + ": a compilation unit always stands alone; drop 'standalone'");
        }
        out.add(new Program(b, List.of(), problems));
        continue;
      }
      if (b.flags().contains("standalone")) {
        chain.clear();
      }
      out.add(new Program(b, List.copyOf(chain), problems));
      if (!b.flags().contains("no-run")) {
        chain.add(b);
      }
    }
    return out;
  }

  /**
   * Whether a block is a compilation unit: it declares a type, and every code line at the left margin belongs to a
   * declaration (statement blocks have statements at the left margin, even when they start with a local record).
   */
  static boolean isCompilationUnit(List<String> lines) {
    boolean type = false;
    boolean comment = false;
    for (String line : lines) {
      String s = line.strip();
      if (comment) {
        comment = !s.contains("*/");
        continue;
      }
      if (s.startsWith("/*")) {
        comment = !s.contains("*/");
        continue;
      }
      if (s.isEmpty() || s.startsWith("//") || Character.isWhitespace(line.charAt(0))) {
        continue;
      }
      if (!DECLARATION_LINE.matcher(s).matches()) {
        return false;
      }
      type |= TYPE_NAME.matcher(s).find();
    }
    return type;
  }

  // ------------------------------------------------------------------------------------------ checking

  static void check(Path root, Program p) throws IOException, InterruptedException {
    Block block = p.block();
    if (!p.problems().isEmpty()) {
      fail(block, String.join("\n", p.problems()));
    }
    for (Block earlier : p.before()) {
      if (failed.contains(earlier.where())) {
        throw new TestAbortedException(block.where() + " continues " + earlier.where() + ", which failed");
      }
    }
    Source source = block.unit() ? unitSource(block) : statementSource(p);
    Map<String, byte[]> classes = compile(block, source);
    if (block.flags().contains("no-run")) {
      return;
    }
    String main = mainClass(block, source, classes);
    run(root, block, source, classes, main);
  }

  private static void fail(Block block, String message) {
    failed.add(block.where());
    throw new AssertionFailedError(message);
  }

  /**
   * A generated source file and where each of its lines comes from.
   *
   * @param className the binary name of its (first) top-level class
   * @param text the source
   * @param origins for each line (0-based), {@code file:line} of the document, or null for a generated line
   */
  record Source(String className, String text, List<String> origins) {

    String origin(long line) {
      return line >= 1 && line <= origins.size() && origins.get((int) line - 1) != null
          ? origins.get((int) line - 1) : WRAPPER + ".java:" + line + " (generated)";
    }

    String line(long line) {
      String[] all = text.split("\n", -1);
      return line >= 1 && line <= all.length ? all[(int) line - 1] : "";
    }
  }

  static Source unitSource(Block b) {
    String text = String.join("\n", b.lines()) + "\n";
    Matcher m = TYPE_NAME.matcher(text);
    String name = null;
    while (m.find()) {
      if (name == null || m.group(0).startsWith("public")) {
        name = m.group(3);
        if (m.group(0).startsWith("public")) {
          break;
        }
      }
    }
    Matcher pkg = PACKAGE.matcher(text);
    String className = pkg.find() ? pkg.group(1) + "." + name : name;
    List<String> origins = new ArrayList<>();
    for (int i = 0; i < b.lines().size(); i++) {
      origins.add(b.doc() + ":" + b.docLine(i));
    }
    return new Source(className, text, origins);
  }

  /**
   * The program of a statement block: the generated imports, then the import lines the blocks start with (moved
   * up, so that a block can say which of two library types of one simple name it means), then the blocks in
   * order in {@code main}.
   */
  static Source statementSource(Program p) {
    List<Block> blocks = new ArrayList<>(p.before());
    blocks.add(p.block());
    List<String> lines = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    Map<Block, Integer> leadingImports = new HashMap<>();
    Set<String> importedNames = new HashSet<>();
    for (Block b : blocks) {
      int n = 0;
      for (int i = 0; i < b.lines().size(); i++) {
        String s = b.lines().get(i).strip();
        Matcher m = IMPORT.matcher(s);
        if (m.matches()) {
          lines.add(s);
          origins.add(b.doc() + ":" + b.docLine(i));
          importedNames.add(m.group(1).substring(m.group(1).lastIndexOf('.') + 1));
          n = i + 1;
        } else if (!s.isEmpty() && !s.startsWith("//")) {
          break;
        }
      }
      leadingImports.put(b, n);
    }
    for (String i : imports()) {
      String simple = i.substring(i.lastIndexOf('.') + 1, i.length() - 1);
      if (!importedNames.contains(simple)) {
        lines.add(i);
        origins.add(null);
      }
    }
    lines.add("public final class " + WRAPPER + " {");
    lines.add("public static void main(String[] args) throws Exception {");
    origins.add(null);
    origins.add(null);
    for (Block b : blocks) {
      if (b == p.block()) {
        lines.add("System.out.flush(); System.out.print(\"" + MARK + "\"); System.out.flush();");
        origins.add(null);
      }
      for (int i = 0; i < b.lines().size(); i++) {
        lines.add(i < leadingImports.get(b) ? "" : b.lines().get(i));
        origins.add(b.doc() + ":" + b.docLine(i));
      }
    }
    lines.add("}");
    lines.add("}");
    origins.add(null);
    origins.add(null);
    return new Source(WRAPPER, String.join("\n", lines) + "\n", origins);
  }

  /**
   * The imports of statement blocks: every package the library's modules export and {@link #JAVA_PACKAGES} on
   * demand, and, so that a library type never becomes ambiguous, a single-type import of each library type whose
   * simple name is also a public type of one of those Java packages or of {@code java.lang} (e.g. a library
   * {@code Year} wins over {@code java.time.Year}).
   */
  static synchronized List<String> imports() {
    if (imports != null) {
      return imports;
    }
    Set<String> exported = new TreeSet<>();
    try {
      Enumeration<URL> descriptors = DocSnippetsTest.class.getClassLoader().getResources("module-info.class");
      while (descriptors.hasMoreElements()) {
        try (InputStream in = descriptors.nextElement().openStream()) {
          ModuleDescriptor d = ModuleDescriptor.read(in);
          if (d.name().startsWith("io.github.thidua.emulation")) {
            d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!exported.contains("io.github.thidua.emulation.core")
        || !exported.contains("io.github.thidua.emulation.jackson")) {
      throw new AssertionFailedError("the library's module descriptors are not on the class path: " + exported);
    }
    Map<String, List<String>> bySimpleName = new TreeMap<>();
    for (String pkg : exported) {
      for (String type : publicTopLevelTypes(pkg)) {
        bySimpleName.computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(type);
      }
    }
    List<String> out = new ArrayList<>();
    exported.forEach(pkg -> out.add("import " + pkg + ".*;"));
    JAVA_PACKAGES.forEach(pkg -> out.add("import " + pkg + ".*;"));
    bySimpleName.forEach((simple, types) -> {
      if (types.size() == 1 && Stream.concat(Stream.of("java.lang"), JAVA_PACKAGES.stream())
          .anyMatch(pkg -> isPublicJavaType(pkg + "." + simple))) {
        out.add("import " + types.get(0) + ";");
      }
    });
    imports = List.copyOf(out);
    return imports;
  }

  private static List<String> publicTopLevelTypes(String pkg) {
    List<String> out = new ArrayList<>();
    try {
      for (JavaFileObject f : files().list(StandardLocation.CLASS_PATH, pkg, Set.of(JavaFileObject.Kind.CLASS),
          false)) {
        String name = files().inferBinaryName(StandardLocation.CLASS_PATH, f);
        if (name.contains("$") || name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, DocSnippetsTest.class.getClassLoader());
          if (Modifier.isPublic(c.getModifiers())) {
            out.add(name);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // not loadable here: leave it to the on-demand import
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean isPublicJavaType(String name) {
    try {
      return Modifier.isPublic(Class.forName(name, false, ClassLoader.getPlatformClassLoader()).getModifiers());
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static synchronized StandardJavaFileManager files() throws IOException {
    if (standardFiles == null) {
      standardFiles = compiler().getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
      standardFiles.setLocation(StandardLocation.CLASS_PATH, Stream.of(classPath().split(File.pathSeparator))
          .filter(s -> !s.isEmpty()).map(File::new).toList());
    }
    return standardFiles;
  }

  private static JavaCompiler compiler() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new AssertionFailedError("no Java compiler: run the tests on a JDK, not a JRE");
    }
    return javac;
  }

  private static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** Compiles a source in memory; fails with the diagnostics, located in the document. */
  static Map<String, byte[]> compile(Block block, Source source) throws IOException {
    Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
    JavaFileManager memory = new ForwardingJavaFileManager<>(files()) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return out.computeIfAbsent(className, k -> new ByteArrayOutputStream());
          }
        };
      }
    };
    String fileName = source.className().substring(source.className().lastIndexOf('.') + 1) + ".java";
    JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///" + fileName), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source.text();
      }
    };
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok = compiler().getTask(null, memory, diagnostics, List.of("--release", "17", "-proc:none",
        "-implicit:none", "-Xlint:none", "-g"), null, List.of(unit)).call();
    if (!ok) {
      StringBuilder m = new StringBuilder(where(block) + " does not compile:\n");
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        m.append(source.origin(d.getLineNumber())).append(": error: ").append(d.getMessage(Locale.ROOT))
            .append('\n');
        String line = source.line(d.getLineNumber());
        if (!line.isBlank()) {
          m.append("    ").append(line).append('\n');
          if (d.getColumnNumber() >= 1) {
            m.append("    ").append(" ".repeat((int) d.getColumnNumber() - 1)).append("^\n");
          }
        }
      }
      fail(block, m.toString());
    }
    Map<String, byte[]> classes = new LinkedHashMap<>();
    out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    return classes;
  }

  private static String where(Block b) {
    return b.where() + " (" + (b.unit() ? "a compilation unit" : "statements") + ", lines " + b.docLine(0) + "–"
        + b.docLine(b.lines().size() - 1) + ")";
  }

  /** The class whose main(String[]) runs: the wrapper, or the one type of a compilation unit that has a main. */
  static String mainClass(Block block, Source source, Map<String, byte[]> classes) {
    if (!block.unit()) {
      return source.className();
    }
    ClassLoader loader = new ClassLoader(DocSnippetsTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
    List<String> mains = new ArrayList<>();
    for (String name : classes.keySet()) {
      try {
        var main = Class.forName(name, false, loader).getDeclaredMethod("main", String[].class);
        if (Modifier.isStatic(main.getModifiers()) && !name.contains("$")) {
          mains.add(name);
        }
      } catch (NoSuchMethodException | ClassNotFoundException e) {
        // not an entry point
      }
    }
    if (mains.size() != 1) {
      fail(block, where(block) + " must have exactly one top-level type with a static main(String[]) to run (found "
          + mains + "); add one, or mark the fence line ```java no-run if the block cannot run");
    }
    return mains.get(0);
  }

  /** Runs the program in a child JVM in a fresh scratch folder; fails if it throws or prints the wrong output. */
  static void run(Path root, Block block, Source source, Map<String, byte[]> classes, String main)
      throws IOException, InterruptedException {
    Path scratch = Files.createTempDirectory("doc-snippet-");
    try {
      Path classDir = scratch.resolve("classes");
      for (Map.Entry<String, byte[]> c : classes.entrySet()) {
        Path file = classDir.resolve(c.getKey().replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, c.getValue());
      }
      Path work = Files.createDirectories(scratch.resolve("work"));
      Path dir = linkRepository(root, work) ? work : root;
      Path stdout = scratch.resolve("stdout");
      Path stderr = scratch.resolve("stderr");
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
          "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-ea", "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC", "-cp", classDir + File.pathSeparator + classPath(), main);
      Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        fail(block, where(block) + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      String out = Files.readString(stdout, StandardCharsets.UTF_8).replace("\r\n", "\n");
      String err = located(Files.readString(stderr, StandardCharsets.UTF_8).replace("\r\n", "\n"), source);
      if (process.exitValue() != 0) {
        String printed = out.replace(MARK, "");
        fail(block, where(block) + " failed (exit code " + process.exitValue() + "):\n" + err
            + (printed.isBlank() ? "" : "\nstandard output:\n" + tail(printed)));
      }
      String own = out.contains(MARK) ? out.substring(out.indexOf(MARK) + MARK.length()) : out;
      if (Boolean.getBoolean(PRINT)) {
        System.out.println("---- " + block.where() + " printed:\n" + own);
      }
      if (block.outputLine() > 0 && !matches(block.expectedOutput(), List.of(own.split("\n", -1)))) {
        fail(block, where(block) + " printed other than its output block at " + block.doc() + ":"
            + block.outputLine() + " ('…' matches any text within a line, a line of only '…' any lines).\n"
            + "expected:\n" + String.join("\n", block.expectedOutput()) + "\nprinted:\n" + own
            + (err.isEmpty() ? "" : "\nstandard error:\n" + err));
      }
    } finally {
      delete(scratch);
    }
  }

  /** Makes the repository's top-level files and folders appear in a scratch folder; false if links are refused. */
  private static boolean linkRepository(Path root, Path work) throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      for (Path entry : entries.filter(e -> !e.getFileName().toString().startsWith(".")).toList()) {
        Files.createSymbolicLink(work.resolve(entry.getFileName().toString()), entry);
      }
      return true;
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      return false;
    }
  }

  /** Deletes a scratch folder without following its links into the repository. */
  private static void delete(Path dir) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** A stack trace with the generated file's line numbers replaced by the documents' lines. */
  static String located(String text, Source source) {
    String file = source.className().substring(source.className().lastIndexOf('.') + 1) + ".java";
    Matcher m = Pattern.compile(Pattern.quote(file) + ":(\\d+)").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(source.origin(Long.parseLong(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String tail(String text) {
    return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      out.add(line.stripTrailing());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && out.get(0).isEmpty()) {
      out.remove(0);
    }
    return out;
  }

  /** Whether printed lines match an output block, where '…' is a wildcard (see the class comment). */
  static boolean matches(List<String> expected, List<String> actual) {
    return matches(lines(String.join("\n", expected)), 0, lines(String.join("\n", actual)), 0, new HashMap<>());
  }

  private static boolean matches(List<String> exp, int e, List<String> act, int a, Map<Long, Boolean> memo) {
    long key = ((long) e << 32) | a;
    Boolean known = memo.get(key);
    if (known != null) {
      return known;
    }
    boolean result;
    if (e == exp.size()) {
      result = a == act.size();
    } else if (exp.get(e).strip().equals("…")) {
      result = false;
      for (int skip = a; skip <= act.size() && !result; skip++) {
        result = matches(exp, e + 1, act, skip, memo);
      }
    } else {
      result = a < act.size() && lineMatches(exp.get(e), act.get(a)) && matches(exp, e + 1, act, a + 1, memo);
    }
    memo.put(key, result);
    return result;
  }

  private static boolean lineMatches(String expected, String actual) {
    String regex = Stream.of(expected.split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
    return Pattern.compile(regex).matcher(actual).matches();
  }

  /** The conventions themselves, on small documents. */
  @Nested
  class Conventions {

    @Test
    void fencesAreFoundWithTheirLanguageMarkersAndLinesAndOnlyOutsideOtherFences() {
      List<Fenced> f = fences(List.of("text", "```java standalone", "int a = 1;", "```", "````markdown",
          "```java", "not java", "```", "````", "  ```text output", "  1", "  ```"));
      assertThat(f).extracting(Fenced::language).containsExactly("java", "markdown", "text");
      assertThat(f.get(0).flags()).containsExactly("standalone");
      assertThat(f.get(0).fenceLine()).isEqualTo(2);
      assertThat(f.get(0).lines()).containsExactly("int a = 1;");
      assertThat(f.get(2).flags()).containsExactly("output");
      assertThat(f.get(2).lines()).containsExactly("1");
    }

    @Test
    void aBlockIsACompilationUnitOnlyIfEveryLineAtTheMarginIsADeclaration() {
      assertThat(isCompilationUnit(List.of("import java.util.List;", "", "class A {", "  int x;", "}"))).isTrue();
      assertThat(isCompilationUnit(List.of("/** A. */", "public final class A {", "}"))).isTrue();
      assertThat(isCompilationUnit(List.of("record Row(int n) {}", "List<Row> rows = List.of();"))).isFalse();
      assertThat(isCompilationUnit(List.of("int a = 1;", "System.out.println(a);"))).isFalse();
      assertThat(isCompilationUnit(List.of("// class A is not declared here", "var a = 1;"))).isFalse();
    }

    @Test
    void statementBlocksContinueTheDocumentUntilAStandaloneBlockAndNoRunBlocksAreLeftOut() {
      List<Program> p = programs("d.md", List.of("```java", "int a = 1;", "```", "```java no-run", "int b = a;",
          "```", "```java", "int c = a;", "```", "```text output", "1", "```", "```java", "class U {", "}", "```",
          "```java standalone", "int a = 2;", "```", "```java", "a++;", "```", "```java norun", "```"));
      assertThat(p).extracting(x -> x.block().where())
          .containsExactly("d.md:1", "d.md:4", "d.md:7", "d.md:13", "d.md:17", "d.md:20", "d.md:23");
      assertThat(p.get(1).before()).extracting(Block::where).containsExactly("d.md:1");
      assertThat(p.get(2).before()).extracting(Block::where).containsExactly("d.md:1");
      assertThat(p.get(2).block().expectedOutput()).containsExactly("1");
      assertThat(p.get(3).block().unit()).isTrue();
      assertThat(p.get(3).before()).isEmpty();
      assertThat(p.get(4).before()).isEmpty();
      assertThat(p.get(5).before()).extracting(Block::where).containsExactly("d.md:17");
      assertThat(p.get(6).problems()).singleElement().asString().contains("unknown marker 'norun'");
    }

    @Test
    void importLinesAtTheTopOfAStatementBlockJoinTheProgramsImports() {
      Program p = programs("d.md", List.of("```java", "import java.util.concurrent.TimeUnit;   // a comment", "",
          "var t = TimeUnit.SECONDS;", "```")).get(0);
      String text = statementSource(p).text();
      assertThat(text.indexOf("import java.util.concurrent.TimeUnit;"))
          .isEqualTo(text.lastIndexOf("import java.util.concurrent.TimeUnit;"))
          .isLessThan(text.indexOf("class " + WRAPPER));
      assertThat(text).contains("import io.github.thidua.emulation.core.*;", "import java.util.*;");
    }

    @Test
    void anOutputBlockMustFollowAJavaBlock() {
      List<Program> p = programs("d.md", List.of("```text output", "1", "```"));
      assertThat(p).singleElement().satisfies(x -> assertThat(x.problems()).singleElement().asString()
          .contains("d.md:1: an output block must directly follow"));
    }

    @Test
    void anEllipsisMatchesAnyTextWithinALineAndALineOfOnlyAnEllipsisAnyLines() {
      assertThat(matches(List.of("a … c"), List.of("a b b c"))).isTrue();
      assertThat(matches(List.of("a … c"), List.of("a b", "c"))).isFalse();
      assertThat(matches(List.of("a", "…", "z"), List.of("a", "z"))).isTrue();
      assertThat(matches(List.of("a", "…", "z"), List.of("a", "b", "c", "z"))).isTrue();
      assertThat(matches(List.of("a", "…"), List.of("b"))).isFalse();
      assertThat(matches(List.of("[1.5]", ""), List.of("[1.5]  "))).isTrue();
      assertThat(matches(List.of("[1.5]"), List.of("[105]"))).isFalse();
    }
  }
}
