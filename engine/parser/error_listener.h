// SyntaxErrorListener: turns the first ANTLR syntax error into a QueryError (kind kSyntax,
// type SyntaxError) with the line, the column, and a hint for common mistakes (SQL habits such
// as SELECT, an unterminated string, '!' for NOT, ...). The excerpt with the caret is attached
// by the parser driver, which owns the query text. Throws from syntaxError, so parsing stops at
// the first error.
#pragma once

#include <string>

#include "antlr4-runtime.h"

namespace kg::engine::parser {

class SyntaxErrorListener : public antlr4::BaseErrorListener {
  public:
    void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending_symbol, size_t line,
                     size_t char_position_in_line, const std::string& msg,
                     std::exception_ptr e) override;
};

}  // namespace kg::engine::parser
