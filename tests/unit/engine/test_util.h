// Helpers shared by the engine unit tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "engine/ast/statement.h"
#include "engine/binder/binder.h"
#include "engine/errors.h"
#include "engine/parser/parser.h"

namespace kg::engine::testing {

// The clauses of the only part of a one-statement query.
inline const std::vector<ast::ClausePtr>& Clauses(const ast::Statement& statement) {
    return statement.query.parts.at(0).clauses;
}

template <typename T>
const T& ClauseAt(const ast::Statement& statement, size_t index) {
    const ast::Clause& clause = *Clauses(statement).at(index);
    EXPECT_EQ(clause.kind(), T::kKind);
    return clause.As<T>();
}

// The expression of `RETURN <expr>`.
inline ast::Statement ParseReturn(const std::string& expression) {
    return parser::ParseStatement("RETURN " + expression);
}

inline const ast::Expression& ReturnedExpression(const ast::Statement& statement, size_t item = 0) {
    return *ClauseAt<ast::ReturnClause>(statement, Clauses(statement).size() - 1)
                .body.items.at(item)
                .expression;
}

// Parses and binds `query`, returning the error it raises; fails the test when none is raised.
inline QueryError CompileError(const std::string& query) {
    try {
        ast::Statement statement = parser::ParseStatement(query);
        binder::Bind(statement, query);
    } catch (const QueryError& error) {
        return error;
    }
    ADD_FAILURE() << "expected an error for: " << query;
    return QueryError(ErrorKind::kInternal, ErrorType::kInternalError, "none", "no error");
}

}  // namespace kg::engine::testing
