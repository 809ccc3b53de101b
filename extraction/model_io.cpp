#include "extraction/model_io.h"

#include "extraction/hash.h"

#include <fstream>

namespace kg::extraction {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'X', 'M', 'O', 'D', 'E', 'L'};

}  // namespace

// Eight bytes per step: FNV-1a byte by byte costs ~60 ms on a 45 MB model, which alone would
// use up a third of the load-time budget.
uint64_t Fingerprint(std::string_view bytes) {
    uint64_t h = 0x6a09e667f3bcc908ULL ^ bytes.size();
    size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        h = MixHash(h ^ (w * 0x9E3779B97F4A7C15ULL)) + i;
    }
    for (; i < bytes.size(); ++i) h = MixHash(h ^ static_cast<unsigned char>(bytes[i]));
    return h;
}

Status ModelError(const std::string& path, std::string_view what) {
    return {StatusCode::kCorruption, "Model error: '" + path + "' " + std::string(what) + "."};
}

Status WriteModelFile(const std::string& path, std::string_view kind, std::string_view payload) {
    ByteWriter header;
    for (char c : kMagic) header.Put<char>(c);
    header.Put<uint32_t>(kModelFormatVersion);
    header.PutString(kind);
    header.Put<uint64_t>(payload.size());
    header.Put<uint64_t>(Fingerprint(payload));
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(header.bytes().data(), static_cast<std::streamsize>(header.bytes().size()));
    out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
    out.close();
    if (!out) return {StatusCode::kIoError, "Model error: cannot write '" + path + "'."};
    return Status::Ok();
}

Result<std::string> ReadModelFile(const std::string& path, std::string_view kind) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(StatusCode::kNotFound, "Model error: cannot open '" + path + "'.");
    in.seekg(0, std::ios::end);
    auto file_size = static_cast<std::streamoff>(in.tellg());
    in.seekg(0, std::ios::beg);
    if (file_size < 0) return ModelError(path, "cannot be read");
    std::string bytes(static_cast<size_t>(file_size), '\0');
    in.read(bytes.data(), file_size);
    if (!in) return ModelError(path, "cannot be read completely");
    ByteReader reader(bytes);
    char magic[8] = {};
    for (char& c : magic) reader.Get(&c);
    if (!reader.ok() || std::memcmp(magic, kMagic, sizeof(kMagic)) != 0) {
        return ModelError(path, "is not a kg model file (bad magic header)");
    }
    uint32_t version = 0;
    std::string stored_kind;
    uint64_t size = 0;
    uint64_t fingerprint = 0;
    reader.Get(&version);
    if (!reader.ok() || version != kModelFormatVersion) {
        return ModelError(path, "has format version " + std::to_string(version) + ", expected " +
                                    std::to_string(kModelFormatVersion));
    }
    reader.GetString(&stored_kind);
    reader.Get(&size);
    reader.Get(&fingerprint);
    if (!reader.ok()) return ModelError(path, "has a truncated header");
    if (stored_kind != kind) {
        return ModelError(path, "holds a '" + stored_kind + "' model, expected '" +
                                    std::string(kind) + "'");
    }
    size_t header_size = 8 + 4 + 4 + stored_kind.size() + 8 + 8;
    if (bytes.size() - header_size != size) {
        return ModelError(path, "is truncated or has trailing bytes (payload " +
                                    std::to_string(bytes.size() - header_size) + " bytes, header says " +
                                    std::to_string(size) + ")");
    }
    if (Fingerprint(std::string_view(bytes).substr(header_size)) != fingerprint) {
        return ModelError(path, "fails its fingerprint check (corrupted)");
    }
    bytes.erase(0, header_size);
    return bytes;
}

}  // namespace kg::extraction
