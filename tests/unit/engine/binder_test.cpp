// Binder: semantic errors with the TCK's details, suggestions, and the result columns of valid
// queries.
#include "tests/unit/engine/test_util.h"

namespace kg::engine {
namespace {

using testing::CompileError;

std::vector<std::string> Columns(const std::string& query) {
    return binder::Bind(parser::ParseStatement(query), query).columns;
}

TEST(Binder, UndefinedVariableSuggestsTheClosestName) {
    QueryError e = CompileError("MATCH (person) RETURN persn");
    EXPECT_EQ(e.kind(), ErrorKind::kBind);
    EXPECT_EQ(e.type(), ErrorType::kSyntaxError);
    EXPECT_EQ(e.detail(), "UndefinedVariable");
    EXPECT_EQ(e.message(), "Bind error: variable 'persn' is not defined. Did you mean 'person'?");
    EXPECT_EQ(e.location().line, 1);
    EXPECT_EQ(e.location().column, 23);
    EXPECT_EQ(e.excerpt(), "MATCH (person) RETURN persn\n                      ^");
}

TEST(Binder, UndefinedVariableWithoutACloseName) {
    QueryError e = CompileError("MATCH (p) RETURN q");
    EXPECT_EQ(e.message(), "Bind error: variable 'q' is not defined.");
}

TEST(Binder, CaretOnALaterLine) {
    QueryError e = CompileError("MATCH (a)\nWITH a\nRETURN a, b");
    EXPECT_EQ(e.location().line, 3);
    EXPECT_EQ(e.location().column, 11);
    EXPECT_EQ(e.excerpt(), "RETURN a, b\n          ^");
}

struct ErrorCase {
    const char* query;
    const char* detail;
    ErrorType type = ErrorType::kSyntaxError;
};

class BinderErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(BinderErrors, RaisesTheTckDetail) {
    QueryError e = CompileError(GetParam().query);
    EXPECT_EQ(e.detail(), GetParam().detail) << e.Describe();
    EXPECT_EQ(e.type(), GetParam().type) << e.Describe();
}

INSTANTIATE_TEST_SUITE_P(
    Details, BinderErrors,
    ::testing::Values(
        ErrorCase{"MATCH (a) CREATE (a:Extra) RETURN a", "VariableAlreadyBound"},
        ErrorCase{"MATCH (a)-[r]->() CREATE (a)-[r:T]->()", "VariableAlreadyBound"},
        ErrorCase{"UNWIND [1] AS x UNWIND [2] AS x RETURN x", "VariableAlreadyBound"},
        ErrorCase{"MATCH (n) MATCH p = (n)-->(p) RETURN p", "VariableAlreadyBound"},
        ErrorCase{"MATCH (x)-[x]->() RETURN x", "VariableTypeConflict"},
        ErrorCase{"MATCH p = (a)-->(b) MATCH (p) RETURN p", "VariableTypeConflict"},
        ErrorCase{"WITH 1 AS n MATCH (n) RETURN n", "VariableTypeConflict"},
        ErrorCase{"MATCH (a)-[r]->(b)-[r]->(c) RETURN a", "RelationshipUniquenessViolation"},
        ErrorCase{"MATCH (n) WHERE count(n) > 1 RETURN n", "InvalidAggregation"},
        ErrorCase{"MATCH (n) RETURN n.a ORDER BY max(n.b)", "InvalidAggregation"},
        ErrorCase{"UNWIND [1] AS x RETURN [y IN [1] | count(*)]", "InvalidAggregation"},
        ErrorCase{"RETURN count(count(*))", "NestedAggregation"},
        ErrorCase{"MATCH (a)-->(b) RETURN a.x + count(b)", "AmbiguousAggregationExpression"},
        ErrorCase{"MATCH (a) WITH a, count(*) RETURN a", "NoExpressionAlias"},
        ErrorCase{"RETURN 1 AS a, 2 AS a", "ColumnNameConflict"},
        ErrorCase{"MATCH () RETURN *", "NoVariablesInScope"},
        ErrorCase{"RETURN 1 AS a UNION RETURN 1 AS b", "DifferentColumnsInUnion"},
        ErrorCase{"MATCH (n) RETURN n LIMIT n.x", "NonConstantExpression"},
        ErrorCase{"MATCH (n) RETURN n SKIP -1", "NegativeIntegerArgument"},
        ErrorCase{"MATCH (n) RETURN n LIMIT 1.5", "InvalidArgumentType"},
        ErrorCase{"CREATE (a)-[:T]-(b)", "RequiresDirectedRelationship"},
        ErrorCase{"CREATE (a)-->(b)", "NoSingleRelationshipType"},
        ErrorCase{"MERGE (a)-[:A|:B]->(b)", "NoSingleRelationshipType"},
        ErrorCase{"CREATE (a)-[:T*2]->(b)", "CreatingVarLength"},
        ErrorCase{"MATCH (n:L) DELETE n:L", "InvalidDelete"},
        ErrorCase{"MATCH (n) DELETE 1 + 1", "InvalidArgumentType"},
        ErrorCase{"MATCH (n) RETURN toUpperr(n.name)", "UnknownFunction"},
        ErrorCase{"RETURN abs(1, 2)", "InvalidNumberOfArguments"},
        ErrorCase{"MATCH (n $props) RETURN n", "InvalidParameterUse"},
        ErrorCase{"RETURN NOT 'text'", "InvalidArgumentType"},
        ErrorCase{"RETURN 1 IN 2.5", "InvalidArgumentType"},
        ErrorCase{"RETURN {a: 1} AND true", "InvalidArgumentType"},
        ErrorCase{"MATCH (n) RETURN type(n)", "InvalidArgumentType"},
        ErrorCase{"MATCH (n) WHERE (n) RETURN n", "InvalidArgumentType"},
        ErrorCase{"MATCH (n) RETURN (n)-->()", "UnexpectedSyntax"},
        ErrorCase{"MATCH (n) WHERE (n)-->(m) RETURN n", "UndefinedVariable"},
        ErrorCase{"WITH 1 AS x RETURN x.prop", "InvalidArgumentType", ErrorType::kTypeError},
        ErrorCase{"MATCH (a) WITH a.x AS x RETURN a", "UndefinedVariable"},
        ErrorCase{"MATCH (a) RETURN DISTINCT a.x ORDER BY a.y", "UndefinedVariable"}));

std::vector<std::string> Warnings(const std::string& query) {
    binder::SchemaNames schema;
    schema.labels = {"Person", "Organization"};
    schema.relationship_types = {"WORKS_FOR"};
    schema.property_keys = {"name", "since"};
    std::vector<std::string> messages;
    for (const auto& w : binder::Bind(parser::ParseStatement(query), query, &schema).warnings) {
        messages.push_back(w.message);
    }
    return messages;
}

TEST(BinderSchema, UnknownNamesThatAreReadDrawWarningsWithTheClosestName) {
    EXPECT_EQ(Warnings("MATCH (o:Organisation)-[:WORKS_FR]->(p {nme: 1}) "
                       "WHERE o:Organisation AND p.sinse > 1 RETURN o"),
              (std::vector<std::string>{
                  "Bind warning: unknown label 'Organisation'. Did you mean 'Organization'?",
                  "Bind warning: unknown property key 'nme'. Did you mean 'name'?",
                  "Bind warning: unknown relationship type 'WORKS_FR'. Did you mean "
                  "'WORKS_FOR'?",
                  "Bind warning: unknown property key 'sinse'. Did you mean 'since'?"}));
    EXPECT_EQ(Warnings("MATCH (n:Zebra) RETURN n"),
              std::vector<std::string>{"Bind warning: unknown label 'Zebra'."});
}

TEST(BinderSchema, WrittenAndKnownNamesDrawNoWarning) {
    EXPECT_TRUE(Warnings("MATCH (p:Person)-[:WORKS_FOR]->(o) RETURN p.name, o.since").empty());
    EXPECT_TRUE(
        Warnings("CREATE (c:City {pop: 1}) SET c.area = 2, c:Big RETURN c.pop, c.area").empty());
    EXPECT_TRUE(Warnings("MATCH (p:Person) SET p.age = 3 REMOVE p.height RETURN p.age").empty());
    EXPECT_TRUE(Warnings("WITH {zip: 1} AS m RETURN m.zip").empty());
    // Without a schema nothing is checked.
    EXPECT_TRUE(binder::Bind(parser::ParseStatement("MATCH (n:Zebra) RETURN n")).warnings.empty());
}

TEST(Binder, UnknownFunctionSuggestsTheClosest) {
    QueryError e = CompileError("RETURN toUpperr('a')");
    EXPECT_EQ(e.message(), "Bind error: unknown function 'toUpperr'. Did you mean 'toUpper'?");
}

TEST(Binder, ValidQueriesBindWithTheirColumns) {
    EXPECT_EQ(Columns("MATCH (n)-[r]->(m) RETURN n, r.w AS w, count(*)"),
              (std::vector<std::string>{"n", "w", "count(*)"}));
    EXPECT_EQ(Columns("MATCH (b), (a) RETURN *"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(Columns("CREATE (a)-[:T]->(b)"), std::vector<std::string>{});
    EXPECT_EQ(Columns("UNWIND [1, 2] AS x WITH x * 2 AS y WHERE y > 2 RETURN y ORDER BY y"),
              std::vector<std::string>{"y"});
    EXPECT_EQ(Columns("MATCH (a) WITH a.x AS x WHERE a.y = 1 RETURN x"),
              std::vector<std::string>{"x"});
    EXPECT_EQ(Columns("MATCH (a)-->(b) RETURN a, a.x + count(b) AS c ORDER BY c"),
              (std::vector<std::string>{"a", "c"}));
    EXPECT_EQ(Columns("MATCH (me)--(you) RETURN me.age AS age, count(you.age) AS cnt "
                      "ORDER BY me.age + count(you.age)"),
              (std::vector<std::string>{"age", "cnt"}));
    EXPECT_EQ(Columns("MATCH (a) OPTIONAL MATCH (a)-[r]->(b) WITH a WHERE r IS NULL RETURN a"),
              std::vector<std::string>{"a"});
    EXPECT_EQ(Columns("MATCH (a) CREATE (a)-[:T]->(b) MERGE (b)-[:U]-(c) SET c.x = 1 RETURN c"),
              std::vector<std::string>{"c"});
    EXPECT_EQ(Columns("MATCH (n) WHERE exists((n)-->()) AND EXISTS { MATCH (n)-->(m) } "
                      "RETURN [p = (n)-->(x) | x.name] AS names, n {.name, k: 1} AS m"),
              (std::vector<std::string>{"names", "m"}));
    EXPECT_EQ(Columns("WITH [1, 2] AS l RETURN all(x IN l WHERE x > 0) AS ok, "
                      "[x IN l WHERE x > 1 | x * 2] AS doubled"),
              (std::vector<std::string>{"ok", "doubled"}));
    EXPECT_EQ(Columns("CALL algo.pageRank({}) YIELD node, score RETURN node, score"),
              (std::vector<std::string>{"node", "score"}));
}

}  // namespace
}  // namespace kg::engine
