// libFuzzer target for the parser and the binder: any input must yield statements or a
// QueryError, never a crash, hang or sanitizer report. See tests/fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/binder/binder.h"
#include "engine/errors.h"
#include "engine/parser/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        for (const auto& statement : kg::engine::parser::ParseScript(text)) {
            kg::engine::binder::Bind(statement, text);
        }
    } catch (const kg::engine::QueryError&) {
        // Rejecting the input is a fine outcome.
    }
    return 0;
}
