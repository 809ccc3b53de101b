// kg stats: exact counts (kept as counters, no scan), sizes, and optionally the best-connected
// entities (which scans the adjacency index).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <unordered_map>

#include "cli/commands.h"
#include "cli/database_path.h"
#include "storage/key_codec.h"

namespace kg::cli {

namespace {

struct StatsArgs {
    size_t top = 0;
    std::string format = "text";
};

struct TopEntity {
    storage::NodeId id;
    uint64_t degree;
    std::string name;
    std::string labels;
};

std::vector<TopEntity> TopByDegree(const storage::KgStore& store, size_t n) {
    std::unordered_map<storage::NodeId, uint64_t> degree;
    (void)store.reader().ForEachWithPrefix(storage::Cf::kAdjacency, "",
                                           [&](std::string_view key, std::string_view) {
                                               if (key.size() >= 8) {
                                                   degree[storage::DecodeFixed64BE(key.data())]++;
                                               }
                                               return true;
                                           });
    std::vector<std::pair<uint64_t, storage::NodeId>> order;
    order.reserve(degree.size());
    for (auto [id, d] : degree) order.emplace_back(d, id);
    size_t k = std::min(n, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<long>(k), order.end(),
                      [](const auto& a, const auto& b) {
                          return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    std::vector<TopEntity> out;
    for (size_t i = 0; i < k; ++i) {
        TopEntity t{order[i].second, order[i].first, "", ""};
        auto node = store.reader().GetNode(t.id);
        if (node.ok() && node->has_value()) {
            const auto& props = (*node)->properties;
            if (auto it = props.find("name"); it != props.end() && it->second.IsString()) {
                t.name = it->second.AsString();
            }
            for (const std::string& l : (*node)->labels) t.labels += ":" + l;
        }
        out.push_back(std::move(t));
    }
    return out;
}

int Run(const GlobalOptions& global, const StatsArgs& args) {
    int code = kExitOk;
    std::string dir = ResolveDatabasePath(global.db);
    auto store = OpenDatabase(dir, storage::OpenMode::kReadOnly, &code);
    if (!store) return code;
    const storage::Counters& c = store->counters();
    const storage::Dictionary& d = store->dictionary();
    std::vector<std::pair<std::string, int64_t>> labels, types;
    for (auto [id, n] : c.label_nodes) {
        if (n > 0) labels.emplace_back(*d.Name(storage::TokenKind::kLabel, id), n);
    }
    for (auto [id, n] : c.type_rels) {
        if (n > 0) types.emplace_back(*d.Name(storage::TokenKind::kRelType, id), n);
    }
    auto by_count = [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::sort(labels.begin(), labels.end(), by_count);
    std::sort(types.begin(), types.end(), by_count);
    std::vector<TopEntity> top = args.top > 0 ? TopByDegree(*store, args.top) : std::vector<TopEntity>{};
    uint64_t bytes = store->SizeOnDisk();

    if (args.format == "json") {
        nlohmann::json j = {{"database", dir},
                            {"format_version", storage::kFormatVersion},
                            {"nodes", c.nodes},
                            {"relationships", c.rels},
                            {"documents", c.documents},
                            {"bytes_on_disk", bytes},
                            {"labels", nlohmann::json::object()},
                            {"relationship_types", nlohmann::json::object()}};
        for (auto& [k, n] : labels) j["labels"][k] = n;
        for (auto& [k, n] : types) j["relationship_types"][k] = n;
        if (args.top > 0) {
            j["top_by_degree"] = nlohmann::json::array();
            for (const TopEntity& t : top) {
                j["top_by_degree"].push_back(
                    {{"id", t.id}, {"name", t.name}, {"labels", t.labels}, {"degree", t.degree}});
            }
        }
        std::cout << j.dump() << "\n";
        return kExitOk;
    }
    std::cout << fmt::format("database       {} (format {}, {:.1f} MB on disk)\n", dir,
                             storage::kFormatVersion, static_cast<double>(bytes) / 1e6);
    std::cout << fmt::format("nodes          {}\n", c.nodes);
    std::cout << fmt::format("relationships  {}\n", c.rels);
    std::cout << fmt::format("documents      {}\n", c.documents);
    auto list = [](const char* title, const auto& items) {
        if (items.empty()) return;
        std::cout << title << "\n";
        for (const auto& [k, n] : items) std::cout << fmt::format("  {:<28} {}\n", k, n);
    };
    list("labels", labels);
    list("relationship types", types);
    if (!top.empty()) {
        std::cout << fmt::format("top {} nodes by degree\n", top.size());
        for (const TopEntity& t : top) {
            std::cout << fmt::format("  {:<36} {:<24} {}\n", t.name.empty() ? "#" + std::to_string(t.id) : t.name,
                                     t.labels, t.degree);
        }
    }
    return kExitOk;
}

}  // namespace

void AddStatsCommand(CLI::App* app, const GlobalOptions* global, int* exit_code) {
    auto args = std::make_shared<StatsArgs>();
    CLI::App* cmd = app->add_subcommand("stats", "Print exact counts and sizes of the database");
    cmd->add_option("--top", args->top, "Also list the N nodes with the most relationships");
    cmd->add_option("--format", args->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    cmd->callback([=]() { *exit_code = Run(*global, *args); });
}

}  // namespace kg::cli
