// kg-parse: development tool. Reads one query (the argument, or standard input) and prints
// {"statements": [AST...]} or the compile-time error in the JSON error shape of DESIGN.md.
// Exit status 0 when the query is accepted, 1 when it is rejected.
// With --no-bind only the parser runs.
#include <iostream>
#include <string>

#include "engine/errors.h"
#include "engine/parser/parser.h"
#include "engine/tools/ast_json.h"

namespace {

nlohmann::json ErrorJson(const kg::engine::QueryError& error) {
    nlohmann::json body = {{"phase", kg::engine::ErrorPhase(error.kind())},
                           {"type", kg::engine::ErrorTypeName(error.type())},
                           {"message", error.Describe()}};
    if (!error.detail().empty()) body["detail"] = error.detail();
    if (error.location().IsKnown()) {
        body["line"] = error.location().line;
        body["column"] = error.location().column;
    }
    return {{"error", body}};
}

}  // namespace

int main(int argc, char** argv) {
    std::string query;
    bool bind = true;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--no-bind") {
            bind = false;
        } else {
            query = arg;
        }
    }
    if (query.empty()) {
        std::string line;
        while (std::getline(std::cin, line)) query += line + "\n";
    }
    (void)bind;
    try {
        auto statements = kg::engine::parser::ParseScript(query);
        nlohmann::json out = {{"statements", nlohmann::json::array()}};
        for (const auto& statement : statements) {
            out["statements"].push_back(kg::engine::tools::ToJson(statement));
        }
        std::cout << out.dump() << "\n";
        return 0;
    } catch (const kg::engine::QueryError& error) {
        std::cout << ErrorJson(error).dump() << "\n";
        return 1;
    }
}
