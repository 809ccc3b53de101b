// Triples files: a header naming columns, then one fact per row (TSV, CSV or JSON Lines).
#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>

#include "importer/delimited_reader.h"
#include "importer/row_sink.h"

namespace kg::importer {

namespace {

enum Column { kSubject, kRelation, kObject, kSubjectType, kObjectType, kDocument, kConfidence };
constexpr std::array<std::string_view, 7> kColumnNames = {
    "subject", "relation", "object", "subject_type", "object_type", "document", "confidence"};
constexpr int kNone = -1;

std::optional<double> ParseConfidence(std::string_view text) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !(v >= 0.0 && v <= 1.0)) {
        return std::nullopt;
    }
    return v;
}

// Checks one row's fields and fills `t`; returns the problem kind and error when it is bad.
std::optional<std::pair<std::string, ImportError>> FillTriple(
    const std::array<std::string_view, 7>& text, const std::array<uint64_t, 7>& column,
    uint64_t line, Triple* t) {
    for (int c : {kSubject, kRelation, kObject}) {
        if (text[c].empty()) {
            return std::make_pair("empty " + std::string(kColumnNames[c]),
                                  ImportError{"", line, column[c],
                                              "empty " + std::string(kColumnNames[c])});
        }
    }
    for (size_t c = 0; c < text.size(); ++c) {
        if (std::optional<size_t> bad = FindInvalidUtf8(text[c])) {
            return std::make_pair(std::string("invalid UTF-8"),
                                  ImportError{"", line, column[c] + *bad,
                                              "invalid UTF-8 in " + std::string(kColumnNames[c])});
        }
    }
    t->subject = text[kSubject];
    t->relation = text[kRelation];
    t->object = text[kObject];
    t->subject_type = text[kSubjectType];
    t->object_type = text[kObjectType];
    t->document = text[kDocument];
    t->confidence.reset();
    if (!text[kConfidence].empty()) {
        t->confidence = ParseConfidence(text[kConfidence]);
        if (!t->confidence) {
            return std::make_pair(std::string("bad confidence"),
                                  ImportError{"", line, column[kConfidence],
                                              "confidence '" + std::string(text[kConfidence]) +
                                                  "' is not a number from 0 to 1"});
        }
    }
    return std::nullopt;
}

// Reports the outcome of one row; false when the row was bad (the sink says whether to stop).
bool ReportTripleStatus(const storage::Status& s, uint64_t line, uint64_t column, RowSink* sink) {
    if (s.ok()) {
        sink->Row();
        return true;
    }
    if (s.code() != storage::StatusCode::kInvalidArgument) {
        return sink->Fatal({"", line, 0, s.message()});
    }
    return sink->Bad("unusable name", {"", line, column, s.message()});
}

}  // namespace

bool ParseTriplesDelimited(std::string_view data, char delimiter, bool quoting,
                           GraphBuilder* builder, RowSink* sink) {
    DelimitedReader reader(data, delimiter, quoting);
    Record record;
    ImportError error;
    if (!reader.Next(&record, &error)) {
        if (!error.message.empty()) return sink->Fatal(error);
        return true;  // an empty file imports nothing
    }
    std::array<int, 7> index;
    index.fill(kNone);
    for (size_t i = 0; i < record.fields.size(); ++i) {
        std::string_view name = record.fields[i].text;
        auto it = std::find(kColumnNames.begin(), kColumnNames.end(), name);
        if (it == kColumnNames.end()) {
            return sink->Fatal({"", record.line, record.fields[i].column,
                                        "unknown column '" + std::string(name) +
                                            "' (expected subject, relation, object, "
                                            "subject_type, object_type, document, confidence)"});
        }
        index[static_cast<size_t>(it - kColumnNames.begin())] = static_cast<int>(i);
    }
    for (int c : {kSubject, kRelation, kObject}) {
        if (index[c] == kNone) {
            return sink->Fatal({"", record.line, 0,
                                        "header has no '" + std::string(kColumnNames[c]) +
                                            "' column"});
        }
    }
    size_t width = record.fields.size();
    builder->Reserve(data.size() / 64);  // a typical triple row is longer than 64 bytes
    // Without quoting, fields are views into `data` itself and stay valid across rows, so rows
    // go to the builder in batches (AddTriples); CSV fields may live in the reader's buffer.
    const size_t batch_size = quoting ? 1 : 256;
    std::vector<Triple> batch;
    std::vector<std::pair<uint64_t, uint64_t>> where;  // line, subject column of each row
    std::vector<storage::Status> statuses;
    auto flush = [&]() {
        builder->AddTriples(batch, &statuses);
        for (size_t i = 0; i < batch.size(); ++i) {
            if (!ReportTripleStatus(statuses[i], where[i].first, where[i].second, sink) &&
                sink->error()) {
                return false;
            }
        }
        batch.clear();
        where.clear();
        return true;
    };
    Triple t;
    std::array<std::string_view, 7> text;
    std::array<uint64_t, 7> column;
    while (true) {
        if (!reader.Next(&record, &error)) {
            if (!flush()) return false;
            if (error.message.empty()) return true;
            return sink->Fatal(error);  // the rest of the file cannot be framed reliably
        }
        if (record.fields.size() != width) {
            uint64_t col = record.fields.size() > width ? record.fields[width].column
                                                         : record.fields.back().column;
            if (!sink->Bad("wrong number of fields",
                           {"", record.line, col,
                            "expected " + std::to_string(width) + " fields, found " +
                                std::to_string(record.fields.size())})) {
                return false;
            }
            continue;
        }
        for (size_t c = 0; c < 7; ++c) {
            text[c] = index[c] == kNone ? std::string_view() : record.fields[index[c]].text;
            column[c] = index[c] == kNone ? 0 : record.fields[index[c]].column;
        }
        if (auto bad = FillTriple(text, column, record.line, &t)) {
            if (!sink->Bad(bad->first, bad->second)) return false;
            continue;
        }
        batch.push_back(t);
        where.emplace_back(record.line, column[kSubject]);
        if (batch.size() >= batch_size && !flush()) return false;
    }
}

bool ParseTriplesJsonl(std::string_view data, GraphBuilder* builder, RowSink* sink) {
    uint64_t line = 0;
    size_t pos = 0;
    Triple t;
    while (pos < data.size()) {
        size_t end = data.find('\n', pos);
        if (end == std::string_view::npos) end = data.size();
        std::string_view text = data.substr(pos, end - pos);
        pos = end + 1;
        ++line;
        if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        nlohmann::json row;
        try {
            row = nlohmann::json::parse(text);
        } catch (const nlohmann::json::parse_error& e) {
            if (!sink->Bad("malformed JSON", {"", line, e.byte, "malformed JSON"})) return false;
            continue;
        }
        if (!row.is_object()) {
            if (!sink->Bad("not an object", {"", line, 1, "expected a JSON object"})) return false;
            continue;
        }
        std::array<std::string, 7> owned;
        std::array<std::string_view, 7> fields;
        std::array<uint64_t, 7> column;
        column.fill(1);
        std::optional<std::pair<std::string, ImportError>> bad;
        for (size_t c = 0; c < 7 && !bad; ++c) {
            auto it = row.find(std::string(kColumnNames[c]));
            if (it == row.end() || it->is_null()) continue;
            if (it->is_string()) {
                owned[c] = it->get<std::string>();
            } else if (c == kConfidence && it->is_number()) {
                owned[c] = std::to_string(it->get<double>());
            } else {
                bad = std::make_pair("wrong value type",
                                     ImportError{"", line, 1,
                                                 "'" + std::string(kColumnNames[c]) +
                                                     "' must be a string"});
            }
            fields[c] = owned[c];
        }
        if (!bad) bad = FillTriple(fields, column, line, &t);
        if (bad) {
            if (!sink->Bad(bad->first, bad->second)) return false;
            continue;
        }
        if (!ReportTripleStatus(builder->AddTriple(t), line, 1, sink) && sink->error()) {
            return false;
        }
    }
    return true;
}

std::optional<size_t> FindInvalidUtf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || i + n > s.size() || c == 0xC0 || c == 0xC1 || c > 0xF4) return i;
        for (size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
        }
        auto c1 = static_cast<unsigned char>(s[i + 1]);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
            (c == 0xF4 && c1 > 0x8F)) {
            return i;  // overlong, surrogate or beyond U+10FFFF
        }
        i += n;
    }
    return std::nullopt;
}

}  // namespace kg::importer
