#include "importer/delimited_reader.h"

namespace kg::importer {

namespace {

void TrimCarriageReturn(Record* record) {
    if (record->fields.empty()) return;
    std::string_view& last = record->fields.back().text;
    if (!last.empty() && last.back() == '\r') last.remove_suffix(1);
}

bool IsBlank(const Record& r) { return r.fields.size() == 1 && r.fields[0].text.empty(); }

}  // namespace

bool DelimitedReader::Next(Record* record, ImportError* error) {
    while (pos_ < data_.size()) {
        record->fields.clear();
        record->line = line_;
        if (quoting_) {
            if (!NextQuoted(record, error)) return false;
        } else {
            size_t end = data_.find('\n', pos_);
            if (end == std::string_view::npos) end = data_.size();
            std::string_view line = data_.substr(pos_, end - pos_);
            size_t start = 0;
            while (true) {
                size_t tab = line.find(delimiter_, start);
                size_t stop = tab == std::string_view::npos ? line.size() : tab;
                record->fields.push_back({line.substr(start, stop - start), start + 1});
                if (tab == std::string_view::npos) break;
                start = tab + 1;
            }
            pos_ = end + 1;
            ++line_;
        }
        TrimCarriageReturn(record);
        if (!IsBlank(*record)) return true;
    }
    return false;
}

bool DelimitedReader::NextQuoted(Record* record, ImportError* error) {
    unquoted_.clear();
    size_t line_start = pos_;
    while (true) {
        uint64_t column = pos_ - line_start + 1;
        if (pos_ < data_.size() && data_[pos_] == '"') {
            uint64_t open_line = line_;
            std::string value;
            ++pos_;
            while (true) {
                if (pos_ >= data_.size()) {
                    *error = {"", open_line, column, "unterminated quoted field"};
                    return false;
                }
                char c = data_[pos_++];
                if (c == '"') {
                    if (pos_ < data_.size() && data_[pos_] == '"') {
                        value.push_back('"');
                        ++pos_;
                        continue;
                    }
                    break;
                }
                if (c == '\n') {
                    ++line_;
                    line_start = pos_;
                }
                value.push_back(c);
            }
            if (pos_ < data_.size() && data_[pos_] == '\r') ++pos_;
            if (pos_ < data_.size() && data_[pos_] != delimiter_ && data_[pos_] != '\n') {
                *error = {"", line_, pos_ - line_start + 1,
                          "unexpected character after closing quote"};
                return false;
            }
            unquoted_.push_back(std::move(value));
            record->fields.push_back({unquoted_.back(), column});
        } else {
            size_t start = pos_;
            while (pos_ < data_.size() && data_[pos_] != delimiter_ && data_[pos_] != '\n') {
                if (data_[pos_] == '"') {
                    *error = {"", line_, pos_ - line_start + 1,
                              "quote inside an unquoted field (quote the whole field)"};
                    return false;
                }
                ++pos_;
            }
            record->fields.push_back({data_.substr(start, pos_ - start), column});
        }
        if (pos_ >= data_.size()) return true;
        if (data_[pos_] == '\n') {
            ++pos_;
            ++line_;
            return true;
        }
        ++pos_;  // the delimiter
    }
}

}  // namespace kg::importer
