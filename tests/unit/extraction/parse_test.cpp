// Golden parses of sentences written for this test, analysed by the shipped models.
#include <gtest/gtest.h>

#include "extraction/pipeline.h"
#include "test_util.h"

namespace kg::extraction {
namespace {

class GoldenParse : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!testing::HaveModels()) return;
        auto p = Pipeline::Load(testing::ModelsDir());
        if (p.ok()) pipeline_ = new Pipeline(std::move(*p));
    }
    static void TearDownTestSuite() {
        delete pipeline_;
        pipeline_ = nullptr;
    }
    void SetUp() override {
        if (!pipeline_) GTEST_SKIP() << "no models in " << testing::ModelsDir();
    }

    // "form/UPOS/head/deprel" per token.
    static std::vector<std::string> Analyse(const std::string& text) {
        std::vector<std::string> out;
        Document doc = pipeline_->Run(text);
        for (const auto& s : doc.sentences) {
            for (const auto& t : s.tokens) {
                out.push_back(t.form + "/" + t.upos + "/" + std::to_string(t.head) + "/" + t.deprel);
            }
        }
        return out;
    }

    static Pipeline* pipeline_;
};

Pipeline* GoldenParse::pipeline_ = nullptr;

using V = std::vector<std::string>;

TEST_F(GoldenParse, SimpleTransitive) {
    EXPECT_EQ(Analyse("The soldiers attacked the village."),
              (V{"The/DET/2/det", "soldiers/NOUN/3/nsubj", "attacked/VERB/0/root", "the/DET/5/det",
                 "village/NOUN/3/obj", "./PUNCT/3/punct"}));
}

TEST_F(GoldenParse, PrepositionalObliqueAndPossessive) {
    EXPECT_EQ(Analyse("Iran's president spoke in Tehran on Monday."),
              (V{"Iran/PROPN/3/nmod:poss", "'s/PART/1/case", "president/NOUN/4/nsubj",
                 "spoke/VERB/0/root", "in/ADP/6/case", "Tehran/PROPN/4/obl", "on/ADP/8/case",
                 "Monday/PROPN/4/obl", "./PUNCT/4/punct"}));
}

TEST_F(GoldenParse, NegationAndAuxiliary) {
    EXPECT_EQ(Analyse("She didn't sign the agreement."),
              (V{"She/PRON/4/nsubj", "did/AUX/4/aux", "n't/PART/4/advmod", "sign/VERB/0/root",
                 "the/DET/6/det", "agreement/NOUN/4/obj", "./PUNCT/4/punct"}));
}

TEST_F(GoldenParse, Lemmas) {
    auto lemmas = [](const Document& doc) {
        std::vector<std::string> out;
        for (const auto& s : doc.sentences) {
            for (const auto& t : s.tokens) out.push_back(t.lemma);
        }
        return out;
    };
    EXPECT_EQ(lemmas(pipeline_->Run("The men threw stones.")),
              (V{"the", "man", "throw", "stone", "."}));
    EXPECT_EQ(lemmas(pipeline_->Run("Iran-backed militias attacked the U.S. Embassy.")),
              (V{"Iran", "-", "back", "militia", "attack", "the", "U.S.", "Embassy", "."}));
    EXPECT_EQ(lemmas(pipeline_->Run("She wasn't sure they had gone home.")),
              (V{"she", "be", "not", "sure", "they", "have", "go", "home", "."}));
}

TEST_F(GoldenParse, EveryTokenGetsAValidHead) {
    Document doc = pipeline_->Run("Photo: Reuters\n\nU.S. forces, backed by Iraqi troops, "
                                  "entered the city late on Tuesday, officials said.");
    for (const auto& s : doc.sentences) {
        int roots = 0;
        for (const auto& t : s.tokens) {
            EXPECT_GE(t.head, 0);
            EXPECT_LE(t.head, static_cast<int>(s.tokens.size()));
            roots += t.head == 0;
        }
        EXPECT_EQ(roots, 1);
    }
}

}  // namespace
}  // namespace kg::extraction
