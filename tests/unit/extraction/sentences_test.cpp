#include <gtest/gtest.h>

#include "extraction/document_builder.h"
#include "extraction/sentences.h"
#include "test_util.h"

namespace kg::extraction {
namespace {

using testing::SentenceTexts;
using V = std::vector<std::string>;

TEST(Sentences, SplitAtFinalPunctuation) {
    EXPECT_EQ(SentenceTexts("Mr. Smith arrived. He sat down! Did he? Yes."),
              (V{"Mr. Smith arrived.", "He sat down!", "Did he?", "Yes."}));
}

TEST(Sentences, AbbreviationDoesNotSplitBeforeName) {
    EXPECT_EQ(SentenceTexts("He met Gen. Petraeus in Jan. 2007 and left."),
              (V{"He met Gen. Petraeus in Jan. 2007 and left."}));
}

TEST(Sentences, AbbreviationAtSentenceEnd) {
    EXPECT_EQ(SentenceTexts("He lives in the U.S. The house is big."),
              (V{"He lives in the U.S.", "The house is big."}));
}

TEST(Sentences, ClosingQuoteStaysWithSentence) {
    EXPECT_EQ(SentenceTexts("He said \"yes.\" Then he left."),
              (V{"He said \"yes.\"", "Then he left."}));
}

TEST(Sentences, HeadlineWithoutPunctuationEndsAtBlankLine) {
    EXPECT_EQ(SentenceTexts("Iran backs militias in Iraq\n\nTEHRAN (Reuters) - Iran said on "
                            "Monday it would act."),
              (V{"Iran backs militias in Iraq", "TEHRAN (Reuters) - Iran said on Monday it would act."}));
}

TEST(Sentences, PhotoCreditLineEndsAtNewline) {
    EXPECT_EQ(SentenceTexts("Photo: John Smith/Reuters\nThe president spoke on Tuesday."),
              (V{"Photo: John Smith/Reuters", "The president spoke on Tuesday."}));
}

TEST(Sentences, WrappedProseDoesNotSplitAtNewline) {
    std::string text =
        "The minister said on Tuesday that the talks with the delegation would continue\n"
        "Wednesday in Geneva.";
    EXPECT_EQ(SentenceTexts(text).size(), 1u);
}

TEST(Sentences, EllipsisSplitsOnlyBeforeCapital) {
    EXPECT_EQ(SentenceTexts("Wait... what is that... It moved."),
              (V{"Wait... what is that...", "It moved."}));
}

TEST(Sentences, TextWithoutPunctuationIsBounded) {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "word ";
    Document doc = BuildDocument(text);
    EXPECT_GE(doc.sentences.size(), 1000 / kMaxSentenceTokens);
    size_t total = 0;
    for (const auto& s : doc.sentences) {
        EXPECT_LE(s.tokens.size(), kMaxSentenceTokens);
        total += s.tokens.size();
    }
    EXPECT_EQ(total, 1000u);
}

TEST(Sentences, EmptyAndBlankInput) {
    EXPECT_TRUE(BuildDocument("").sentences.empty());
    EXPECT_TRUE(BuildDocument(" \n\n\t ").sentences.empty());
}

}  // namespace
}  // namespace kg::extraction
