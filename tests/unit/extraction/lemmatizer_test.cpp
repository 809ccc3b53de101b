#include <gtest/gtest.h>

#include "extraction/conllu.h"
#include "extraction/lemmatizer.h"
#include "test_util.h"

namespace kg::extraction {
namespace {

// Rules generalize from training pairs to unseen words with the same tag and suffix.
TEST(Lemmatizer, LearnsSuffixRules) {
    const char* conllu =
        "1\twalked\twalk\tVERB\tVBD\t_\t0\troot\t_\t_\n\n"
        "1\ttalked\ttalk\tVERB\tVBD\t_\t0\troot\t_\t_\n\n"
        "1\tcats\tcat\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n"
        "1\tdogs\tdog\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n"
        "1\tmen\tman\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n";
    Lemmatizer lem = Lemmatizer::Train(ParseConllu(conllu));
    EXPECT_EQ(lem.Lemma("jumped", "VBD"), "jump");
    EXPECT_EQ(lem.Lemma("birds", "NNS"), "bird");
    EXPECT_EQ(lem.Lemma("Birds", "NNS"), "bird");
    EXPECT_EQ(lem.Lemma("men", "NNS"), "man");  // exception table
}

TEST(Lemmatizer, ShippedModel) {
    if (!testing::HaveModels()) GTEST_SKIP() << "no models in " << testing::ModelsDir();
    auto lem = Lemmatizer::Load(testing::ModelsDir() + "/en_lemmatizer.kgm");
    ASSERT_TRUE(lem.ok()) << lem.status().message();
    EXPECT_EQ(lem->Lemma("threw", "VBD"), "throw");
    EXPECT_EQ(lem->Lemma("militias", "NNS"), "militia");
    EXPECT_EQ(lem->Lemma("men", "NNS"), "man");
    EXPECT_EQ(lem->Lemma("children", "NNS"), "child");
    EXPECT_EQ(lem->Lemma("went", "VBD"), "go");
    EXPECT_EQ(lem->Lemma("was", "VBD"), "be");
    EXPECT_EQ(lem->Lemma("n't", "RB"), "not");
    EXPECT_EQ(lem->Lemma("attacked", "VBD"), "attack");
    EXPECT_EQ(lem->Lemma("bombings", "NNS"), "bombing");
    EXPECT_EQ(lem->Lemma("Americans", "NNPS"), "American");
    EXPECT_EQ(lem->Lemma("The", "DT"), "the");
    EXPECT_EQ(lem->Lemma("I", "PRP"), "I");
    EXPECT_EQ(lem->Lemma("Zorblaxed", "VBD"), "zorblax");
}

}  // namespace
}  // namespace kg::extraction
