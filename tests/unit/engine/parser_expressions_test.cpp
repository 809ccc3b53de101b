// Parsing of expressions: precedence, operators, literals and the compound forms.
#include <cmath>

#include "tests/unit/engine/test_util.h"

namespace kg::engine {
namespace {

using testing::ParseReturn;
using testing::ReturnedExpression;

const ast::Binary& AsBinary(const ast::Expression& e) { return e.As<ast::Binary>(); }

TEST(ParserExpressions, MultiplicationBindsTighterThanAddition) {
    auto s = ParseReturn("1 + 2 * 3");
    const auto& add = AsBinary(ReturnedExpression(s));
    EXPECT_EQ(add.op, ast::BinaryOp::kAdd);
    EXPECT_EQ(AsBinary(*add.right).op, ast::BinaryOp::kMultiply);
    EXPECT_EQ(add.right->text, "2 * 3");
}

TEST(ParserExpressions, SubtractionIsLeftAssociative) {
    auto s = ParseReturn("10 - 4 - 3");
    const auto& outer = AsBinary(ReturnedExpression(s));
    EXPECT_EQ(outer.left->text, "10 - 4");
    EXPECT_EQ(outer.right->text, "3");
}

TEST(ParserExpressions, BooleanPrecedenceOrXorAndNot) {
    auto s = ParseReturn("a OR b XOR c AND NOT d");
    const auto& orr = AsBinary(ReturnedExpression(s));
    EXPECT_EQ(orr.op, ast::BinaryOp::kOr);
    const auto& xorr = AsBinary(*orr.right);
    EXPECT_EQ(xorr.op, ast::BinaryOp::kXor);
    const auto& andd = AsBinary(*xorr.right);
    EXPECT_EQ(andd.op, ast::BinaryOp::kAnd);
    EXPECT_EQ(andd.right->As<ast::Unary>().op, ast::UnaryOp::kNot);
}

TEST(ParserExpressions, ComparisonChain) {
    auto s = ParseReturn("1 < x <= 3");
    const auto& chain = ReturnedExpression(s).As<ast::ComparisonChain>();
    EXPECT_EQ(chain.operands.size(), 3u);
    EXPECT_EQ(chain.ops,
              (std::vector<ast::BinaryOp>{ast::BinaryOp::kLess, ast::BinaryOp::kLessEqual}));
}

TEST(ParserExpressions, StringListAndNullPredicates) {
    struct Case {
        const char* text;
        ast::BinaryOp op;
    };
    for (const Case& c :
         {Case{"a STARTS WITH 'x'", ast::BinaryOp::kStartsWith},
          Case{"a ENDS WITH 'x'", ast::BinaryOp::kEndsWith},
          Case{"a CONTAINS 'x'", ast::BinaryOp::kContains},
          Case{"a =~ 'x.*'", ast::BinaryOp::kRegexMatch}, Case{"a IN [1, 2]", ast::BinaryOp::kIn},
          Case{"a <> 1", ast::BinaryOp::kNotEqual}}) {
        auto s = ParseReturn(c.text);
        EXPECT_EQ(AsBinary(ReturnedExpression(s)).op, c.op) << c.text;
    }
    auto is_null = ParseReturn("a.b IS NOT NULL");
    EXPECT_EQ(ReturnedExpression(is_null).As<ast::Unary>().op, ast::UnaryOp::kIsNotNull);
}

TEST(ParserExpressions, PropertyIndexSliceAndLabels) {
    auto s = ParseReturn("n.list[1][2..][..3], n:A:B");
    const auto& slice = ReturnedExpression(s).As<ast::Slice>();
    EXPECT_EQ(slice.from, nullptr);
    EXPECT_EQ(slice.to->text, "3");
    const auto& inner = slice.object->As<ast::Slice>();
    EXPECT_EQ(inner.from->text, "2");
    EXPECT_EQ(inner.to, nullptr);
    const auto& index = inner.object->As<ast::Index>();
    EXPECT_EQ(index.object->As<ast::PropertyAccess>().key, "list");
    const auto& labels = ReturnedExpression(s, 1).As<ast::LabelCheck>();
    EXPECT_EQ(labels.labels, (std::vector<std::string>{"A", "B"}));
}

TEST(ParserExpressions, IntegerLiterals) {
    auto s = ParseReturn("9223372036854775807, -9223372036854775808, 0x1F, -0x10, 0o17");
    auto value = [&](size_t i) {
        return std::get<int64_t>(ReturnedExpression(s, i).As<ast::Literal>().value);
    };
    EXPECT_EQ(value(0), INT64_MAX);
    EXPECT_EQ(value(1), INT64_MIN);
    EXPECT_EQ(value(2), 31);
    EXPECT_EQ(value(3), -16);
    EXPECT_EQ(value(4), 15);
}

TEST(ParserExpressions, FloatAndOtherLiterals) {
    auto s = ParseReturn("1.5, .5, 1e3, 2.5E-1, true, FALSE, null");
    auto real = [&](size_t i) {
        return std::get<double>(ReturnedExpression(s, i).As<ast::Literal>().value);
    };
    EXPECT_DOUBLE_EQ(real(0), 1.5);
    EXPECT_DOUBLE_EQ(real(1), 0.5);
    EXPECT_DOUBLE_EQ(real(2), 1000.0);
    EXPECT_DOUBLE_EQ(real(3), 0.25);
    EXPECT_TRUE(std::get<bool>(ReturnedExpression(s, 4).As<ast::Literal>().value));
    EXPECT_FALSE(std::get<bool>(ReturnedExpression(s, 5).As<ast::Literal>().value));
    EXPECT_TRUE(
        std::holds_alternative<std::monostate>(ReturnedExpression(s, 6).As<ast::Literal>().value));
}

TEST(ParserExpressions, StringEscapes) {
    auto s = ParseReturn(R"('a\'b', "q\"\\\n\t", '\u00e9\U0001F600', '\d+', 'x\uD83D\uDE00')");
    auto text = [&](size_t i) {
        return std::get<std::string>(ReturnedExpression(s, i).As<ast::Literal>().value);
    };
    EXPECT_EQ(text(0), "a'b");
    EXPECT_EQ(text(1), "q\"\\\n\t");
    EXPECT_EQ(text(2), "\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_EQ(text(3), "\\d+");
    EXPECT_EQ(text(4), "x\xF0\x9F\x98\x80");
}

TEST(ParserExpressions, ListAndMapLiteralsAndParameters) {
    auto s = ParseReturn("[1, 'a', [2]], {k: 1, `odd key`: $p, end: $0}");
    EXPECT_EQ(ReturnedExpression(s, 0).As<ast::ListLiteral>().elements.size(), 3u);
    const auto& map = ReturnedExpression(s, 1).As<ast::MapLiteral>();
    ASSERT_EQ(map.entries.size(), 3u);
    EXPECT_EQ(map.entries[1].first, "odd key");
    EXPECT_EQ(map.entries[1].second->As<ast::Parameter>().name, "p");
    EXPECT_EQ(map.entries[2].second->As<ast::Parameter>().name, "0");
}

TEST(ParserExpressions, ComprehensionsAndQuantifiers) {
    auto s = ParseReturn(
        "[x IN range(1, 5) WHERE x % 2 = 0 | x * 10], any(y IN [1] WHERE y > 0), "
        "[(a)-[:T]->(b) WHERE b.x > 1 | b.name]");
    const auto& list = ReturnedExpression(s, 0).As<ast::ListComprehension>();
    EXPECT_EQ(list.variable, "x");
    EXPECT_NE(list.where, nullptr);
    EXPECT_NE(list.projection, nullptr);
    EXPECT_EQ(ReturnedExpression(s, 1).As<ast::Quantifier>().quantifier, ast::QuantifierKind::kAny);
    const auto& pattern = ReturnedExpression(s, 2).As<ast::PatternComprehension>();
    EXPECT_EQ(pattern.pattern.relationships.size(), 1u);
}

TEST(ParserExpressions, ListLiteralWithInIsAComprehensionOnlyWhenItCanBe) {
    auto s = ParseReturn("[x IN [1, 2]], [1 IN [1]]");
    EXPECT_EQ(ReturnedExpression(s, 0).kind(), ast::ExprKind::kListComprehension);
    EXPECT_EQ(ReturnedExpression(s, 1).kind(), ast::ExprKind::kList);
}

TEST(ParserExpressions, CaseForms) {
    auto s = ParseReturn("CASE x WHEN 1 THEN 'a' ELSE 'b' END, CASE WHEN x > 1 THEN 1 END");
    const auto& simple = ReturnedExpression(s, 0).As<ast::CaseExpression>();
    EXPECT_NE(simple.subject, nullptr);
    EXPECT_EQ(simple.alternatives.size(), 1u);
    EXPECT_NE(simple.otherwise, nullptr);
    const auto& generic = ReturnedExpression(s, 1).As<ast::CaseExpression>();
    EXPECT_EQ(generic.subject, nullptr);
    EXPECT_EQ(generic.otherwise, nullptr);
}

TEST(ParserExpressions, FunctionsCountStarAndDistinct) {
    auto s = ParseReturn("count(*), count(DISTINCT n.x), date.truncate('day', d)");
    EXPECT_EQ(ReturnedExpression(s, 0).kind(), ast::ExprKind::kCountStar);
    const auto& count = ReturnedExpression(s, 1).As<ast::FunctionCall>();
    EXPECT_TRUE(count.distinct);
    EXPECT_EQ(ReturnedExpression(s, 2).As<ast::FunctionCall>().name, "date.truncate");
}

TEST(ParserExpressions, PatternPredicateExistsAndMapProjection) {
    auto s = parser::ParseStatement(
        "MATCH (n) WHERE (n)-[:T]->() AND EXISTS { MATCH (n)-->(m) WHERE m.x = 1 } "
        "AND exists { (n)<--() } RETURN n {.name, .*, k: 1, n}");
    const auto& where = *testing::ClauseAt<ast::MatchClause>(s, 0).where;
    const auto& outer = AsBinary(where);
    const auto& inner = AsBinary(*outer.left);
    EXPECT_EQ(inner.left->kind(), ast::ExprKind::kPatternPredicate);
    const auto& exists_query = inner.right->As<ast::ExistsSubquery>();
    ASSERT_NE(exists_query.query, nullptr);
    const auto& exists_pattern = outer.right->As<ast::ExistsSubquery>();
    EXPECT_EQ(exists_pattern.query, nullptr);
    EXPECT_EQ(exists_pattern.pattern.size(), 1u);
    const auto& projection = ReturnedExpression(s).As<ast::MapProjection>();
    ASSERT_EQ(projection.items.size(), 4u);
    EXPECT_EQ(projection.items[0].kind, ast::MapProjectionItemKind::kProperty);
    EXPECT_EQ(projection.items[1].kind, ast::MapProjectionItemKind::kAllProperties);
    EXPECT_EQ(projection.items[2].kind, ast::MapProjectionItemKind::kLiteralEntry);
    EXPECT_EQ(projection.items[3].kind, ast::MapProjectionItemKind::kVariable);
}

TEST(ParserExpressions, UnaryMinusOnANonLiteral) {
    auto s = ParseReturn("-x, - 2 ^ 2");
    EXPECT_EQ(ReturnedExpression(s, 0).As<ast::Unary>().op, ast::UnaryOp::kNegate);
    // openCypher: unary minus binds tighter than ^, so - 2 ^ 2 is (-2) ^ 2.
    const auto& power = AsBinary(ReturnedExpression(s, 1));
    EXPECT_EQ(power.op, ast::BinaryOp::kPower);
    EXPECT_EQ(std::get<int64_t>(power.left->As<ast::Literal>().value), -2);
}

}  // namespace
}  // namespace kg::engine
