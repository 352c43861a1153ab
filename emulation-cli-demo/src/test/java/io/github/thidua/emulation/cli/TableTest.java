package io.github.thidua.emulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables align Vietnamese text by what the eye sees, whatever the Unicode form of the input. */
class TableTest {

  @Test
  void columnsLineUpWithMarkedLettersAndDecomposedInput() {
    String nfd = Normalizer.normalize("Trung tâm Y tế huyện Ân Thi", Normalizer.Form.NFD);
    List<String> lines = new Table("đơn vị", ">tổng").row("Sở Y tế", "97.00").row(nfd, "91.00")
        .row("Công an tỉnh", "100.00").render("").lines().toList();
    assertThat(lines).containsExactly(
        "đơn vị                         tổng",
        "---------------------------  ------",
        "Sở Y tế                       97.00",
        "Trung tâm Y tế huyện Ân Thi   91.00",
        "Công an tỉnh                 100.00");
    assertThat(Normalizer.isNormalized(lines.get(3), Normalizer.Form.NFC)).isTrue();
  }
}
