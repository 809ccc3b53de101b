#include <gtest/gtest.h>

#include "extraction/normalize.h"

namespace kg::extraction {
namespace {

TEST(Normalize, ValidUtf8IsUntouched) {
    EXPECT_EQ(NormalizeText("plain ascii"), "plain ascii");
    EXPECT_EQ(ScanUtf8("caf\xC3\xA9").invalid_bytes, 0u);
}

TEST(Normalize, InvalidBytesAreReplacedAndCounted) {
    std::string bad = "a\xC3(b\xFF\xFE";
    TextReport r = ScanUtf8(bad);
    EXPECT_EQ(r.invalid_bytes, 3u);
    EXPECT_EQ(r.first_invalid_offset, 1u);
    EXPECT_EQ(NormalizeText(bad), "a\xEF\xBF\xBD(b\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Normalize, TruncatedSequenceAtEnd) {
    TextReport r = ScanUtf8("ok\xE2\x80");
    EXPECT_EQ(r.invalid_bytes, 2u);
    EXPECT_EQ(r.first_invalid_offset, 2u);
}

TEST(Normalize, Nfc) { EXPECT_EQ(NormalizeText("e\xCC\x81"), "\xC3\xA9"); }

TEST(Normalize, FeatureFormFoldsTypography) {
    EXPECT_EQ(FeatureForm("\xE2\x80\x9CHello\xE2\x80\x9D"), "\"hello\"");
    EXPECT_EQ(FeatureForm("Iran\xE2\x80\x99s"), "iran's");
    EXPECT_EQ(FeatureForm("\xE2\x80\x94"), "-");
    EXPECT_EQ(Lowercase("\xC3\x89TAT"), "\xC3\xA9tat");
}

}  // namespace
}  // namespace kg::extraction
