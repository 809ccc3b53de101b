#include "engine/parser/parser.h"

#include <atomic>
#include <mutex>
#include <shared_mutex>

#include "KgCypher.h"
#include "KgCypherLexer.h"
#include "antlr4-runtime.h"
#include "engine/parser/error_listener.h"
#include "engine/parser/transformer.h"

namespace kg::engine::parser {

namespace {

// ANTLR caches its prediction DFA for the whole process and never shrinks it, so varied or
// adversarial input grows it without bound in a long-running process (the shell, the fuzzer).
// Every kDfaCheckInterval parses the cache is measured, and dropped past kMaxDfaStates. Parses
// hold the lock shared; dropping the cache holds it exclusively.
constexpr size_t kDfaCheckInterval = 1024;
constexpr size_t kMaxDfaStates = 50000;
std::shared_mutex dfa_mutex;
std::atomic<size_t> parse_count{0};

void TrimDfaCache(KgCypher& parser) {
    if (parse_count.fetch_add(1, std::memory_order_relaxed) % kDfaCheckInterval != 0) return;
    std::unique_lock lock(dfa_mutex);
    auto* simulator = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
    if (simulator == nullptr) return;
    size_t states = 0;
    for (const auto& dfa : simulator->decisionToDFA) states += dfa.states.size();
    if (states > kMaxDfaStates) simulator->clearDFA();
}

// Deepest bracket nesting, and longest run of prefix operators (NOT, -, +), accepted. ANTLR's
// recursive descent would otherwise exhaust the stack on adversarial input.
constexpr int kMaxNesting = 300;
constexpr int kMaxPrefixRun = 300;

void CheckNesting(antlr4::CommonTokenStream& tokens) {
    tokens.fill();
    int depth = 0;
    int prefix_run = 0;
    for (antlr4::Token* token : tokens.getTokens()) {
        if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
        size_t type = token->getType();
        using L = kg_generated::KgCypherLexer;
        // CASE ... END nests like a bracket.
        if (type == L::LPAREN || type == L::LBRACKET || type == L::LBRACE || type == L::CASE) {
            ++depth;
        }
        if (type == L::RPAREN || type == L::RBRACKET || type == L::RBRACE || type == L::END) {
            --depth;
        }
        prefix_run = (type == L::NOT || type == L::MINUS || type == L::PLUS) ? prefix_run + 1 : 0;
        if (depth > kMaxNesting || prefix_run > kMaxPrefixRun) {
            throw SyntaxError("UnexpectedSyntax", "the query is nested too deeply to be parsed.",
                              {static_cast<int>(token->getLine()),
                               static_cast<int>(token->getCharPositionInLine()) + 1});
        }
    }
}

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
    TrimDfaCache(parser);
    std::shared_lock lock(dfa_mutex);
    try {
        CheckNesting(tokens);
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
        QueryError error = SyntaxError(
            "UnexpectedSyntax",
            "expected one statement but found " + std::to_string(statements.size()) + ".",
            statements[1].location);
        error.AttachExcerpt(text);
        throw error;
    }
    return std::move(statements.front());
}

}  // namespace kg::engine::parser
