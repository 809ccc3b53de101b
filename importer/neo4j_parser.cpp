// Node and edge CSV files with Neo4j import headers: `name:type` property columns (int, long,
// short, byte, float, double, boolean, string, char; `[]` for lists separated by ';'),
// `:ID(space)`, `:LABEL` (labels separated by ';'), `:START_ID(space)`, `:END_ID(space)`,
// `:TYPE`, `:IGNORE`. Empty cells are absent properties.
#include <charconv>
#include <cmath>

#include "importer/delimited_reader.h"
#include "importer/row_sink.h"

namespace kg::importer {

namespace {

enum class Role { kProperty, kId, kLabel, kStartId, kEndId, kType, kIgnore };
enum class Kind { kString, kInt, kFloat, kBool };

struct ColumnSpec {
    Role role = Role::kProperty;
    std::string name;   // property name (also kept for a named :ID column)
    std::string space;  // id space of :ID / :START_ID / :END_ID
    Kind kind = Kind::kString;
    bool list = false;
};

std::optional<ColumnSpec> ParseColumn(std::string_view text, std::string* problem) {
    ColumnSpec spec;
    size_t colon = text.rfind(':');
    std::string_view type = colon == std::string_view::npos ? "" : text.substr(colon + 1);
    spec.name = std::string(colon == std::string_view::npos ? text : text.substr(0, colon));
    std::string t(type);
    if (size_t paren = t.find('('); paren != std::string::npos && t.back() == ')') {
        spec.space = t.substr(paren + 1, t.size() - paren - 2);
        t = t.substr(0, paren);
    }
    for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t.ends_with("[]")) {
        spec.list = true;
        t.resize(t.size() - 2);
    }
    if (t == "id") spec.role = Role::kId;
    else if (t == "label") spec.role = Role::kLabel;
    else if (t == "start_id") spec.role = Role::kStartId;
    else if (t == "end_id") spec.role = Role::kEndId;
    else if (t == "type") spec.role = Role::kType;
    else if (t == "ignore") spec.role = Role::kIgnore;
    else if (t.empty() || t == "string" || t == "char") spec.kind = Kind::kString;
    else if (t == "int" || t == "long" || t == "short" || t == "byte") spec.kind = Kind::kInt;
    else if (t == "float" || t == "double") spec.kind = Kind::kFloat;
    else if (t == "boolean") spec.kind = Kind::kBool;
    else {
        *problem = "unknown column type '" + std::string(type) + "'";
        return std::nullopt;
    }
    if (spec.role == Role::kProperty && spec.name.empty()) {
        *problem = "a property column needs a name before ':'";
        return std::nullopt;
    }
    return spec;
}

std::optional<storage::Value> ParseScalar(std::string_view text, Kind kind) {
    switch (kind) {
        case Kind::kString: return storage::Value(std::string(text));
        case Kind::kInt: {
            int64_t v = 0;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
            return storage::Value(v);
        }
        case Kind::kFloat: {
            double v = 0;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec != std::errc() || end != text.data() + text.size()) {
                if (text == "NaN") return storage::Value(std::nan(""));
                if (text == "Infinity") return storage::Value(HUGE_VAL);
                if (text == "-Infinity") return storage::Value(-HUGE_VAL);
                return std::nullopt;
            }
            return storage::Value(v);
        }
        case Kind::kBool:
            if (text == "true" || text == "TRUE" || text == "True") return storage::Value(true);
            if (text == "false" || text == "FALSE" || text == "False") return storage::Value(false);
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<storage::Value> ParseCell(std::string_view text, const ColumnSpec& spec) {
    if (!spec.list) return ParseScalar(text, spec.kind);
    storage::List items;
    size_t start = 0;
    while (true) {
        size_t semi = text.find(';', start);
        std::string_view part = text.substr(start, semi == std::string_view::npos
                                                       ? std::string_view::npos
                                                       : semi - start);
        std::optional<storage::Value> v = ParseScalar(part, spec.kind);
        if (!v) return std::nullopt;
        items.push_back(std::move(*v));
        if (semi == std::string_view::npos) break;
        start = semi + 1;
    }
    return storage::Value(std::move(items));
}

const char* KindName(const ColumnSpec& spec) {
    switch (spec.kind) {
        case Kind::kString: return "a string";
        case Kind::kInt: return spec.list ? "a list of integers" : "an integer";
        case Kind::kFloat: return spec.list ? "a list of numbers" : "a number";
        case Kind::kBool: return spec.list ? "a list of booleans" : "a boolean";
    }
    return "a value";
}

std::string IdKey(const std::string& space, std::string_view id) {
    std::string k = space;
    k.push_back('\x1f');
    k.append(id);
    return k;
}

// Reads the header into specs; false (with the sink's error set) when it is malformed.
bool ReadHeader(DelimitedReader* reader, std::vector<ColumnSpec>* specs, RowSink* sink) {
    Record record;
    ImportError error;
    if (!reader->Next(&record, &error)) {
        return error.message.empty() || sink->Fatal(error);
    }
    for (const Field& f : record.fields) {
        std::string problem;
        std::optional<ColumnSpec> spec = ParseColumn(f.text, &problem);
        if (!spec) return sink->Fatal({"", record.line, f.column, problem});
        specs->push_back(std::move(*spec));
    }
    return true;
}

// Parses one data row into properties and the special cells; false when the row is bad
// (reported to the sink).
struct RowCells {
    storage::Properties props;
    std::vector<std::string> labels;
    std::optional<std::string> id, start, end, type;
    uint64_t start_column = 0, end_column = 0;
};

bool ReadRow(const Record& record, const std::vector<ColumnSpec>& specs, RowCells* cells,
             RowSink* sink, bool* stop) {
    *stop = false;
    if (record.fields.size() != specs.size()) {
        uint64_t col = record.fields.size() > specs.size() ? record.fields[specs.size()].column
                                                           : record.fields.back().column;
        *stop = !sink->Bad("wrong number of fields",
                           {"", record.line, col,
                            "expected " + std::to_string(specs.size()) + " fields, found " +
                                std::to_string(record.fields.size())});
        return false;
    }
    for (size_t i = 0; i < specs.size(); ++i) {
        const ColumnSpec& spec = specs[i];
        std::string_view text = record.fields[i].text;
        uint64_t column = record.fields[i].column;
        if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
            *stop = !sink->Bad("invalid UTF-8", {"", record.line, column + *bad, "invalid UTF-8"});
            return false;
        }
        switch (spec.role) {
            case Role::kIgnore: break;
            case Role::kId:
                cells->id = std::string(text);
                if (!spec.name.empty() && !text.empty()) {
                    cells->props[spec.name] = storage::Value(std::string(text));
                }
                break;
            case Role::kStartId:
                cells->start = std::string(text);
                cells->start_column = column;
                break;
            case Role::kEndId:
                cells->end = std::string(text);
                cells->end_column = column;
                break;
            case Role::kType: cells->type = std::string(text); break;
            case Role::kLabel: {
                size_t start = 0;
                while (start <= text.size() && !text.empty()) {
                    size_t semi = text.find(';', start);
                    std::string_view l = text.substr(start, semi == std::string_view::npos
                                                                ? std::string_view::npos
                                                                : semi - start);
                    if (!l.empty()) cells->labels.emplace_back(l);
                    if (semi == std::string_view::npos) break;
                    start = semi + 1;
                }
                break;
            }
            case Role::kProperty: {
                if (text.empty()) break;
                std::optional<storage::Value> v = ParseCell(text, spec);
                if (!v) {
                    *stop = !sink->Bad("bad value",
                                       {"", record.line, column,
                                        "'" + std::string(text) + "' is not " + KindName(spec) +
                                            " (column '" + spec.name + "')"});
                    return false;
                }
                cells->props[spec.name] = std::move(*v);
                break;
            }
        }
    }
    return true;
}

}  // namespace

bool ParseNeo4jNodes(std::string_view data, GraphBuilder* builder,
                     std::unordered_map<std::string, storage::NodeId>* ids, RowSink* sink) {
    DelimitedReader reader(data, ',', true);
    std::vector<ColumnSpec> specs;
    if (!ReadHeader(&reader, &specs, sink)) return false;
    std::string space;
    for (const ColumnSpec& s : specs) {
        if (s.role == Role::kId) space = s.space;
    }
    Record record;
    ImportError error;
    while (reader.Next(&record, &error)) {
        RowCells cells;
        bool stop = false;
        if (!ReadRow(record, specs, &cells, sink, &stop)) {
            if (stop) return false;
            continue;
        }
        if (cells.id && !cells.id->empty() && ids->count(IdKey(space, *cells.id)) != 0) {
            if (!sink->Bad("duplicate id", {"", record.line, 0,
                                            "node id '" + *cells.id + "' appears twice"})) {
                return false;
            }
            continue;
        }
        storage::Result<storage::NodeId> node =
            builder->AddNode(std::move(cells.labels), std::move(cells.props));
        if (!node.ok()) {
            if (node.status().code() != storage::StatusCode::kInvalidArgument) {
                return sink->Fatal({"", record.line, 0, node.status().message()});
            }
            if (!sink->Bad("unusable name", {"", record.line, 0, node.status().message()})) {
                return false;
            }
            continue;
        }
        if (cells.id && !cells.id->empty()) ids->emplace(IdKey(space, *cells.id), *node);
        sink->Row();
    }
    return error.message.empty() || sink->Fatal(error);
}

bool ParseNeo4jEdges(std::string_view data, GraphBuilder* builder,
                     const std::unordered_map<std::string, storage::NodeId>& ids, RowSink* sink) {
    DelimitedReader reader(data, ',', true);
    std::vector<ColumnSpec> specs;
    if (!ReadHeader(&reader, &specs, sink)) return false;
    std::string start_space, end_space;
    bool has_type = false;
    for (const ColumnSpec& s : specs) {
        if (s.role == Role::kStartId) start_space = s.space;
        if (s.role == Role::kEndId) end_space = s.space;
        if (s.role == Role::kType) has_type = true;
    }
    if (!has_type) return sink->Fatal({"", 1, 0, "edge file header has no ':TYPE' column"});
    Record record;
    ImportError error;
    while (reader.Next(&record, &error)) {
        RowCells cells;
        bool stop = false;
        if (!ReadRow(record, specs, &cells, sink, &stop)) {
            if (stop) return false;
            continue;
        }
        auto start = ids.find(IdKey(start_space, cells.start.value_or("")));
        auto end = ids.find(IdKey(end_space, cells.end.value_or("")));
        std::optional<std::pair<std::string, ImportError>> bad;
        if (start == ids.end()) {
            bad = {"unknown node id", {"", record.line, cells.start_column,
                                       "unknown start node id '" + cells.start.value_or("") + "'"}};
        } else if (end == ids.end()) {
            bad = {"unknown node id", {"", record.line, cells.end_column,
                                       "unknown end node id '" + cells.end.value_or("") + "'"}};
        } else if (!cells.type || cells.type->empty()) {
            bad = {"empty type", {"", record.line, 0, "empty relationship type"}};
        }
        if (bad) {
            if (!sink->Bad(bad->first, bad->second)) return false;
            continue;
        }
        storage::Status s =
            builder->AddEdge(start->second, end->second, *cells.type, std::move(cells.props));
        if (!s.ok()) return sink->Fatal({"", record.line, 0, s.message()});
        sink->Row();
    }
    return error.message.empty() || sink->Fatal(error);
}

}  // namespace kg::importer
