package org.knotwork.common.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.knotwork.common.io.InputException;

class SpecTextTest {
  @Test
  void jsonAndYamlGiveTheSameTree() {
    ObjectNode a = SpecText.parse("{\"a\": {\"b\": 1.5, \"c\": [1, 2]}, \"d\": \"x\"}",
        SpecText.Syntax.JSON, "json");
    ObjectNode b = SpecText.parse("a:\n  b: 1.5\n  c: [1, 2]\nd: x\n", SpecText.Syntax.YAML, "yaml");
    assertThat(b).isEqualTo(a);
    assertThat(SpecText.parse(SpecText.toYaml(a), SpecText.Syntax.YAML, "again")).isEqualTo(a);
  }

  @Test
  void setWritesValuesAsYamlByDottedPath() {
    ObjectNode t = SpecText.parse("{\"a\": {\"b\": 1}}", SpecText.Syntax.JSON, "t");
    SpecText.set(t, "a.b", "2.5");
    SpecText.set(t, "a.c.d", "true");
    SpecText.set(t, "e", "[1, 2]");
    SpecText.set(t, "f", "hello world");
    SpecText.set(t, "g", "null");
    assertThat(t.at("/a/b").doubleValue()).isEqualTo(2.5);
    assertThat(t.at("/a/c/d").booleanValue()).isTrue();
    assertThat(t.at("/e").size()).isEqualTo(2);
    assertThat(t.at("/f").textValue()).isEqualTo("hello world");
    assertThat(t.at("/g").isNull()).isTrue();
    assertThatThrownBy(() -> SpecText.set(t, "a.b.x", "1")).isInstanceOf(InputException.class)
        .hasMessageContaining("spec field a.b is not an object");
    assertThatThrownBy(() -> SpecText.set(t, "a..b", "1")).hasMessageContaining("names joined");
    ObjectNode m = SpecText.parse("{\"models\": [{\"degree\": 2}, {\"degree\": 3}]}",
        SpecText.Syntax.JSON, "m");
    SpecText.set(m, "models[1].degree", "4");
    SpecText.set(m, "models[0].extra.x", "1");
    assertThat(m.at("/models/1/degree").intValue()).isEqualTo(4);
    assertThat(m.at("/models/0/extra/x").intValue()).isEqualTo(1);
    assertThatThrownBy(() -> SpecText.set(m, "models[2].degree", "1"))
        .hasMessageContaining("spec field models has 2 elements, no [2]");
    assertThatThrownBy(() -> SpecText.set(m, "models[0].degree[0]", "1"))
        .hasMessageContaining("spec field models[0].degree is not an array");
  }

  @Test
  void syntaxErrorsNameLineAndColumnAndTopLevelMustBeAnObject() {
    assertThatThrownBy(() -> SpecText.parse("{\"a\": 1,,}", SpecText.Syntax.JSON, "spec file s"))
        .isInstanceOf(InputException.class).hasMessageStartingWith("spec file s is not valid JSON")
        .hasMessageContaining("line 1, column");
    assertThatThrownBy(() -> SpecText.parse("[1, 2]", SpecText.Syntax.JSON, "s"))
        .hasMessageContaining("must hold an object of spec fields, got array");
    assertThatThrownBy(() -> SpecText.parse("", SpecText.Syntax.YAML, "s"))
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> SpecText.parse("{\"a\": 1, \"a\": 2}", SpecText.Syntax.JSON, "s"))
        .hasMessageContaining("Duplicate field");
    assertThatThrownBy(() -> SpecText.parse("a: 1\na: 2\n", SpecText.Syntax.YAML, "s"))
        .hasMessageContaining("Duplicate field");
  }

  @Test
  void theCursorNamesFieldsByPathAndRejectsUnreadFields() {
    ObjectNode t = SpecText.parse("{\"train\": {\"lr\": \"fast\", \"steps\": 2.5, \"extra\": 1},"
        + " \"list\": [1, \"x\"]}", SpecText.Syntax.JSON, "t");
    SpecNode root = SpecNode.root(t);
    SpecNode train = root.object("train");
    assertThatThrownBy(() -> train.number("lr", 0.1))
        .hasMessage("spec field train.lr: must be a finite number, got \"fast\"");
    assertThatThrownBy(() -> train.integer("steps", 1))
        .hasMessage("spec field train.steps: must be a whole number, got 2.5");
    assertThatThrownBy(() -> root.numbers("list", null))
        .hasMessage("spec field list[1]: must be a finite number, got \"x\"");
    assertThat(train.bool("missing", true)).isTrue();
    assertThatThrownBy(train::finish)
        .hasMessageStartingWith("spec field train.extra: unknown field");
    assertThat(root.object("absent").number("x", 3)).isEqualTo(3);
    assertThatThrownBy(() -> root.build(null, () -> {
      throw new IllegalArgumentException("list must be short");
    })).hasMessage("spec field list: list must be short");
    assertThatThrownBy(() -> train.build(null, () -> {
      throw new IllegalArgumentException("something else is wrong");
    })).hasMessage("spec field train: something else is wrong");
  }
}
