// TempDir: a fresh directory under the system temp folder, removed with everything in it.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace kg::testing {

class TempDir {
public:
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "kg-test-XXXXXX").string();
        path_ = ::mkdtemp(tmpl.data()) ? tmpl : std::string();
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::string& path() const { return path_; }
    std::string Sub(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

}  // namespace kg::testing
