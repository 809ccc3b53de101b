// Syntax errors: type, detail, line and column, the caret excerpt, and the hints for common
// mistakes.
#include "tests/unit/engine/test_util.h"

namespace kg::engine {
namespace {

QueryError ParseError(const std::string& query) {
    try {
        parser::ParseScript(query);
    } catch (const QueryError& error) {
        return error;
    }
    ADD_FAILURE() << "expected a syntax error for: " << query;
    return QueryError(ErrorKind::kInternal, ErrorType::kInternalError, "none", "no error");
}

bool Contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(SyntaxError, BangEqualsSuggestsDiamond) {
    QueryError e = ParseError("MATCH (n) WHERE n.age != 3 RETURN n");
    EXPECT_EQ(e.kind(), ErrorKind::kSyntax);
    EXPECT_EQ(e.type(), ErrorType::kSyntaxError);
    EXPECT_EQ(e.detail(), "InvalidOperator");
    EXPECT_EQ(e.message(), "Syntax error: unknown operator '!='; use '<>' for inequality.");
    EXPECT_EQ(e.location().line, 1);
    EXPECT_EQ(e.location().column, 23);
    EXPECT_EQ(e.Headline(),
              "Syntax error: unknown operator '!='; use '<>' for inequality. (line 1, column 23)");
}

TEST(SyntaxError, DoubleEqualsSuggestsEquals) {
    QueryError e = ParseError("MATCH (n) WHERE n.age == 3 RETURN n");
    EXPECT_TRUE(Contains(e.message(), "use '=' for equality")) << e.message();
}

TEST(SyntaxError, SelectGetsACypherHint) {
    QueryError e = ParseError("SELECT name FROM people");
    EXPECT_EQ(e.location().column, 1);
    EXPECT_TRUE(Contains(e.message(), "kg speaks Cypher, not SQL")) << e.message();
    EXPECT_TRUE(Contains(e.message(), "MATCH (n:Label)")) << e.message();
}

TEST(SyntaxError, SqlGroupByGetsAHint) {
    QueryError e = ParseError("MATCH (n) RETURN n.city, count(*) GROUP BY n.city");
    EXPECT_TRUE(Contains(e.message(), "Cypher has no GROUP BY")) << e.message();
}

struct HintCase {
    const char* query;
    const char* hint;
};

class SyntaxHints : public ::testing::TestWithParam<HintCase> {};

TEST_P(SyntaxHints, MessageCarriesTheHint) {
    QueryError e = ParseError(GetParam().query);
    EXPECT_TRUE(Contains(e.message(), GetParam().hint)) << e.message();
}

INSTANTIATE_TEST_SUITE_P(
    Hints, SyntaxHints,
    ::testing::Values(HintCase{"MATCH (n) RETURN n FROM x", "Cypher has no FROM"},
                      HintCase{"MATCH (n) RETURN n.a HAVING n.a > 1", "Cypher has no HAVING"},
                      HintCase{"INSERT (n)", "Cypher has no INSERT: use CREATE"},
                      HintCase{"UPDATE n SET n.a = 1", "Cypher has no UPDATE"},
                      HintCase{"MATCH (n) WHERE !n.flag RETURN n", "Use NOT for negation"},
                      HintCase{"MATCH (`odd RETURN 1", "escaped name is not terminated"},
                      HintCase{"MATCH (n) RETRUN n", "Did you mean 'RETURN'?"},
                      HintCase{"MATCH (n) WHER n.x = 1 RETURN n", "Did you mean 'WHERE'?"}));

TEST(SyntaxError, MissingReturnIsExplained) {
    QueryError e = ParseError("MATCH (n:Person)\nWHERE n.age > 3");
    EXPECT_EQ(e.detail(), "MissingReturn");
    EXPECT_TRUE(Contains(e.message(), "a query cannot end with MATCH; add a RETURN clause"))
        << e.message();
    QueryError with = ParseError("MATCH (n) WITH n");
    EXPECT_TRUE(Contains(with.message(), "cannot end with WITH")) << with.message();
}

TEST(SyntaxError, BareNodesGetAParenthesesHint) {
    QueryError e = ParseError("MATCH n RETURN n");
    EXPECT_TRUE(Contains(e.message(), "Nodes are written in parentheses: MATCH (n)."))
        << e.message();
    QueryError arrow = ParseError("MATCH (a)-[:R]->b RETURN b");
    EXPECT_TRUE(Contains(arrow.message(), "Nodes are written in parentheses: (b)."))
        << arrow.message();
}

TEST(SyntaxError, LikeGetsAHint) {
    QueryError e = ParseError("MATCH (n) WHERE n.name LIKE 'A%' RETURN n");
    EXPECT_TRUE(Contains(e.message(), "Cypher has no LIKE")) << e.message();
}

TEST(SyntaxError, KeywordTypoSuggestsTheKeyword) {
    QueryError e = ParseError("MATCH (n) RETRUN n");
    EXPECT_TRUE(Contains(e.message(), "Did you mean 'RETURN'?")) << e.message();
}

TEST(SyntaxError, UnterminatedString) {
    QueryError e = ParseError("RETURN 'abc");
    EXPECT_EQ(e.location().column, 8);
    EXPECT_TRUE(Contains(e.message(), "string literal is not terminated")) << e.message();
}

TEST(SyntaxError, CaretPointsAtTheColumnOnTheRightLine) {
    QueryError e = ParseError("MATCH (n)\nWHERE n.x = 1\n  RETURN n +");
    EXPECT_EQ(e.location().line, 3);
    EXPECT_EQ(e.location().column, 13);
    EXPECT_EQ(e.excerpt(), "  RETURN n +\n            ^");
    EXPECT_TRUE(Contains(e.Describe(), "(line 3, column 13)\n  RETURN n +\n            ^"));
}

TEST(SyntaxError, CaretCountsCharactersNotBytes) {
    QueryError e = ParseError("RETURN 'é' != 1");
    EXPECT_EQ(e.location().column, 12);
    EXPECT_EQ(e.excerpt(), "RETURN 'é' != 1\n           ^");
}

TEST(SyntaxError, LongLinesAreTrimmedAroundTheCaret) {
    std::string query = "RETURN " + std::string(300, ' ') + "1 !=";
    QueryError e = ParseError(query + " 2");
    const std::string& excerpt = e.excerpt();
    size_t newline = excerpt.find('\n');
    ASSERT_NE(newline, std::string::npos);
    EXPECT_LE(newline, 110u);
    EXPECT_EQ(excerpt.substr(0, 3), "...");
    size_t caret = excerpt.size() - 1 - (newline + 1);
    EXPECT_EQ(excerpt.substr(caret, 2), "!=");
}

TEST(SyntaxError, LiteralDetails) {
    EXPECT_EQ(ParseError("RETURN 9223372036854775808").detail(), "IntegerOverflow");
    EXPECT_EQ(ParseError("RETURN -0x8000000000000001").detail(), "IntegerOverflow");
    EXPECT_EQ(ParseError("RETURN 0x").detail(), "InvalidNumberLiteral");
    EXPECT_EQ(ParseError("RETURN 12ab3").detail(), "InvalidNumberLiteral");
    EXPECT_EQ(ParseError("RETURN 1e999").detail(), "FloatingPointOverflow");
    EXPECT_EQ(ParseError("RETURN '\\uZZ'").detail(), "InvalidUnicodeLiteral");
    EXPECT_EQ(ParseError("RETURN '\\uD800'").detail(), "InvalidUnicodeLiteral");
    EXPECT_EQ(ParseError("RETURN 1 \xE2\x80\x94 1").detail(), "InvalidUnicodeCharacter");
}

TEST(SyntaxError, ClauseCompositionErrors) {
    EXPECT_TRUE(Contains(ParseError("CREATE (a) MATCH (b) RETURN b").message(),
                         "WITH is required between CREATE and MATCH"));
    EXPECT_TRUE(Contains(ParseError("RETURN 1 AS a RETURN 2 AS b").message(),
                         "RETURN can only be the last clause"));
    EXPECT_EQ(ParseError("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a").detail(),
              "InvalidClauseComposition");
    EXPECT_EQ(
        ParseError("MATCH (a) WHERE EXISTS { MATCH (a)-->(b) SET b.x = 1 } RETURN a").detail(),
        "InvalidClauseComposition");
}

TEST(SyntaxError, InvalidRangesInRelationshipPatterns) {
    EXPECT_EQ(ParseError("MATCH (a)-[:T..2]->(b) RETURN b").detail(), "InvalidRelationshipPattern");
    EXPECT_EQ(ParseError("MATCH (a)-[:T*-2]->(b) RETURN b").detail(), "InvalidRelationshipPattern");
}

TEST(SyntaxError, EndOfInput) {
    QueryError e = ParseError("MATCH (n) RETURN");
    EXPECT_TRUE(Contains(e.message(), "unexpected end of input")) << e.message();
    EXPECT_EQ(e.detail(), "UnexpectedSyntax");
}

TEST(SyntaxError, InvalidUtf8IsRejectedNotCrashed) {
    QueryError e = ParseError(std::string("RETURN '\xFF\xFE'"));
    EXPECT_EQ(e.kind(), ErrorKind::kSyntax);
}

TEST(SyntaxError, DeepNestingIsRejectedWithoutExhaustingTheStack) {
    std::string parens = "RETURN " + std::string(20000, '(') + "1" + std::string(20000, ')');
    EXPECT_TRUE(Contains(ParseError(parens).message(), "nested too deeply"));
    std::string sum = "RETURN 1";
    for (int i = 0; i < 20000; ++i) sum += "+1";
    EXPECT_TRUE(Contains(ParseError(sum).message(), "too many operators"));
    std::string nots = "RETURN ";
    for (int i = 0; i < 20000; ++i) nots += "NOT ";
    EXPECT_TRUE(Contains(ParseError(nots + "true").message(), "nested too deeply"));
    std::string cases = "RETURN ";
    for (int i = 0; i < 20000; ++i) cases += "CASE WHEN true THEN ";
    EXPECT_TRUE(Contains(ParseError(cases + "1").message(), "nested too deeply"));
}

TEST(SyntaxError, PhaseIsCompile) {
    EXPECT_EQ(ErrorPhase(ErrorKind::kSyntax), "compile");
    EXPECT_EQ(ErrorPhase(ErrorKind::kBind), "compile");
    EXPECT_EQ(ErrorPhase(ErrorKind::kRuntime), "runtime");
    EXPECT_EQ(ErrorTypeName(ErrorType::kSyntaxError), "SyntaxError");
}

}  // namespace
}  // namespace kg::engine
