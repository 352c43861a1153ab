package io.github.thidua.emulation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** NFC normalisation of names and Vietnamese display order. */
class NamesTest {
  private static final String NFC = "Sở Giáo dục và Đào tạo tỉnh Hưng Yên";
  private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

  @Test
  void theFixtureReallyDiffersByNormalForm() {
    assertThat(NFD).isNotEqualTo(NFC);
    assertThat(NFD.length()).isGreaterThan(NFC.length());
    assertThat(Normalizer.isNormalized(NFC, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void nfdNamesEqualTheirNfcForm() {
    Unit fromNfd = Unit.builder("so-gddt", NFD).staffCount(10).build();
    Unit fromNfc = Unit.builder("so-gddt", NFC).staffCount(10).build();
    assertThat(fromNfd.name()).isEqualTo(NFC);
    assertThat(fromNfd).isEqualTo(fromNfc);

    assertThat(Organiser.of("so-gddt", "  " + NFD + " ", OrganiserKind.DEPARTMENT).name()).isEqualTo(NFC);
    assertThat(EmulationGroup.builder("cum-1", NFD, GroupKind.CLUSTER, OrganiserId.of("so-gddt"), 2025).build()
        .name()).isEqualTo(NFC);
    assertThat(new LocalizedText(NFD, "Department of Education").vi()).isEqualTo(NFC);
    assertThat(Names.nfc(NFD)).isEqualTo(NFC);
    assertThat(Names.nfc(NFC)).isSameAs(NFC);
  }

  @Test
  void vietnameseOrderPutsLettersWithMarksAfterTheirBase() {
    List<String> names = new ArrayList<>(List.of("Đông", "Dương", "Ân", "An", "Bình"));
    names.sort(Names.vietnameseOrder());
    assertThat(names).containsExactly("An", "Ân", "Bình", "Dương", "Đông");
  }

  @Test
  void vietnameseOrderDoesNotDependOnInputOrder() {
    List<String> expected = List.of("an", "An", "Ăn", "Ân", "Bình", "Dương", "Đông", "Hưng Yên", "Ý Yên");
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      List<String> names = new ArrayList<>(expected);
      Collections.shuffle(names, new Random(seed));
      names.sort(Names.vietnameseOrder());
      assertThat(names).containsExactlyElementsOf(expected);
    });
  }

  @Test
  void distinctNamesNeverCompareEqual() {
    Comparator<String> order = Names.vietnameseOrder();
    assertThat(order.compare("An", "an")).isNotZero();
    assertThat(order.compare(NFC, NFD)).isNotZero();
    assertThat(order.compare(NFC, NFC)).isZero();
    assertThat(Integer.signum(order.compare("Đông", "Dương")))
        .isEqualTo(-Integer.signum(order.compare("Dương", "Đông")));
  }
}
