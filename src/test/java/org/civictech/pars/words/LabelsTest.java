package org.civictech.pars.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words around the sentences, in every language the library speaks: each is written, each
 * language has its own, and each label tells apart what it labels. What they say on the command
 * line is the cli tests'.
 */
class LabelsTest {

  static List<String> languages() {
    return Languages.codes();
  }

  /** Every label of a language, with sample values for those that take some. */
  private static List<String> every(Labels labels) {
    List<String> all = new ArrayList<>(List.of(labels.storyTitle(),
        labels.contract("PARS", "2018-08-31", 2), labels.decidedOpen(),
        labels.decidedAsOf("2018-09-01", true), labels.decidedAsOf("2018-07-12", false),
        labels.outcomeLabel(), labels.votesCast(), labels.source(), labels.timeline(),
        labels.workedExample(), labels.truthTableHeading(), labels.notVoted(), labels.sources(),
        labels.votesInFavor(1), labels.votesInFavor(2)));
    for (Reason reason : Reason.values()) {
      all.add(labels.outcome(reason, true));
    }
    for (Choice choice : Choice.values()) {
      all.add(labels.choice(choice));
    }
    for (int index = 0; index < 3; index++) {
      all.add(labels.source2018(index));
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void every_label_is_written_and_tells_apart_what_it_labels(String language) {
    Labels labels = Languages.of(Locale.forLanguageTag(language)).labels();

    assertThat(every(labels)).allSatisfy(label -> assertThat(label).isNotBlank())
        .doesNotHaveDuplicates();
    assertThat(labels.votesInFavor(1)).matches("1\\D.*");
    assertThat(labels.votesInFavor(2)).matches("2\\D.*");
    // one vote is singular, never longer than the plural of two or three (the same in Chinese)
    assertThat(labels.votesInFavor(1).length())
        .isLessThanOrEqualTo(labels.votesInFavor(2).length());
    assertThat(labels.votesInFavor(3).substring(1)).isEqualTo(labels.votesInFavor(2).substring(1));
    // a decision as of a day with voting open says so in the words of decidedOpen()
    String open = labels.decidedOpen();
    String votingOpen = open.substring(open.lastIndexOf(' ', open.lastIndexOf(' ') - 1) + 1);
    assertThat(labels.decidedAsOf("2018-07-12", false)).contains("2018-07-12")
        .endsWith(votingOpen);
    assertThat(labels.decidedAsOf("2018-09-01", true)).doesNotEndWith(votingOpen);
    assertThat(labels.contract("PARS", "2018-08-31", 2)).contains("PARS", "2018-08-31",
        labels.votesInFavor(2)).doesNotContain("%s");
    assertThat(labels.decidedAsOf("2018-09-01", true)).contains("2018-09-01")
        .doesNotContain("%s");
  }

  @Test
  void each_language_but_the_default_has_labels_of_its_own() {
    List<Wording> others = Languages.all().subList(1, Languages.all().size());
    List<String> english = every(Languages.all().get(0).labels());

    assertThat(others).isNotEmpty();
    for (Wording wording : others) {
      List<String> own = every(wording.labels());
      for (int i = 0; i < own.size(); i++) {
        assertThat(own.get(i)).as("%s for %s", wording.language(), english.get(i))
            .isNotEqualTo(english.get(i));
      }
    }
  }
}
