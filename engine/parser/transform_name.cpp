// Names and source positions shared by all transform_*.cpp files.
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

std::string Transformer::Name(KgCypher::OC_SymbolicNameContext& ctx) {
    std::string text = ctx.getText();
    if (ctx.ESCAPED_NAME() == nullptr) return text;
    // `a``b` names a`b: strip the quotes and undouble the inner backticks.
    std::string name;
    for (size_t i = 1; i + 1 < text.size(); ++i) {
        name += text[i];
        if (text[i] == '`') ++i;
    }
    return name;
}

std::string Transformer::Name(KgCypher::OC_SchemaNameContext& ctx) {
    if (ctx.oC_SymbolicName() != nullptr) return Name(*ctx.oC_SymbolicName());
    return ctx.getText();  // a reserved word used as a name keeps its spelling
}

std::string Transformer::Name(KgCypher::OC_VariableContext& ctx) {
    return Name(*ctx.oC_SymbolicName());
}

std::string Transformer::Text(antlr4::ParserRuleContext& ctx) {
    antlr4::Token* start = ctx.getStart();
    antlr4::Token* stop = ctx.getStop();
    if (start == nullptr || stop == nullptr || stop->getStopIndex() < start->getStartIndex()) {
        return {};
    }
    return input_.getText(antlr4::misc::Interval(start->getStartIndex(), stop->getStopIndex()));
}

SourceLocation Transformer::Location(antlr4::Token* token) {
    if (token == nullptr) return {};
    return {static_cast<int>(token->getLine()),
            static_cast<int>(token->getCharPositionInLine()) + 1};
}

SourceLocation Transformer::Location(antlr4::ParserRuleContext& ctx) {
    return Location(ctx.getStart());
}

}  // namespace kg::engine::parser
