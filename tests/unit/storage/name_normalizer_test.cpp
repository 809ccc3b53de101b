#include "storage/name_normalizer.h"

#include <gtest/gtest.h>

namespace kg::storage {
namespace {

TEST(NameNormalizerTest, VariantsOfOneNameMeet) {
    EXPECT_EQ(NormalizeName("U.S. Embassy"), NormalizeName("US Embassy"));
    EXPECT_EQ(NormalizeName("us  embassy"), NormalizeName("US Embassy"));
    EXPECT_EQ(NormalizeName("José Martí"), NormalizeName("JOSE MARTI"));
    EXPECT_EQ(NormalizeName("Iran-backed"), "iran backed");
    EXPECT_EQ(NormalizeName("O’Brien"), NormalizeName("O'Brien"));
    EXPECT_EQ(NormalizeName("ＵＳ"), "us");  // full-width letters
}

TEST(NameNormalizerTest, DifferentNamesStayApart) {
    EXPECT_NE(NormalizeName("Iran"), NormalizeName("Iraq"));
    EXPECT_NE(NormalizeName("Paris"), NormalizeName("Parıs Hilton"));
}

TEST(NameNormalizerTest, NoLettersGiveEmptyAndBadBytesAreDropped) {
    EXPECT_EQ(NormalizeName("  ...  "), "");
    EXPECT_EQ(NormalizeName("ab\xff\xfe" "cd"), "abcd");
    EXPECT_EQ(NormalizeName(std::string("a\0b", 3)), "a b");
    EXPECT_EQ(NormalizeName("北京"), "北京");
}

}  // namespace
}  // namespace kg::storage
