// Transformer: turns ANTLR's parse tree (generated from grammar/KgCypher.g4) into the typed AST
// of engine/ast. One class, defined across transform_<clause>.cpp files; it walks the generated
// context objects directly (no generated visitor, no std::any).
//
// Errors that the grammar accepts on purpose (the kG_Invalid* alternatives, bad literals, a
// clause order that openCypher forbids) are thrown here as SyntaxError QueryErrors.
// Not thread-safe; use one Transformer per parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "KgCypher.h"
#include "engine/ast/statement.h"

namespace kg::engine::parser {

using kg_generated::KgCypher;

// Deepest expression tree accepted. Deeper input (1+1+...+1 with thousands of terms) is
// rejected with a syntax error, so no later stage can exhaust the stack on it.
constexpr size_t kMaxExpressionDepth = 500;

class Transformer {
  public:
    explicit Transformer(antlr4::CharStream& input) : input_(input) {}

    std::vector<ast::Statement> TransformScript(KgCypher::KG_ScriptContext& ctx);

  private:
    // transform_statement.cpp
    ast::Statement TransformStatement(KgCypher::OC_StatementContext& ctx);
    ast::RegularQuery TransformRegularQuery(KgCypher::OC_RegularQueryContext& ctx);
    ast::SingleQuery TransformSingleQuery(KgCypher::OC_SingleQueryContext& ctx);
    ast::ClausePtr TransformClause(KgCypher::OC_ClauseContext& ctx);
    void CheckComposition(const ast::SingleQuery& query, bool inside_subquery);

    // transform_match.cpp
    ast::ClausePtr TransformMatch(KgCypher::OC_MatchContext& ctx);
    ast::ExprPtr TransformWhere(KgCypher::OC_WhereContext* ctx);

    // transform_unwind.cpp
    ast::ClausePtr TransformUnwind(KgCypher::OC_UnwindContext& ctx);

    // transform_call.cpp
    ast::ClausePtr TransformCall(KgCypher::KG_CallContext& ctx);

    // transform_create.cpp
    ast::ClausePtr TransformCreate(KgCypher::OC_CreateContext& ctx);

    // transform_merge.cpp
    ast::ClausePtr TransformMerge(KgCypher::OC_MergeContext& ctx);

    // transform_set.cpp
    ast::SetClause TransformSet(KgCypher::OC_SetContext& ctx);
    ast::SetItem TransformSetItem(KgCypher::OC_SetItemContext& ctx);

    // transform_remove.cpp
    ast::ClausePtr TransformRemove(KgCypher::OC_RemoveContext& ctx);

    // transform_delete.cpp
    ast::ClausePtr TransformDelete(KgCypher::OC_DeleteContext& ctx);

    // transform_projection.cpp
    ast::ClausePtr TransformWith(KgCypher::OC_WithContext& ctx);
    ast::ClausePtr TransformReturn(KgCypher::OC_ReturnContext& ctx);
    ast::ProjectionBody TransformProjectionBody(KgCypher::OC_ProjectionBodyContext& ctx);

    // transform_pattern.cpp
    ast::Pattern TransformPattern(KgCypher::OC_PatternContext& ctx);
    ast::PatternPart TransformPatternPart(KgCypher::OC_PatternPartContext& ctx);
    void TransformPatternElement(KgCypher::OC_PatternElementContext& ctx, ast::PatternPart& part);
    ast::PatternPart TransformRelationshipsPattern(KgCypher::OC_RelationshipsPatternContext& ctx);
    ast::NodePattern TransformNodePattern(KgCypher::OC_NodePatternContext& ctx);
    ast::RelationshipPattern TransformRelationshipPattern(
        KgCypher::OC_RelationshipPatternContext& ctx);
    std::vector<std::string> TransformNodeLabels(KgCypher::OC_NodeLabelsContext& ctx);
    ast::ExprPtr TransformProperties(KgCypher::OC_PropertiesContext* ctx);

    // transform_expression.cpp: operators, loosest first
    ast::ExprPtr TransformExpression(KgCypher::OC_ExpressionContext& ctx);
    ast::ExprPtr TransformOr(KgCypher::OC_OrExpressionContext& ctx);
    ast::ExprPtr TransformXor(KgCypher::OC_XorExpressionContext& ctx);
    ast::ExprPtr TransformAnd(KgCypher::OC_AndExpressionContext& ctx);
    ast::ExprPtr TransformNot(KgCypher::OC_NotExpressionContext& ctx);
    ast::ExprPtr TransformComparison(KgCypher::OC_ComparisonExpressionContext& ctx);
    ast::BinaryOp TransformComparisonOperator(KgCypher::KG_ComparisonOperatorContext& ctx);
    ast::ExprPtr TransformPredicates(KgCypher::OC_StringListNullPredicateExpressionContext& ctx);
    ast::ExprPtr TransformAdditive(KgCypher::OC_AddOrSubtractExpressionContext& ctx);
    ast::ExprPtr TransformMultiplicative(KgCypher::OC_MultiplyDivideModuloExpressionContext& ctx);
    ast::ExprPtr TransformPower(KgCypher::OC_PowerOfExpressionContext& ctx);
    ast::ExprPtr TransformUnary(KgCypher::OC_UnaryAddOrSubtractExpressionContext& ctx);
    ast::ExprPtr TransformPostfix(KgCypher::OC_NonArithmeticOperatorExpressionContext& ctx);
    ast::ExprPtr TransformPropertyExpression(KgCypher::OC_PropertyExpressionContext& ctx);

    // transform_atom.cpp
    ast::ExprPtr TransformAtom(KgCypher::OC_AtomContext& ctx);
    ast::ExprPtr TransformCase(KgCypher::OC_CaseExpressionContext& ctx);
    ast::ExprPtr TransformListComprehension(KgCypher::OC_ListComprehensionContext& ctx);
    ast::ExprPtr TransformPatternComprehension(KgCypher::OC_PatternComprehensionContext& ctx);
    ast::ExprPtr TransformQuantifier(KgCypher::OC_QuantifierContext& ctx);
    ast::ExprPtr TransformExists(KgCypher::OC_ExistentialSubqueryContext& ctx);
    ast::ExprPtr TransformMapProjection(KgCypher::KG_MapProjectionContext& ctx);
    ast::ExprPtr TransformFunction(KgCypher::OC_FunctionInvocationContext& ctx);

    // transform_literal.cpp
    ast::ExprPtr TransformLiteral(KgCypher::OC_LiteralContext& ctx);
    ast::ExprPtr TransformNumber(KgCypher::OC_NumberLiteralContext& ctx, bool negated);
    ast::ExprPtr TransformList(KgCypher::OC_ListLiteralContext& ctx);
    ast::ExprPtr TransformMap(KgCypher::OC_MapLiteralContext& ctx);
    ast::ExprPtr TransformParameter(KgCypher::OC_ParameterContext& ctx);
    std::string DecodeString(antlr4::Token& token);

    // transform_name.cpp: names and source positions
    std::string Name(KgCypher::OC_SymbolicNameContext& ctx);
    std::string Name(KgCypher::OC_SchemaNameContext& ctx);
    std::string Name(KgCypher::OC_VariableContext& ctx);
    std::string Text(antlr4::ParserRuleContext& ctx);
    static SourceLocation Location(antlr4::Token* token);
    static SourceLocation Location(antlr4::ParserRuleContext& ctx);
    // Fills text and location of a freshly built expression from its rule.
    template <typename T>
    std::unique_ptr<T> Make(antlr4::ParserRuleContext& ctx) {
        auto expr = std::make_unique<T>();
        expr->text = Text(ctx);
        expr->location = Location(ctx);
        return expr;
    }

    // Throws when an expression `extra` levels deeper than the current one would pass the limit.
    void CheckDepth(size_t extra, antlr4::ParserRuleContext& ctx) const;

    antlr4::CharStream& input_;
    size_t depth_ = 0;  // nesting of TransformExpression calls
};

}  // namespace kg::engine::parser
