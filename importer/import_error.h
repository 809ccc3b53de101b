// ImportError: what is wrong with an input file and where, printed as `file:line:column: what`.
#pragma once

#include <cstdint>
#include <string>

namespace kg::importer {

struct ImportError {
    std::string path;
    uint64_t line = 0;    // 1-based; 0 when the whole file is concerned
    uint64_t column = 0;  // 1-based, in bytes; 0 when the whole line is concerned
    std::string message;
    bool io_failure = false;  // the data was fine but could not be stored (disk full, ...)

    std::string ToString() const {
        std::string out = path;
        if (line > 0) out += ":" + std::to_string(line);
        if (column > 0) out += ":" + std::to_string(column);
        return out + ": " + message;
    }
};

}  // namespace kg::importer
