// kg-parse: development tool, not part of the kg command line. Reads one query (the argument,
// or standard input) and prints {"statements": [AST...]} or the compile-time error in the JSON
// error shape of DESIGN.md. Exit status 0 when the query is accepted, 1 when it is rejected.
//   --no-bind   run the parser only
//   --batch     read JSON strings (one query per line) from standard input and print one
//               result object per line; for scripts that check many queries (tests/engine).
//   --schema J  names present in the database, as JSON {"labels": [...], "types": [...],
//               "keys": [...]}; unknown names read by the query are reported as warnings.
#include <iostream>
#include <optional>
#include <string>

#include "engine/binder/binder.h"
#include "engine/errors.h"
#include "engine/parser/parser.h"
#include "engine/tools/ast_json.h"

namespace {

using nlohmann::json;

json ErrorJson(const kg::engine::QueryError& error) {
    json body = {{"phase", kg::engine::ErrorPhase(error.kind())},
                 {"type", kg::engine::ErrorTypeName(error.type())},
                 {"message", error.Describe()}};
    if (!error.detail().empty()) body["detail"] = error.detail();
    if (error.location().IsKnown()) {
        body["line"] = error.location().line;
        body["column"] = error.location().column;
    }
    return {{"error", body}};
}

// Returns the AST (and bound columns) or the error object.
json Run(const std::string& query, bool bind, const kg::engine::binder::SchemaNames* schema,
         bool* ok) {
    try {
        auto statements = kg::engine::parser::ParseScript(query);
        json out = {{"statements", json::array()}};
        for (const auto& statement : statements) {
            json item = kg::engine::tools::ToJson(statement);
            if (bind) {
                auto bound = kg::engine::binder::Bind(statement, query, schema);
                item["columns"] = bound.columns;
                for (const auto& warning : bound.warnings) {
                    out["warnings"].push_back({{"message", warning.message},
                                               {"line", warning.location.line},
                                               {"column", warning.location.column}});
                }
            }
            out["statements"].push_back(item);
        }
        *ok = true;
        return out;
    } catch (const kg::engine::QueryError& error) {
        *ok = false;
        return ErrorJson(error);
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::string query;
    bool bind = true;
    bool batch = false;
    std::optional<kg::engine::binder::SchemaNames> schema;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--schema" && i + 1 < argc) {
            json names = json::parse(argv[++i]);
            schema.emplace();
            schema->labels = names.value("labels", std::vector<std::string>{});
            schema->relationship_types = names.value("types", std::vector<std::string>{});
            schema->property_keys = names.value("keys", std::vector<std::string>{});
        } else if (arg == "--no-bind") {
            bind = false;
        } else if (arg == "--batch") {
            batch = true;
        } else {
            query = arg;
        }
    }
    bool ok = false;
    if (batch) {
        std::string line;
        while (std::getline(std::cin, line)) {
            json result =
                Run(json::parse(line).get<std::string>(), bind, schema ? &*schema : nullptr, &ok);
            std::cout << (ok ? json{{"ok", true}} : result).dump() << "\n";
        }
        return 0;
    }
    if (query.empty()) {
        std::string line;
        while (std::getline(std::cin, line)) query += line + "\n";
    }
    std::cout << Run(query, bind, schema ? &*schema : nullptr, &ok).dump() << "\n";
    return ok ? 0 : 1;
}
