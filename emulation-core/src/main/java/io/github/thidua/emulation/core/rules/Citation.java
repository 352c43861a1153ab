package io.github.thidua.emulation.core.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.thidua.emulation.core.Names;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal text a rule comes from: a document and, where known, the article or clause and an address.
 *
 * @param document the document, e.g. {@code Luật Thi đua, khen thưởng 06/2022/QH15} or a guideline's number
 * @param provision the article, clause or section, e.g. {@code Điều 25 khoản 1}, if known
 * @param url a public address of the text, if known
 */
public record Citation(String document, Optional<String> provision, Optional<String> url) {

  /**
   * Creates the value, checking its invariants.
   *
   * @param document the document, e.g. {@code Luật Thi đua, khen thưởng 06/2022/QH15} or a guideline's number
   * @param provision the article, clause or section, e.g. {@code Điều 25 khoản 1}, if known
   * @param url a public address of the text, if known
   */
  public Citation {
    Objects.requireNonNull(document, "document");
    document = Names.nfc(document.strip());
    checkArgument(!document.isEmpty(), "citation document is blank");
    provision = Objects.requireNonNull(provision, "provision").map(p -> Names.nfc(p.strip())).filter(p -> !p.isEmpty());
    url = Objects.requireNonNull(url, "url").map(String::strip).filter(p -> !p.isEmpty());
  }

  /**
   * Returns a citation of a whole document.
   *
   * @param document the document
   * @return the citation
   */
  public static Citation of(String document) {
    return new Citation(document, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a citation of a provision of a document.
   *
   * @param document the document
   * @param provision the article or clause
   * @return the citation
   */
  public static Citation of(String document, String provision) {
    return new Citation(document, Optional.of(provision), Optional.empty());
  }

  /**
   * Returns a copy with a public address.
   *
   * @param address the URL
   * @return the copy
   */
  public Citation withUrl(String address) {
    return new Citation(document, provision, Optional.of(address));
  }

  /**
   * Returns the citation as one line: the document, then the provision if any.
   *
   * @return the text
   */
  public String text() {
    return provision.map(p -> document + ", " + p).orElse(document);
  }
}
