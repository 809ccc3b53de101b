#include <gtest/gtest.h>

#include "extraction/document_builder.h"
#include "extraction/tokenize.h"
#include "test_util.h"

namespace kg::extraction {
namespace {

using testing::Forms;
using V = std::vector<std::string>;

TEST(Tokenize, AbbreviationsKeepTheirPeriod) {
    EXPECT_EQ(Forms("Mr. Smith met Dr. Jones in Washington, D.C. on Jan. 5."),
              (V{"Mr.", "Smith", "met", "Dr.", "Jones", "in", "Washington", ",", "D.C.", "on",
                 "Jan.", "5", "."}));
    EXPECT_EQ(Forms("The U.S. economy grew, e.g. in May."),
              (V{"The", "U.S.", "economy", "grew", ",", "e.g.", "in", "May", "."}));
}

TEST(Tokenize, Initials) {
    EXPECT_EQ(Forms("J. R. R. Tolkien wrote it."),
              (V{"J.", "R.", "R.", "Tolkien", "wrote", "it", "."}));
}

TEST(Tokenize, SentenceFinalPeriodIsSplit) {
    EXPECT_EQ(Forms("It rained."), (V{"It", "rained", "."}));
}

TEST(Tokenize, PossessivesAndClitics) {
    EXPECT_EQ(Forms("Iran's leaders don't agree."),
              (V{"Iran", "'s", "leaders", "do", "n't", "agree", "."}));
    EXPECT_EQ(Forms("I'm sure they're right, we can't and won't."),
              (V{"I", "'m", "sure", "they", "'re", "right", ",", "we", "ca", "n't", "and", "wo",
                 "n't", "."}));
    EXPECT_EQ(Forms("You cannot go, I'll stay."),
              (V{"You", "can", "not", "go", ",", "I", "'ll", "stay", "."}));
    EXPECT_EQ(Forms("the parents' house"), (V{"the", "parents", "'", "house"}));
    EXPECT_EQ(Forms("Iran\xE2\x80\x99s army"), (V{"Iran", "\xE2\x80\x99s", "army"}));
}

TEST(Tokenize, CliticsAreMarkedForMultiwordOutput) {
    Document doc = BuildDocument("Iran's don't");
    const auto& t = doc.sentences.at(0).tokens;
    ASSERT_EQ(t.size(), 4u);
    EXPECT_FALSE(t[0].clitic);
    EXPECT_TRUE(t[1].clitic);
    EXPECT_FALSE(t[2].clitic);
    EXPECT_TRUE(t[3].clitic);
}

// EWT splits most hyphenated compounds at the hyphen ("Iran - backed") but keeps words with
// common prefixes whole ("non-stop", "e-mail"); numbers such as phone numbers stay whole.
TEST(Tokenize, HyphenatedCompoundsFollowEwt) {
    EXPECT_EQ(Forms("Iran-backed militias"), (V{"Iran", "-", "backed", "militias"}));
    EXPECT_EQ(Forms("a crisis-response team"), (V{"a", "crisis", "-", "response", "team"}));
    EXPECT_EQ(Forms("non-stop e-mail co-founder"), (V{"non-stop", "e-mail", "co-founder"}));
    EXPECT_EQ(Forms("call 555-1234"), (V{"call", "555-1234"}));
}

TEST(Tokenize, NumbersAndPercentages) {
    EXPECT_EQ(Forms("1,000.50 people, 3.5% of them"),
              (V{"1,000.50", "people", ",", "3.5", "%", "of", "them"}));
}

TEST(Tokenize, DatesAndTimes) {
    EXPECT_EQ(Forms("On 1/2/2005 at 10:30 and 2005-03-09 at 5pm."),
              (V{"On", "1/2/2005", "at", "10:30", "and", "2005-03-09", "at", "5", "pm", "."}));
}

TEST(Tokenize, Currencies) {
    EXPECT_EQ(Forms("$5 million, \xE2\x82\xAC" "20 and \xC2\xA3" "3.50"),
              (V{"$", "5", "million", ",", "\xE2\x82\xAC", "20", "and", "\xC2\xA3", "3.50"}));
}

TEST(Tokenize, UrlsAndEmails) {
    EXPECT_EQ(Forms("See http://example.com/a-b?x=1&y=2. Mail john.doe@example.com, or <a@b.org>."),
              (V{"See", "http://example.com/a-b?x=1&y=2", ".", "Mail", "john.doe@example.com", ",",
                 "or", "<", "a@b.org", ">", "."}));
    EXPECT_EQ(Forms("www.reuters.com"), (V{"www.reuters.com"}));
}

TEST(Tokenize, Ellipses) {
    EXPECT_EQ(Forms("Wait... what?! Well\xE2\x80\xA6"),
              (V{"Wait", "...", "what", "?!", "Well", "\xE2\x80\xA6"}));
}

TEST(Tokenize, QuotesAndBrackets) {
    EXPECT_EQ(Forms("\"Hello,\" she said (quietly)."),
              (V{"\"", "Hello", ",", "\"", "she", "said", "(", "quietly", ")", "."}));
    EXPECT_EQ(Forms("\xE2\x80\x9CYes\xE2\x80\x9D [sic]"),
              (V{"\xE2\x80\x9C", "Yes", "\xE2\x80\x9D", "[", "sic", "]"}));
    EXPECT_EQ(Forms("and/or"), (V{"and", "/", "or"}));
}

TEST(Tokenize, OffsetsPointIntoTheOriginalText) {
    std::string text = "  Iran's army, \xE2\x80\x9Cnon-stop\xE2\x80\x9D.\n\nNext line";
    for (const auto& s : BuildDocument(text).sentences) {
        for (const auto& t : s.tokens) {
            EXPECT_EQ(text.substr(t.span.begin, t.span.end - t.span.begin), t.form);
        }
    }
}

TEST(Tokenize, InvalidBytesKeepOriginalOffsets) {
    std::string text = "ab\xFF" "c d";
    Document doc = BuildDocument(text);
    ASSERT_EQ(doc.sentences.size(), 1u);
    const auto& t = doc.sentences[0].tokens;
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].form, "ab\xEF\xBF\xBD" "c");
    EXPECT_EQ(t[0].span.begin, 0u);
    EXPECT_EQ(t[0].span.end, 4u);
    EXPECT_EQ(t[1].span.begin, 5u);
    EXPECT_EQ(doc.report.invalid_bytes, 1u);
    EXPECT_EQ(doc.report.first_invalid_offset, 2u);
}

TEST(Tokenize, FormsAreNfcButSpansAreOriginal) {
    std::string text = "cafe\xCC\x81 ok";  // e + combining acute
    Document doc = BuildDocument(text);
    const auto& t = doc.sentences.at(0).tokens;
    EXPECT_EQ(t[0].form, "caf\xC3\xA9");
    EXPECT_EQ(t[0].span.end, 6u);
}

TEST(Tokenize, EmoticonsStayWhole) { EXPECT_EQ(Forms("great :)"), (V{"great", ":)"})); }

TEST(Tokenize, VeryLongRunsAreCut) {
    std::string text(1000, 'a');
    auto tokens = Tokenize(text);
    ASSERT_FALSE(tokens.empty());
    for (const auto& t : tokens) EXPECT_LE(t.span.end - t.span.begin, kMaxTokenBytes);
}

}  // namespace
}  // namespace kg::extraction
