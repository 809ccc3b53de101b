// DelimitedReader: splits CSV (RFC 4180: quoted fields, doubled quotes, embedded newlines) or
// TSV (no quoting; fields hold no tab or newline) text into records, keeping the line and column
// where each field starts so that errors can point at it. CRLF line ends are accepted.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importer/import_error.h"

namespace kg::importer {

struct Field {
    std::string_view text;  // points into the input, or into the record's unquoted buffer
    uint64_t column = 0;
};

struct Record {
    uint64_t line = 0;  // line where the record starts
    std::vector<Field> fields;
};

class DelimitedReader {
public:
    DelimitedReader(std::string_view data, char delimiter, bool quoting)
        : data_(data), delimiter_(delimiter), quoting_(quoting) {}

    // Reads the next record into `record`; false at end of input. Blank lines are skipped.
    // On malformed quoting fills `error` (without path) and returns false.
    bool Next(Record* record, ImportError* error);
    uint64_t line() const { return line_; }
    size_t offset() const { return pos_; }

private:
    bool NextQuoted(Record* record, ImportError* error);

    std::string_view data_;
    char delimiter_;
    bool quoting_;
    size_t pos_ = 0;
    uint64_t line_ = 1;
    // Fields that needed unescaping; a deque so views into it survive push_back.
    std::deque<std::string> unquoted_;
};

}  // namespace kg::importer
