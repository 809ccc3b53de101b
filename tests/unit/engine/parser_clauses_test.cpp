// Parsing of every clause into the typed AST.
#include "tests/unit/engine/test_util.h"

namespace kg::engine {
namespace {

using parser::ParseStatement;
using testing::ClauseAt;
using testing::Clauses;

TEST(ParserClauses, MatchWithSeveralPatternsLabelsAndProperties) {
    auto s = ParseStatement("MATCH (a:Person:Author {name: 'Ann'}), (b) RETURN a");
    const auto& match = ClauseAt<ast::MatchClause>(s, 0);
    EXPECT_FALSE(match.optional);
    ASSERT_EQ(match.pattern.size(), 2u);
    const auto& a = match.pattern[0].nodes.at(0);
    EXPECT_EQ(a.variable, "a");
    EXPECT_EQ(a.labels, (std::vector<std::string>{"Person", "Author"}));
    ASSERT_NE(a.properties, nullptr);
    EXPECT_EQ(a.properties->kind(), ast::ExprKind::kMap);
    EXPECT_EQ(match.pattern[1].nodes.at(0).variable, "b");
}

TEST(ParserClauses, OptionalMatchAndWhere) {
    auto s = ParseStatement("MATCH (a) OPTIONAL MATCH (a)-->(b) WHERE b.x > 1 RETURN b");
    EXPECT_TRUE(ClauseAt<ast::MatchClause>(s, 1).optional);
    ASSERT_NE(ClauseAt<ast::MatchClause>(s, 1).where, nullptr);
    EXPECT_EQ(ClauseAt<ast::MatchClause>(s, 1).where->text, "b.x > 1");
}

TEST(ParserClauses, RelationshipDirectionsTypesAndRanges) {
    auto s = ParseStatement(
        "MATCH (a)-[r:KNOWS|:LIKES]->(b)<-[:T*2]-(c)-[*1..3]-(d)<-[*]->(e)-[*..4]->(f)-[*2..]->(g) "
        "RETURN a");
    const auto& rels = ClauseAt<ast::MatchClause>(s, 0).pattern.at(0).relationships;
    ASSERT_EQ(rels.size(), 6u);
    EXPECT_EQ(rels[0].variable, "r");
    EXPECT_EQ(rels[0].types, (std::vector<std::string>{"KNOWS", "LIKES"}));
    EXPECT_EQ(rels[0].direction, ast::Direction::kOutgoing);
    EXPECT_FALSE(rels[0].range.has_value());
    EXPECT_EQ(rels[1].direction, ast::Direction::kIncoming);
    EXPECT_EQ(rels[1].range->min, 2);
    EXPECT_EQ(rels[1].range->max, 2);
    EXPECT_EQ(rels[2].direction, ast::Direction::kBoth);
    EXPECT_EQ(rels[2].range->min, 1);
    EXPECT_EQ(rels[2].range->max, 3);
    EXPECT_EQ(rels[3].direction, ast::Direction::kBoth);
    EXPECT_FALSE(rels[3].range->min.has_value());
    EXPECT_FALSE(rels[3].range->max.has_value());
    EXPECT_FALSE(rels[4].range->min.has_value());
    EXPECT_EQ(rels[4].range->max, 4);
    EXPECT_EQ(rels[5].range->min, 2);
    EXPECT_FALSE(rels[5].range->max.has_value());
}

TEST(ParserClauses, NamedPathsAndShortestPath) {
    auto s = ParseStatement(
        "MATCH p = (a)-->(b), q = shortestPath((a)-[*]-(c)), allShortestPaths((a)--(d)) RETURN p");
    const auto& pattern = ClauseAt<ast::MatchClause>(s, 0).pattern;
    EXPECT_EQ(pattern[0].path_variable, "p");
    EXPECT_EQ(pattern[0].kind, ast::PathKind::kPlain);
    EXPECT_EQ(pattern[1].path_variable, "q");
    EXPECT_EQ(pattern[1].kind, ast::PathKind::kShortest);
    EXPECT_EQ(pattern[2].kind, ast::PathKind::kAllShortest);
}

TEST(ParserClauses, ReturnDistinctAliasesStarOrderSkipLimit) {
    auto s = ParseStatement(
        "MATCH (n) RETURN DISTINCT *, n.name AS name, count(*) "
        "ORDER BY name DESC, n.age SKIP 2 LIMIT 10");
    const auto& body = ClauseAt<ast::ReturnClause>(s, 1).body;
    EXPECT_TRUE(body.distinct);
    EXPECT_TRUE(body.star);
    ASSERT_EQ(body.items.size(), 2u);
    EXPECT_EQ(body.items[0].Name(), "name");
    EXPECT_EQ(body.items[1].Name(), "count(*)");
    ASSERT_EQ(body.order_by.size(), 2u);
    EXPECT_TRUE(body.order_by[0].descending);
    EXPECT_FALSE(body.order_by[1].descending);
    ASSERT_NE(body.skip, nullptr);
    ASSERT_NE(body.limit, nullptr);
    EXPECT_EQ(body.limit->text, "10");
}

TEST(ParserClauses, ColumnNamesKeepTheTextAsWritten) {
    auto s = ParseStatement("RETURN cOuNt( * ), (1 +  2), 'a' AS x");
    const auto& items = ClauseAt<ast::ReturnClause>(s, 0).body.items;
    EXPECT_EQ(items[0].Name(), "cOuNt( * )");
    EXPECT_EQ(items[1].Name(), "(1 +  2)");
    EXPECT_EQ(items[2].Name(), "x");
}

TEST(ParserClauses, WithWhere) {
    auto s = ParseStatement("MATCH (n) WITH n, n.x AS x WHERE x > 1 RETURN x");
    const auto& with = ClauseAt<ast::WithClause>(s, 1);
    EXPECT_EQ(with.body.items.size(), 2u);
    ASSERT_NE(with.where, nullptr);
}

TEST(ParserClauses, Unwind) {
    auto s = ParseStatement("UNWIND [1, 2] AS x RETURN x");
    const auto& unwind = ClauseAt<ast::UnwindClause>(s, 0);
    EXPECT_EQ(unwind.variable, "x");
    EXPECT_EQ(unwind.list->kind(), ast::ExprKind::kList);
}

TEST(ParserClauses, UnionAndUnionAll) {
    auto s = ParseStatement("RETURN 1 AS a UNION RETURN 2 AS a UNION RETURN 3 AS a");
    EXPECT_EQ(s.query.parts.size(), 3u);
    EXPECT_EQ(s.query.union_all, (std::vector<bool>{false, false}));
    auto all = ParseStatement("RETURN 1 AS a UNION ALL RETURN 2 AS a");
    EXPECT_EQ(all.query.union_all, (std::vector<bool>{true}));
}

TEST(ParserClauses, CreateWithRelationship) {
    auto s = ParseStatement("CREATE (a:A {x: 1})-[:T {w: 2}]->(b), (c)");
    const auto& create = ClauseAt<ast::CreateClause>(s, 0);
    ASSERT_EQ(create.pattern.size(), 2u);
    EXPECT_EQ(create.pattern[0].relationships.at(0).types, (std::vector<std::string>{"T"}));
    EXPECT_NE(create.pattern[0].relationships[0].properties, nullptr);
}

TEST(ParserClauses, MergeWithActions) {
    auto s = ParseStatement(
        "MERGE (n:P {k: 1}) ON CREATE SET n.created = true ON MATCH SET n.seen = n.seen + 1");
    const auto& merge = ClauseAt<ast::MergeClause>(s, 0);
    EXPECT_EQ(merge.pattern.nodes.at(0).labels, (std::vector<std::string>{"P"}));
    ASSERT_EQ(merge.actions.size(), 2u);
    EXPECT_TRUE(merge.actions[0].on_create);
    EXPECT_FALSE(merge.actions[1].on_create);
    EXPECT_EQ(merge.actions[1].set.items.at(0).kind, ast::SetItemKind::kProperty);
}

TEST(ParserClauses, SetItemForms) {
    auto s = ParseStatement("MATCH (n) SET n.a = 1, n = {b: 2}, n += {c: 3}, n:L1:L2");
    const auto& items = ClauseAt<ast::SetClause>(s, 1).items;
    ASSERT_EQ(items.size(), 4u);
    EXPECT_EQ(items[0].kind, ast::SetItemKind::kProperty);
    EXPECT_EQ(items[0].property->As<ast::PropertyAccess>().key, "a");
    EXPECT_EQ(items[1].kind, ast::SetItemKind::kReplaceAll);
    EXPECT_EQ(items[2].kind, ast::SetItemKind::kMergeMap);
    EXPECT_EQ(items[3].kind, ast::SetItemKind::kLabels);
    EXPECT_EQ(items[3].labels, (std::vector<std::string>{"L1", "L2"}));
}

TEST(ParserClauses, RemoveLabelsAndProperties) {
    auto s = ParseStatement("MATCH (n) REMOVE n:L, n.p");
    const auto& items = ClauseAt<ast::RemoveClause>(s, 1).items;
    ASSERT_EQ(items.size(), 2u);
    EXPECT_TRUE(items[0].is_labels);
    EXPECT_FALSE(items[1].is_labels);
}

TEST(ParserClauses, DeleteAndDetachDelete) {
    auto s = ParseStatement("MATCH (n)-[r]->() DELETE r DETACH DELETE n");
    EXPECT_FALSE(ClauseAt<ast::DeleteClause>(s, 1).detach);
    EXPECT_TRUE(ClauseAt<ast::DeleteClause>(s, 2).detach);
}

TEST(ParserClauses, CallProcedureWithYield) {
    auto s = ParseStatement("CALL algo.pageRank({iterations: 20}) YIELD node, score AS s RETURN s");
    const auto& call = ClauseAt<ast::CallClause>(s, 0);
    EXPECT_EQ(call.procedure, "algo.pageRank");
    EXPECT_TRUE(call.explicit_arguments);
    ASSERT_EQ(call.arguments.size(), 1u);
    ASSERT_EQ(call.yields.size(), 2u);
    EXPECT_EQ(call.yields[1].field, "score");
    EXPECT_EQ(call.yields[1].variable, "s");
    auto standalone = ParseStatement("CALL db.labels");
    EXPECT_FALSE(ClauseAt<ast::CallClause>(standalone, 0).explicit_arguments);
}

TEST(ParserClauses, ExplainAndProfilePrefixes) {
    EXPECT_EQ(ParseStatement("EXPLAIN MATCH (n) RETURN n").prefix, ast::QueryPrefix::kExplain);
    EXPECT_EQ(ParseStatement("profile RETURN 1").prefix, ast::QueryPrefix::kProfile);
    EXPECT_EQ(ParseStatement("RETURN 1").prefix, ast::QueryPrefix::kNone);
}

TEST(ParserClauses, ScriptOfSeveralStatements) {
    auto statements = parser::ParseScript("CREATE (a);\nMATCH (n) RETURN n;\n");
    ASSERT_EQ(statements.size(), 2u);
    EXPECT_EQ(statements[1].location.line, 2);
    EXPECT_EQ(statements[1].text, "MATCH (n) RETURN n");
}

TEST(ParserClauses, KeywordsAreCaseInsensitiveAndUsableAsNames) {
    auto s = ParseStatement("match (n:MATCH) where n.count = 1 return n.end AS `order`");
    EXPECT_EQ(ClauseAt<ast::MatchClause>(s, 0).pattern[0].nodes[0].labels[0], "MATCH");
    EXPECT_EQ(ClauseAt<ast::ReturnClause>(s, 1).body.items[0].Name(), "order");
}

TEST(ParserClauses, CommentsAreIgnored) {
    auto s = ParseStatement("MATCH (n) // all nodes\n/* block\ncomment */ RETURN n");
    EXPECT_EQ(Clauses(s).size(), 2u);
}

}  // namespace
}  // namespace kg::engine
