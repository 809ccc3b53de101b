// NormalizeName: the form under which entity names and aliases are indexed and compared.
//
// Unicode compatibility decomposition, case folding and removal of combining marks (so "José"
// and "JOSE" meet), dots and apostrophes dropped ("U.S." and "US" meet), every other run of
// punctuation, symbols or whitespace collapsed to one space, trimmed. Invalid UTF-8 bytes are
// dropped. The result never contains a NUL byte, which the name index relies on. Changing this
// function changes the on-disk format (FORMAT.md): bump the format version with it.
#pragma once

#include <string>
#include <string_view>

namespace kg::storage {

std::string NormalizeName(std::string_view name);

}  // namespace kg::storage
