#include "engine/parser/parser.h"

#include "KgCypher.h"
#include "KgCypherLexer.h"
#include "antlr4-runtime.h"
#include "engine/parser/error_listener.h"
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

namespace {

// Two-stage parse: the fast SLL mode first, which is exact for nearly every valid query; if it
// fails, full LL with our listener decides (and reports the error precisely).
KgCypher::KG_ScriptContext* ParseTree(KgCypher& parser, antlr4::CommonTokenStream& tokens,
                                      SyntaxErrorListener& listener) {
    parser.removeErrorListeners();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
        return parser.kG_Script();
    } catch (const antlr4::ParseCancellationException&) {
    }
    tokens.seek(0);
    parser.reset();
    parser.addErrorListener(&listener);
    parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    return parser.kG_Script();
}

}  // namespace

std::vector<ast::Statement> ParseScript(std::string_view text) {
    std::unique_ptr<antlr4::ANTLRInputStream> input;
    try {
        input = std::make_unique<antlr4::ANTLRInputStream>(std::string(text));
    } catch (const std::exception&) {
        throw SyntaxError("InvalidUnicodeCharacter", "the query is not valid UTF-8.", {});
    }
    kg_generated::KgCypherLexer lexer(input.get());
    lexer.removeErrorListeners();
    SyntaxErrorListener listener;
    lexer.addErrorListener(&listener);
    antlr4::CommonTokenStream tokens(&lexer);
    KgCypher parser(&tokens);
    try {
        KgCypher::KG_ScriptContext* tree = ParseTree(parser, tokens, listener);
        Transformer transformer(*input);
        return transformer.TransformScript(*tree);
    } catch (QueryError& error) {
        error.AttachExcerpt(text);
        throw;
    }
}

ast::Statement ParseStatement(std::string_view text) {
    std::vector<ast::Statement> statements = ParseScript(text);
    if (statements.size() != 1) {
        QueryError error = SyntaxError("UnexpectedSyntax",
                                       "expected one statement but found " +
                                           std::to_string(statements.size()) + ".",
                                       statements[1].location);
        error.AttachExcerpt(text);
        throw error;
    }
    return std::move(statements.front());
}

}  // namespace kg::engine::parser
