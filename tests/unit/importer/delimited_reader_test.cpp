#include "importer/delimited_reader.h"

#include <gtest/gtest.h>

namespace kg::importer {
namespace {

std::vector<std::vector<std::string>> ReadAll(std::string_view data, char delim, bool quoting,
                                              ImportError* error = nullptr) {
    DelimitedReader reader(data, delim, quoting);
    Record r;
    ImportError e;
    std::vector<std::vector<std::string>> out;
    while (reader.Next(&r, &e)) {
        std::vector<std::string> row;
        for (const Field& f : r.fields) row.emplace_back(f.text);
        out.push_back(row);
    }
    if (error != nullptr) *error = e;
    return out;
}

TEST(DelimitedReaderTest, CsvQuotingFollowsRfc4180) {
    auto rows = ReadAll("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\n", ',', true);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{"x, y", "say \"hi\""}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"two\nlines", ""}));
}

TEST(DelimitedReaderTest, TsvKeepsQuotesAsText) {
    auto rows = ReadAll("s\to\n\"Mira\"\tx\n\n", '\t', false);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][0], "\"Mira\"");
}

TEST(DelimitedReaderTest, MalformedQuotingReportsLineAndColumn) {
    ImportError e;
    ReadAll("a,b\nok,fine\nbad,\"open\n", ',', true, &e);
    EXPECT_EQ(e.line, 3u);
    EXPECT_EQ(e.column, 5u);
    EXPECT_EQ(e.message, "unterminated quoted field");
    ReadAll("a,b\n\"x\"y,z\n", ',', true, &e);
    EXPECT_EQ(e.line, 2u);
    EXPECT_EQ(e.column, 4u);
}

TEST(DelimitedReaderTest, FieldColumnsAreOneBasedByteOffsets) {
    DelimitedReader reader("ab\tcde\tf\n", '\t', false);
    Record r;
    ImportError e;
    ASSERT_TRUE(reader.Next(&r, &e));
    EXPECT_EQ(r.fields[0].column, 1u);
    EXPECT_EQ(r.fields[1].column, 4u);
    EXPECT_EQ(r.fields[2].column, 8u);
}

}  // namespace
}  // namespace kg::importer
