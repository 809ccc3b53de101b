#include "importer/graph_builder.h"

#include <algorithm>
#include <cctype>

#include "storage/index_entries.h"
#include "storage/name_normalizer.h"

namespace kg::importer {

using storage::Status;
using storage::StatusCode;

namespace {

constexpr char kOther[] = "Other";

std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The type label of a stored entity: its one label other than Entity.
std::string EntityTypeOf(const storage::Node& node) {
    for (const std::string& l : node.labels) {
        if (l != storage::kEntityLabel) return l;
    }
    return kOther;
}

bool Compatible(const std::string& have, const std::string& want) {
    return want.empty() || want == kOther || have == want || have == kOther;
}

}  // namespace

std::string CanonicalEntityType(std::string_view type) {
    static const std::unordered_map<std::string, std::string> kSynonyms = {
        {"person", "Person"},     {"per", "Person"},          {"people", "Person"},
        {"organization", "Organization"}, {"organisation", "Organization"},
        {"org", "Organization"},  {"location", "Location"},   {"loc", "Location"},
        {"gpe", "Location"},      {"place", "Location"},      {"group", "Group"},
        {"norp", "Group"},        {"event", "Event"},         {"evt", "Event"},
        {"other", "Other"},       {"misc", "Other"},
    };
    if (type.empty()) return {};
    auto it = kSynonyms.find(Lower(type));
    if (it != kSynonyms.end()) return it->second;
    std::string out(type);
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string RelationType(std::string_view predicate) {
    std::string out;
    bool pending = false;
    for (char ch : predicate) {
        auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80) {
            if (pending && !out.empty()) out.push_back('_');
            pending = false;
            out.push_back(static_cast<char>(std::toupper(c)));
        } else {
            pending = true;
        }
    }
    return out;
}

GraphBuilder::GraphBuilder(const storage::KgStore& store, storage::BulkBatch* batch)
    : store_(store),
      view_(store.reader()),
      batch_(batch),
      db_has_nodes_(store.counters().nodes > 0) {}

size_t GraphBuilder::AddEntityWork(EntityWork work) {
    size_t slot = entities_.size();
    entity_by_id_.emplace(work.node.id, slot);
    if (work.entity) {
        std::vector<std::string> names = {storage::NormalizeName(work.name)};
        for (const std::string& a : work.aliases) names.push_back(storage::NormalizeName(a));
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        for (std::string& n : names) {
            if (!n.empty()) entities_by_name_[n].push_back(slot);
        }
    }
    entities_.push_back(std::move(work));
    return slot;
}

Status GraphBuilder::LoadEntitiesNamed(const std::string& normalized) {
    if (!db_has_nodes_ || !names_loaded_.insert(normalized).second) return Status::Ok();
    storage::Result<std::vector<storage::NodeId>> ids = view_.FindByNormalizedName(normalized);
    if (!ids.ok()) return ids.status();
    for (storage::NodeId id : *ids) {
        if (entity_by_id_.count(id) != 0) continue;
        storage::Result<std::optional<storage::Node>> node = view_.GetNode(id);
        if (!node.ok()) return node.status();
        if (!node->has_value()) continue;
        EntityWork work;
        work.node = **node;
        work.before = **node;
        work.type = EntityTypeOf(work.node);
        storage::Properties& p = work.node.properties;
        if (auto it = p.find("name"); it != p.end() && it->second.IsString()) {
            work.name = it->second.AsString();
        }
        if (auto it = p.find("aliases"); it != p.end() && it->second.IsList()) {
            for (const storage::Value& a : it->second.AsList()) {
                if (a.IsString()) work.aliases.push_back(a.AsString());
            }
        }
        if (auto it = p.find("mentions"); it != p.end() && it->second.IsInt()) {
            work.mentions = it->second.AsInt();
        }
        p.erase("name");
        p.erase("aliases");
        p.erase("mentions");
        AddEntityWork(std::move(work));
    }
    return Status::Ok();
}

storage::Result<size_t> GraphBuilder::ResolveEntity(std::string_view surface,
                                                    std::string_view type) {
    std::string cache_key(surface);
    cache_key.push_back('\x1f');
    cache_key.append(type);
    if (auto it = surface_cache_.find(cache_key); it != surface_cache_.end()) return it->second;

    std::string normalized = storage::NormalizeName(surface);
    if (normalized.empty()) {
        return Status::Error(StatusCode::kInvalidArgument,
                             "name '" + std::string(surface) + "' has no letters or digits");
    }
    KG_RETURN_IF_ERROR(LoadEntitiesNamed(normalized));
    std::string want(type);
    std::optional<size_t> chosen;
    if (auto it = entities_by_name_.find(normalized); it != entities_by_name_.end()) {
        for (size_t slot : it->second) {  // an exact type match first
            if (entities_[slot].type == want || want.empty() || want == kOther) {
                chosen = slot;
                break;
            }
        }
        for (size_t slot : it->second) {
            if (!chosen && Compatible(entities_[slot].type, want)) chosen = slot;
        }
    }
    if (chosen) {
        EntityWork& e = entities_[*chosen];
        if (e.type == kOther && !want.empty() && want != kOther) {
            std::replace(e.node.labels.begin(), e.node.labels.end(), std::string(kOther), want);
            e.type = want;
            e.dirty = true;
        }
    } else {
        EntityWork work;
        work.node.id = batch_->AllocateNode();
        work.type = want.empty() ? kOther : want;
        work.node.labels = {storage::kEntityLabel, work.type};
        work.name = std::string(surface);
        work.dirty = true;
        chosen = AddEntityWork(std::move(work));
        counts_.new_nodes += 1;
    }
    surface_cache_.emplace(std::move(cache_key), *chosen);
    return *chosen;
}

void GraphBuilder::NoteMention(size_t entity, std::string_view surface) {
    EntityWork& e = entities_[entity];
    e.mentions += 1;
    e.dirty = true;
    if (std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) {
        e.aliases.emplace_back(surface);
    }
}

storage::Result<std::optional<size_t>> GraphBuilder::FindFact(size_t subject, uint32_t type_slot,
                                                              const std::string& type,
                                                              size_t object) {
    RelKey key{entities_[subject].node.id, type_slot, entities_[object].node.id};
    if (auto it = facts_.find(key); it != facts_.end()) return std::optional<size_t>(it->second);
    // Only a stored subject can have a stored relationship.
    std::optional<storage::TokenId> token =
        store_.dictionary().Find(storage::TokenKind::kRelType, type);
    if (!entities_[subject].before || !token) return std::optional<size_t>();
    std::optional<storage::RelId> found;
    KG_RETURN_IF_ERROR(view_.ForEachAdjacent(key.start, storage::Direction::kOut, *token,
                                             [&](const storage::AdjacencyKey& k) {
                                                 if (k.other != key.end) return true;
                                                 found = k.rel;
                                                 return false;
                                             }));
    if (!found) return std::optional<size_t>();
    storage::Result<std::optional<storage::Relationship>> rel = view_.GetRelationship(*found);
    if (!rel.ok()) return rel.status();
    if (!rel->has_value()) return std::optional<size_t>();
    RelWork work;
    work.rel = **rel;
    work.before = **rel;
    storage::Properties& p = work.rel.properties;
    if (auto it = p.find("count"); it != p.end() && it->second.IsInt()) work.count = it->second.AsInt();
    if (auto it = p.find("confidence"); it != p.end() && it->second.IsDouble()) {
        work.confidence = it->second.AsDouble();
    }
    p.erase("count");
    p.erase("confidence");
    size_t slot = rels_.size();
    rels_.push_back(std::move(work));
    facts_.emplace(key, slot);
    return std::optional<size_t>(slot);
}

storage::Result<storage::DocId> GraphBuilder::ResolveDocument(std::string_view key, bool* is_new) {
    std::string k(key);
    if (auto it = documents_.find(k); it != documents_.end()) {
        *is_new = false;
        return it->second.first;
    }
    storage::Result<std::optional<storage::DocId>> stored = view_.FindDocument(k);
    if (!stored.ok()) return stored.status();
    storage::DocId id;
    if (stored->has_value()) {
        id = **stored;
    } else {
        id = batch_->AllocateDoc();
        storage::Document doc;
        doc.id = id;
        doc.key = k;
        new_documents_.push_back(std::move(doc));
    }
    *is_new = !stored->has_value();
    documents_.emplace(std::move(k), std::make_pair(id, static_cast<uint32_t>(documents_.size())));
    return id;
}

Status GraphBuilder::AddTriple(const Triple& t) {
    std::string subject_type = CanonicalEntityType(t.subject_type);
    std::string object_type = CanonicalEntityType(t.object_type);
    storage::Result<size_t> s = ResolveEntity(t.subject, subject_type);
    if (!s.ok()) return s.status();
    storage::Result<size_t> o = ResolveEntity(t.object, object_type);
    if (!o.ok()) return o.status();
    std::string type = RelationType(t.relation);
    if (type.empty()) {
        return Status::Error(StatusCode::kInvalidArgument,
                             "relation '" + std::string(t.relation) + "' has no letters or digits");
    }
    auto [slot_it, inserted] =
        type_slots_.emplace(type, static_cast<uint32_t>(type_slots_.size()));
    (void)inserted;
    storage::Result<std::optional<size_t>> found = FindFact(*s, slot_it->second, type, *o);
    if (!found.ok()) return found.status();

    std::optional<uint32_t> doc_slot;
    storage::DocId doc_id = 0;
    if (!t.document.empty()) {
        bool doc_new = false;
        storage::Result<storage::DocId> doc = ResolveDocument(t.document, &doc_new);
        if (!doc.ok()) return doc.status();
        doc_id = *doc;
        doc_slot = documents_[std::string(t.document)].second;
    }

    size_t rel_slot;
    if (found->has_value()) {
        rel_slot = **found;
        RelWork& r = rels_[rel_slot];
        bool known;
        if (!doc_slot) {
            known = true;  // without a document, the fact itself is the statement
        } else if (!statements_.insert((uint64_t{rel_slot} << 32) | *doc_slot).second) {
            known = true;
        } else if (r.before) {
            storage::Result<bool> has =
                view_.HasEvidence(storage::ElementKind::kRel, r.rel.id, doc_id);
            if (!has.ok()) return has.status();
            known = *has;
        } else {
            known = false;
        }
        if (known) {
            counts_.known_statements += 1;
            return Status::Ok();
        }
    } else {
        RelWork work;
        work.rel.id = batch_->AllocateRel();
        work.rel.type = type;
        work.rel.start = entities_[*s].node.id;
        work.rel.end = entities_[*o].node.id;
        work.rel.properties.emplace("text", storage::Value(std::string(t.relation)));
        rel_slot = rels_.size();
        rels_.push_back(std::move(work));
        facts_.emplace(RelKey{rels_[rel_slot].rel.start, slot_it->second, rels_[rel_slot].rel.end},
                       rel_slot);
        if (doc_slot) statements_.insert((uint64_t{rel_slot} << 32) | *doc_slot);
        counts_.new_relationships += 1;
    }
    RelWork& r = rels_[rel_slot];
    r.count += 1;
    double c = t.confidence.value_or(1.0);
    r.confidence = r.confidence ? 1.0 - (1.0 - *r.confidence) * (1.0 - c) : c;
    r.dirty = true;
    if (doc_slot) {
        storage::Evidence e;
        e.doc = doc_id;
        batch_->PutEvidence(storage::ElementKind::kRel, r.rel.id, 0, e);
    }
    NoteMention(*s, t.subject);
    NoteMention(*o, t.object);
    counts_.new_statements += 1;
    return Status::Ok();
}

storage::Result<storage::NodeId> GraphBuilder::AddNode(std::vector<std::string> labels,
                                                       storage::Properties props) {
    bool entity = std::find(labels.begin(), labels.end(), storage::kEntityLabel) != labels.end();
    auto name = props.find("name");
    if (entity && name != props.end() && name->second.IsString()) {
        std::string type;
        for (const std::string& l : labels) {
            if (l != storage::kEntityLabel) type = l;
        }
        std::string surface = name->second.AsString();
        storage::Result<size_t> slot = ResolveEntity(surface, type);
        if (!slot.ok()) return slot.status();
        EntityWork& e = entities_[*slot];
        if (auto it = props.find("aliases"); it != props.end() && it->second.IsList()) {
            for (const storage::Value& a : it->second.AsList()) {
                if (a.IsString() && std::find(e.aliases.begin(), e.aliases.end(), a.AsString()) ==
                                        e.aliases.end()) {
                    e.aliases.push_back(a.AsString());
                }
            }
        }
        if (auto it = props.find("mentions"); it != props.end() && it->second.IsInt()) {
            e.mentions = std::max(e.mentions, it->second.AsInt());
        } else {
            NoteMention(*slot, surface);
        }
        for (auto& [k, v] : props) {
            if (k != "name" && k != "aliases" && k != "mentions") e.node.properties[k] = v;
        }
        for (const std::string& l : labels) {
            if (std::find(e.node.labels.begin(), e.node.labels.end(), l) == e.node.labels.end()) {
                e.node.labels.push_back(l);
            }
        }
        e.dirty = true;
        return e.node.id;
    }
    EntityWork work;
    work.entity = false;
    work.node.id = batch_->AllocateNode();
    work.node.labels = std::move(labels);
    work.node.properties = std::move(props);
    work.dirty = true;
    counts_.new_nodes += 1;
    return entities_[AddEntityWork(std::move(work))].node.id;
}

Status GraphBuilder::AddEdge(storage::NodeId start, storage::NodeId end, const std::string& type,
                             storage::Properties props) {
    RelWork work;
    work.fact = false;
    work.rel.id = batch_->AllocateRel();
    work.rel.type = type;
    work.rel.start = start;
    work.rel.end = end;
    work.rel.properties = std::move(props);
    work.dirty = true;
    rels_.push_back(std::move(work));
    counts_.new_relationships += 1;
    return Status::Ok();
}

Status GraphBuilder::Flush() {
    for (storage::Document& doc : new_documents_) batch_->PutDocument(doc, true);
    for (EntityWork& e : entities_) {
        if (!e.dirty) continue;
        storage::Node node = std::move(e.node);
        if (e.entity) {
            node.properties["name"] = storage::Value(e.name);
            storage::List aliases;
            aliases.reserve(e.aliases.size());
            for (std::string& a : e.aliases) aliases.emplace_back(std::move(a));
            node.properties["aliases"] = storage::Value(std::move(aliases));
            node.properties["mentions"] = storage::Value(e.mentions);
        }
        batch_->PutNode(node, e.before ? &*e.before : nullptr);
    }
    for (RelWork& r : rels_) {
        if (!r.dirty) continue;
        storage::Relationship rel = std::move(r.rel);
        if (r.fact) {
            rel.properties["count"] = storage::Value(r.count);
            if (r.confidence) rel.properties["confidence"] = storage::Value(*r.confidence);
        }
        batch_->PutRelationship(rel, r.before ? &*r.before : nullptr);
    }
    entities_.clear();
    rels_.clear();
    return Status::Ok();
}

}  // namespace kg::importer
