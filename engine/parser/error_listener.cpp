#include "engine/parser/error_listener.h"

#include <algorithm>
#include <cctype>

#include "KgCypher.h"
#include "KgCypherLexer.h"
#include "engine/common/suggest.h"
#include "engine/errors.h"

namespace kg::engine::parser {

namespace {

using kg_generated::KgCypherLexer;

constexpr size_t kMaxExpectedShown = 6;

std::string Lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// The first visible token of the statement holding `token` (statements are split by ';').
antlr4::Token* StatementStart(antlr4::TokenStream& tokens, antlr4::Token* token) {
    antlr4::Token* first = nullptr;
    for (size_t i = token->getTokenIndex() + 1; i-- > 0;) {
        antlr4::Token* t = tokens.get(i);
        if (t->getType() == KgCypherLexer::SEMICOLON) break;
        if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) first = t;
    }
    return first;
}

// The visible token `back` places before `token` (1 = the previous one), or nullptr.
antlr4::Token* VisibleBefore(antlr4::TokenStream& tokens, antlr4::Token* token, int back) {
    for (size_t i = token->getTokenIndex(); i-- > 0;) {
        antlr4::Token* t = tokens.get(i);
        if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL && --back == 0) return t;
    }
    return nullptr;
}

// MATCH n RETURN n, (a)-->b: a node written without its parentheses.
std::string BareNodeHint(antlr4::TokenStream& tokens, antlr4::Token* token) {
    antlr4::Token* previous = VisibleBefore(tokens, token, 1);
    antlr4::Token* before = VisibleBefore(tokens, token, 2);
    if (token->getType() == KgCypherLexer::UNESCAPED_NAME && previous != nullptr &&
        (previous->getType() == KgCypherLexer::GREATER ||
         previous->getType() == KgCypherLexer::MINUS)) {
        return " Nodes are written in parentheses: (" + token->getText() + ").";
    }
    if (previous == nullptr || before == nullptr ||
        previous->getType() != KgCypherLexer::UNESCAPED_NAME) {
        return {};
    }
    size_t type = before->getType();
    if (type == KgCypherLexer::MATCH || type == KgCypherLexer::CREATE ||
        type == KgCypherLexer::MERGE) {
        return " Nodes are written in parentheses: " + before->getText() + " (" +
               previous->getText() + ").";
    }
    return {};
}

std::string SqlHint(const std::string& word) {
    if (word == "select") {
        return " kg speaks Cypher, not SQL: write MATCH (n:Label) WHERE ... RETURN n.property "
               "instead of SELECT ... FROM ....";
    }
    if (word == "from") return " Cypher has no FROM: name what you read with MATCH (n:Label).";
    if (word == "group")
        return " Cypher has no GROUP BY: RETURN groups by its non-aggregated items.";
    if (word == "having") return " Cypher has no HAVING: filter aggregates with WITH ... WHERE.";
    if (word == "insert") return " Cypher has no INSERT: use CREATE (n:Label {key: value}).";
    if (word == "update") return " Cypher has no UPDATE: use MATCH ... SET n.key = value.";
    if (word == "like") {
        return " Cypher has no LIKE: use STARTS WITH, ENDS WITH, CONTAINS or =~ (a regular "
               "expression).";
    }
    return {};
}

std::string Hint(antlr4::Parser* parser, antlr4::Token* token) {
    if (parser != nullptr) {
        if (antlr4::Token* start = StatementStart(*parser->getTokenStream(), token)) {
            std::string hint = SqlHint(Lower(start->getText()));
            if (!hint.empty() && Lower(start->getText()) == "select") return hint;
        }
    }
    std::string text = token->getText();
    std::string hint = SqlHint(Lower(text));
    if (!hint.empty()) return hint;
    if (parser != nullptr) {
        hint = BareNodeHint(*parser->getTokenStream(), token);
        if (!hint.empty()) return hint;
    }
    if (text == "'" || text == "\"") return " The string literal is not terminated.";
    if (text == "!") return " Use NOT for negation and '<>' for inequality.";
    if (text == "&") return " Use AND to combine conditions.";
    if (text == "`") return " The escaped name is not terminated.";
    if (token->getType() == KgCypherLexer::UNESCAPED_NAME) {
        static const std::vector<std::string> kClauseWords = {
            "MATCH", "OPTIONAL", "WHERE",  "RETURN", "WITH",    "UNWIND", "CREATE",
            "MERGE", "DELETE",   "DETACH", "SET",    "REMOVE",  "ORDER",  "LIMIT",
            "SKIP",  "UNION",    "CALL",   "YIELD",  "DISTINCT"};
        std::string keyword = ClosestName(text, kClauseWords);
        if (!keyword.empty()) return " Did you mean '" + keyword + "'?";
    }
    return {};
}

std::string ExpectedTokens(antlr4::Parser* parser) {
    if (parser == nullptr) return {};
    antlr4::misc::IntervalSet expected = parser->getExpectedTokens();
    // At a clause boundary the set is just {end, ';'}: listing it would mislead.
    if (expected.size() == 0 || expected.size() > kMaxExpectedShown ||
        expected.contains(antlr4::Token::EOF)) {
        return {};
    }
    std::string out;
    for (size_t type : expected.toList()) {
        if (!out.empty()) out += ", ";
        out += type == antlr4::Token::EOF ? "end of input"
                                          : parser->getVocabulary().getDisplayName(type);
    }
    return "; expected " + out;
}

bool IsAscii(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

}  // namespace

void SyntaxErrorListener::syntaxError(antlr4::Recognizer* recognizer,
                                      antlr4::Token* offending_symbol, size_t line,
                                      size_t char_position_in_line, const std::string& msg,
                                      std::exception_ptr) {
    SourceLocation location{static_cast<int>(line), static_cast<int>(char_position_in_line) + 1};
    auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
    if (offending_symbol == nullptr) {  // a lexer error; our lexer has a catch-all token
        throw SyntaxError("UnexpectedSyntax", msg + ".", location);
    }
    std::string detail = "UnexpectedSyntax";
    std::string what;
    if (offending_symbol->getType() == antlr4::Token::EOF) {
        what = "unexpected end of input";
    } else if (offending_symbol->getType() == KgCypherLexer::ERROR_CHAR &&
               !IsAscii(offending_symbol->getText())) {
        detail = "InvalidUnicodeCharacter";
        what = "unexpected character '" + offending_symbol->getText() + "'";
    } else {
        what = "unexpected '" + offending_symbol->getText() + "'";
    }
    what += ExpectedTokens(parser) + ".";
    what += Hint(parser, offending_symbol);
    throw SyntaxError(detail, what, location);
}

}  // namespace kg::engine::parser
