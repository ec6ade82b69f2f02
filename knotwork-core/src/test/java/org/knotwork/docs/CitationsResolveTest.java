package org.knotwork.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every theory citation in the Javadoc and comments of the production code resolves to a label,
 * heading or check item of the documents under {@code docs/} (see {@code docs/README.md}).
 *
 * <ul>
 *   <li>{@code S<n>} and {@code E<n>} (also ranges such as "S21-S23", "E8-E10") must have a line of
 *       {@code docs/spline-lens.md} starting with the bold label {@code **(S<n>)**} (or a heading
 *       containing "(S<n>)").</li>
 *   <li>Section citations ("notes &sect;2.3", "&sect;1&ndash;2", "deep-linear.md &sect;3.2",
 *       "reservoir notes section 7") must match a heading "&sect;2.3" of the cited document. In
 *       knotwork-pathways every section refers to deep-linear.md and in knotwork-reservoir to
 *       reservoir.md; elsewhere the document is taken from the nearest "deep-linear.md",
 *       "reservoir.md", "reservoir notes", "spline-lens.md" or "notes" before the citation (on the
 *       same or the previous comment line), "notes" meaning the document of the file's module.
 *       Sections with no such prefix outside those two modules are not checked (they cite other
 *       literature).</li>
 *   <li>Check citations ("check 7", "checks 15&ndash;18") must match an item of the cited
 *       document's checks list.</li>
 * </ul>
 *
 * <p>Only comments and string literals are scanned, so identifiers and type parameters cannot
 * produce false positives.
 */
class CitationsResolveTest {

  private enum Doc {
    SPLINE("spline-lens.md", "10"),
    DEEP_LINEAR("deep-linear.md", "5"),
    RESERVOIR("reservoir.md", "10");

    final String file;
    final String checksSection;

    Doc(String file, String checksSection) {
      this.file = file;
      this.checksSection = checksSection;
    }
  }

  /** One line of comment or string-literal text of a production source file. */
  private record SourceLine(Path file, int line, String module, String text, String previous) {
    String where(Path root) {
      return root.relativize(file) + ":" + line;
    }
  }

  private record Citation(SourceLine at, Doc doc, String target) {}

  private static final Pattern EQUATION = Pattern.compile(
      "(?<![A-Za-z0-9_])([SE])(\\d{1,2})"
          + "(?:(?:-|\u2013)\\1?(\\d{1,2})|\\s*(?:-|\u2013)\\s*\\1(\\d{1,2}))?(?![A-Za-z0-9_])");

  private static final String NUM = "\\d+(?:\\.\\d+)*";
  private static final Pattern SECTION_RUN = Pattern.compile(
      "(?:\u00a7|(?<![A-Za-z])sections?\\s+)\\s*(" + NUM + ")"
          + "((?:\\s*(?:,|and)\\s*\u00a7\\s*" + NUM + "|\\s*(?:-|\u2013)\\s*\u00a7?\\s*" + NUM + ")*)");
  private static final Pattern RUN_ITEM =
      Pattern.compile("(,|and|-|\u2013)?\\s*\u00a7?\\s*(" + NUM + ")");
  private static final Pattern CHECK_RUN = Pattern.compile(
      "(?<![A-Za-z])checks?\\s+(\\d+)((?:\\s*(?:,|and|-|\u2013)\\s*\\d+)*)(?![\\d.]\\d)");
  private static final Pattern CHECK_ITEM = Pattern.compile("(,|and|-|\u2013)?\\s*(\\d+)");
  private static final Pattern KEYWORD = Pattern.compile(
      "deep-linear|reservoir\\.md|reservoir notes|spline-lens|[\\w-]+\\.md|notes",
      Pattern.CASE_INSENSITIVE);

  private static Path root;
  private static List<SourceLine> lines;

  @BeforeAll
  static void scan() throws IOException {
    root = repositoryRoot();
    lines = new ArrayList<>();
    List<Path> mainTrees;
    try (Stream<Path> modules = Files.list(root)) {
      mainTrees = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
          .sorted().collect(Collectors.toList());
    }
    assertThat(mainTrees).as("src/main/java trees under %s", root).hasSizeGreaterThan(3);
    for (Path tree : mainTrees) {
      String module = root.relativize(tree).getName(0).toString();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(tree)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted()
            .collect(Collectors.toList());
      }
      for (Path file : files) {
        String[] text = commentsAndStrings(Files.readString(file, StandardCharsets.UTF_8))
            .split("\n", -1);
        String previous = "";
        for (int i = 0; i < text.length; i++) {
          String t = normalise(text[i]);
          if (!t.isBlank()) {
            lines.add(new SourceLine(file, i + 1, module, t, previous));
            previous = t;
          }
        }
      }
    }
  }

  @Test
  void splineLensDefinesEveryEquationAndExperiment() {
    Set<String> labels = splineLabels();
    Set<String> expected = new TreeSet<>();
    for (int i = 1; i <= 24; i++) {
      expected.add("S" + i);
    }
    for (int i = 1; i <= 10; i++) {
      expected.add("E" + i);
    }
    assertThat(labels).as("labels of docs/spline-lens.md").containsAll(expected);
  }

  @Test
  void everyEquationAndExperimentCitationHasALabel() {
    Set<String> labels = splineLabels();
    List<Citation> cited = new ArrayList<>();
    for (SourceLine l : lines) {
      Matcher m = EQUATION.matcher(l.text());
      while (m.find()) {
        String letter = m.group(1);
        int lo = Integer.parseInt(m.group(2));
        String hiText = m.group(3) != null ? m.group(3) : m.group(4);
        int hi = hiText == null ? lo : Integer.parseInt(hiText);
        if (hi < lo || hi - lo > 30) {
          hi = lo;
        }
        for (int k = lo; k <= hi; k++) {
          cited.add(new Citation(l, Doc.SPLINE, letter + k));
        }
      }
    }
    assertThat(cited).as("S/E citations found (is the scanner broken?)").hasSizeGreaterThan(200);
    List<String> missing = cited.stream().filter(c -> !labels.contains(c.target()))
        .map(c -> c.at().where(root) + " cites " + c.target() + ", no label in docs/spline-lens.md")
        .collect(Collectors.toList());
    assertThat(missing).as("unresolved S/E citations").isEmpty();
  }

  @Test
  void everySectionCitationHasAHeading() {
    List<Citation> cited = new ArrayList<>();
    for (SourceLine l : lines) {
      Matcher m = SECTION_RUN.matcher(l.text());
      while (m.find()) {
        boolean bySectionWord = !m.group().startsWith("\u00a7");
        Doc doc = documentFor(l, m.start(), bySectionWord);
        if (doc == null) {
          continue;
        }
        for (String s : expandRun(m.group(1) + m.group(2), RUN_ITEM)) {
          cited.add(new Citation(l, doc, s));
        }
      }
    }
    assertThat(cited.stream().filter(c -> c.doc() == Doc.DEEP_LINEAR)).hasSizeGreaterThan(30);
    assertThat(cited.stream().filter(c -> c.doc() == Doc.RESERVOIR)).hasSizeGreaterThan(30);
    List<String> missing = new ArrayList<>();
    for (Doc doc : Doc.values()) {
      Set<String> headings = headings(doc);
      cited.stream().filter(c -> c.doc() == doc && !headings.contains(c.target()))
          .forEach(c -> missing.add(c.at().where(root) + " cites \u00a7" + c.target()
              + ", no such heading in docs/" + doc.file));
    }
    assertThat(missing).as("unresolved section citations").isEmpty();
  }

  @Test
  void everyCheckCitationHasAnItem() {
    List<Citation> cited = new ArrayList<>();
    for (SourceLine l : lines) {
      Matcher m = CHECK_RUN.matcher(l.text());
      while (m.find()) {
        Doc doc = documentFor(l, m.start(), false);
        if (doc == null) {
          continue;
        }
        for (String s : expandRun(m.group(1) + m.group(2), CHECK_ITEM)) {
          cited.add(new Citation(l, doc, s));
        }
      }
    }
    assertThat(cited).hasSizeGreaterThan(20);
    List<String> missing = new ArrayList<>();
    for (Doc doc : Doc.values()) {
      Set<String> items = checkItems(doc);
      cited.stream().filter(c -> c.doc() == doc && !items.contains(c.target()))
          .forEach(c -> missing.add(c.at().where(root) + " cites check " + c.target()
              + ", no such item in docs/" + doc.file + " \u00a7" + doc.checksSection));
    }
    assertThat(missing).as("unresolved check citations").isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The document a section or check citation at {@code offset} of {@code l} refers to, or null if
   * it cannot be told (and is then not checked).
   */
  private static Doc documentFor(SourceLine l, int offset, boolean needKeyword) {
    if (l.module().equals("knotwork-pathways")) {
      return Doc.DEEP_LINEAR;
    }
    if (l.module().equals("knotwork-reservoir")) {
      return Doc.RESERVOIR;
    }
    String context = l.previous() + " \n " + l.text().substring(0, offset);
    Matcher k = KEYWORD.matcher(context);
    String last = null;
    while (k.find()) {
      last = k.group().toLowerCase(Locale.ROOT);
    }
    Doc byFile = documentOfFile(l.file());
    if (last == null) {
      return needKeyword || byFile == Doc.SPLINE ? null : byFile;
    }
    if (last.startsWith("deep-linear")) {
      return Doc.DEEP_LINEAR;
    }
    if (last.startsWith("reservoir")) {
      return Doc.RESERVOIR;
    }
    if (last.startsWith("spline-lens")) {
      return Doc.SPLINE;
    }
    if (last.equals("notes")) {
      return byFile;
    }
    return null; // another document (e.g. a *.md that is not in docs/)
  }

  /** The document of a file outside the two companion modules, from its path. */
  private static Doc documentOfFile(Path file) {
    String p = root.relativize(file).toString().toLowerCase(Locale.ROOT);
    if (p.contains("pathway")) {
      return Doc.DEEP_LINEAR;
    }
    if (p.contains("reservoir")) {
      return Doc.RESERVOIR;
    }
    return Doc.SPLINE;
  }

  /** "2.2-2.4" &rarr; 2.2, 2.3, 2.4; "1&ndash;2" &rarr; 1, 2; "2.1, &sect;4" &rarr; 2.1, 4. */
  private static List<String> expandRun(String run, Pattern item) {
    List<String> out = new ArrayList<>();
    Matcher m = item.matcher(run);
    String prev = null;
    while (m.find()) {
      String sep = m.group(1);
      String cur = m.group(2);
      if (prev != null && sep != null && (sep.equals("-") || sep.equals("\u2013"))) {
        out.addAll(between(prev, cur));
      }
      out.add(cur);
      prev = cur;
    }
    return out.stream().distinct().collect(Collectors.toList());
  }

  /** Numbers strictly between a and b when they differ only in the last component. */
  private static List<String> between(String a, String b) {
    List<String> out = new ArrayList<>();
    int da = a.lastIndexOf('.');
    int db = b.lastIndexOf('.');
    String pa = da < 0 ? "" : a.substring(0, da + 1);
    String pb = db < 0 ? "" : b.substring(0, db + 1);
    if (!pa.equals(pb)) {
      return out;
    }
    int lo = Integer.parseInt(a.substring(da + 1));
    int hi = Integer.parseInt(b.substring(db + 1));
    for (int k = lo + 1; k < hi && k - lo < 30; k++) {
      out.add(pa + k);
    }
    return out;
  }

  /**
   * Labels of the companion documents: every {@code docs/*.md} line starting with a bold
   * parenthesised label such as {@code **(M4)**} or {@code **(I1) Network.**} defines it; a label
   * may be defined once only, across all documents. The spline lens's S and E labels are checked by
   * the tests above.
   */
  @Test
  void everyCompanionLabelCitationHasADefinition() throws IOException {
    Pattern def = Pattern.compile("(?m)^\\*\\*\\(([A-Z]{1,3}\\d{1,3})\\)");
    java.util.Map<String, String> definedIn = new java.util.TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    List<Path> docs;
    try (Stream<Path> list = Files.list(root.resolve("docs"))) {
      docs = list.filter(f -> f.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    for (Path doc : docs) {
      Matcher m = def.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        String label = m.group(1);
        if (label.matches("[SE]\\d+")) {
          continue;
        }
        String before = definedIn.put(label, doc.getFileName().toString());
        if (before != null && !before.equals(doc.getFileName().toString())) {
          duplicates.add(label + " in " + before + " and " + doc.getFileName());
        }
      }
    }
    assertThat(duplicates).as("labels defined in two documents").isEmpty();
    Set<String> prefixes = definedIn.keySet().stream().map(l -> l.replaceAll("\\d+$", ""))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(prefixes).as("companion label prefixes").isNotEmpty();
    Pattern cite = Pattern.compile("\\(([A-Z]{1,3})(\\d{1,3})\\)");
    List<String> unresolved = new ArrayList<>();
    int checked = 0;
    for (SourceLine l : lines) {
      Matcher m = cite.matcher(l.text());
      while (m.find()) {
        if (!prefixes.contains(m.group(1))) {
          continue;
        }
        checked++;
        String label = m.group(1) + m.group(2);
        if (!definedIn.containsKey(label)) {
          unresolved.add(l.where(root) + ": (" + label + ")");
        }
      }
    }
    assertThat(checked).as("companion label citations found").isGreaterThan(10);
    assertThat(unresolved).as("citations of labels no document defines").isEmpty();
  }

  private static Set<String> splineLabels() {
    String text = read(Doc.SPLINE);
    Set<String> labels = new TreeSet<>();
    Matcher bold = Pattern.compile("(?m)^\\*\\*\\(([SE]\\d{1,2})\\)\\*\\*").matcher(text);
    while (bold.find()) {
      labels.add(bold.group(1));
    }
    Matcher heading = Pattern.compile("(?m)^#{1,6} .*$").matcher(text);
    while (heading.find()) {
      Matcher inner = Pattern.compile("\\(([SE]\\d{1,2})\\)").matcher(heading.group());
      while (inner.find()) {
        labels.add(inner.group(1));
      }
    }
    return labels;
  }

  private static Set<String> headings(Doc doc) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^#{1,6}\\s+\u00a7?(" + NUM + ")\\.?\\s").matcher(read(doc));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Numbered items ("7. ...") of the document's checks section. */
  private static Set<String> checkItems(Doc doc) {
    String text = read(doc);
    Matcher start = Pattern.compile("(?m)^## \u00a7" + Pattern.quote(doc.checksSection) + "\\.")
        .matcher(text);
    assertThat(start.find()).as("checks section \u00a7%s of %s", doc.checksSection, doc.file)
        .isTrue();
    int end = text.indexOf("\n## ", start.end());
    String section = text.substring(start.end(), end < 0 ? text.length() : end);
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^(\\d+)\\.\\s").matcher(section);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String read(Doc doc) {
    try {
      return Files.readString(root.resolve("docs").resolve(doc.file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HTML entities the Javadoc uses around citations, as plain characters. */
  private static String normalise(String s) {
    return s.replace("&sect;", "\u00a7").replace("&ndash;", "\u2013").replace("&#167;", "\u00a7")
        .replace("&#8211;", "\u2013").replace("&nbsp;", " ");
  }

  /**
   * The text of comments and string/char literals, everything else blanked out; line breaks are
   * kept so that line numbers stay valid.
   */
  static String commentsAndStrings(String src) {
    StringBuilder out = new StringBuilder(src.length());
    int n = src.length();
    int i = 0;
    while (i < n) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
        int e = src.indexOf('\n', i);
        e = e < 0 ? n : e;
        out.append(src, i, e);
        i = e;
      } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
        int e = src.indexOf("*/", i + 2);
        e = e < 0 ? n : e + 2;
        out.append(src, i, e);
        i = e;
      } else if (src.startsWith("\"\"\"", i)) {
        int e = src.indexOf("\"\"\"", i + 3);
        e = e < 0 ? n : e + 3;
        out.append(src, i, e);
        i = e;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(n, j);
        boolean closed = j < n && src.charAt(j) == c;
        out.append(' ').append(src, i + 1, j);
        if (closed) {
          out.append(' ');
          j++;
        }
        i = j;
      } else {
        out.append(c == '\n' ? '\n' : ' ');
        i++;
      }
    }
    return out.toString();
  }

  /** The repository root: the nearest ancestor of the working directory with docs/ and pom.xml. */
  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docs")) && Files.isRegularFile(p.resolve("pom.xml"))
          && Files.isRegularFile(p.resolve("docs/spline-lens.md"))) {
        return p;
      }
    }
    throw new IllegalStateException("no ancestor of " + Path.of("").toAbsolutePath()
        + " contains docs/spline-lens.md and pom.xml");
  }
}
