// The parser driver: query text -> typed AST (engine/ast). Lexes and parses with the code ANTLR
// generates from grammar/ at build time, then runs the Transformer.
// Throws QueryError (kind kSyntax) with line, column and a caret excerpt on invalid input;
// never crashes on malformed text (invalid UTF-8 included). Thread-safe: no shared state.
#pragma once

#include <string_view>
#include <vector>

#include "engine/ast/statement.h"

namespace kg::engine::parser {

// A script: one or more statements separated by ';'.
std::vector<ast::Statement> ParseScript(std::string_view text);

// Exactly one statement (a trailing ';' is allowed).
ast::Statement ParseStatement(std::string_view text);

}  // namespace kg::engine::parser
