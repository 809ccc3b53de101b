#include <gtest/gtest.h>

#include "extraction/conllu.h"
#include "extraction/scorer.h"

namespace kg::extraction {
namespace {

constexpr const char* kGold =
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

TEST(Scorer, PerfectMatch) {
    auto gold = ParseConllu(kGold);
    Evaluation e = Evaluate(gold, gold);
    EXPECT_DOUBLE_EQ(e.tokens.F1(), 100.0);
    EXPECT_EQ(e.tokens.gold, 4u);  // "don't" is one token of two words
    EXPECT_EQ(e.words.gold, 5u);
    EXPECT_DOUBLE_EQ(e.las.F1(), 100.0);
}

TEST(Scorer, LabelSubtypesAreIgnoredAndErrorsCounted) {
    auto gold = ParseConllu(kGold);
    auto sys = gold;
    sys[0].sentence.tokens[0].deprel = "nsubj:pass";  // same universal relation
    sys[0].sentence.tokens[4].head = 1;               // wrong head
    sys[0].sentence.tokens[1].upos = "VERB";
    Evaluation e = Evaluate(gold, sys);
    EXPECT_EQ(e.las.correct, 4u);
    EXPECT_EQ(e.uas.correct, 4u);
    EXPECT_EQ(e.upos.correct, 4u);
}

TEST(Scorer, TokenizationMismatch) {
    auto gold = ParseConllu(kGold);
    auto sys = ParseConllu(
        "1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
        "2\tdon't\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
        "3\tknow.\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n\n");
    Evaluation e = Evaluate(gold, sys);
    EXPECT_EQ(e.tokens.correct, 2u);  // "I" and "don't"
    EXPECT_EQ(e.words.correct, 1u);   // only "I" is the same word
    EXPECT_EQ(e.sentences.correct, 1u);
}

}  // namespace
}  // namespace kg::extraction
