#include "importer/graph_builder.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <tuple>

#include "storage/index_entries.h"
#include "storage/name_normalizer.h"
#include "storage/value_codec.h"

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

void GraphBuilder::Reserve(size_t rows) {
    rels_.reserve(rels_.size() + rows);
    fact_index_.Reserve(fact_index_.size() + rows);
    surface_index_.Reserve(surface_index_.size() + rows / 2);
}


const std::string& GraphBuilder::CanonicalType(std::string_view given) {
    auto it = canonical_types_.find(given);
    if (it == canonical_types_.end()) {
        it = canonical_types_.emplace(std::string(given), CanonicalEntityType(given)).first;
    }
    return it->second;
}

uint32_t GraphBuilder::TypeSlot(const std::string& type) {
    auto it = type_slots_.find(type);
    if (it != type_slots_.end()) return it->second;
    auto slot = static_cast<uint32_t>(type_names_.size());
    type_names_.push_back(type);
    type_slots_.emplace(type, slot);
    return slot;
}

storage::Result<std::pair<uint32_t, uint32_t>> GraphBuilder::RelationSlots(
    std::string_view predicate) {
    if (auto it = predicates_.find(predicate); it != predicates_.end()) return it->second;
    std::string type = RelationType(predicate);
    if (type.empty()) {
        return Status::Error(StatusCode::kInvalidArgument,
                             "relation '" + std::string(predicate) + "' has no letters or digits");
    }
    std::pair<uint32_t, uint32_t> slots{TypeSlot(type), static_cast<uint32_t>(texts_.size())};
    texts_.emplace_back(predicate);
    predicates_.emplace(std::string(predicate), slots);
    return slots;
}

size_t GraphBuilder::AddEntityWork(EntityWork work) {
    size_t slot = entities_.size();
    entity_by_id_.emplace(work.node.id, slot);
    entity_ids_.push_back(work.node.id);
    entity_dirty_.push_back(work.before ? 0 : 1);
    mentions_.push_back(0);
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
        work.before = std::make_unique<storage::Node>(**node);
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
        int64_t mentions = 0;
        if (auto it = p.find("mentions"); it != p.end() && it->second.IsInt()) {
            mentions = it->second.AsInt();
        }
        p.erase("name");
        p.erase("aliases");
        p.erase("mentions");
        mentions_[AddEntityWork(std::move(work))] = mentions;
    }
    return Status::Ok();
}

std::optional<size_t> GraphBuilder::CachedEntity(std::string_view surface,
                                                const std::string& type) {
    key_buffer_.assign(surface);
    key_buffer_.push_back('\x1f');
    key_buffer_.append(type);
    std::optional<uint32_t> hit = surface_index_.Find(key_buffer_);
    if (!hit) return std::nullopt;
    return *hit;
}

storage::Result<std::pair<size_t, size_t>> GraphBuilder::ResolvePair(
    std::string_view subject, const std::string& subject_type, std::string_view object,
    const std::string& object_type) {
    std::optional<size_t> s = CachedEntity(subject, subject_type);
    std::optional<size_t> o = CachedEntity(object, object_type);
    if (s && o) return std::make_pair(*s, *o);
    std::string subject_norm, object_norm;
    for (auto [name, slot, norm] : {std::tuple{subject, &s, &subject_norm},
                                    std::tuple{object, &o, &object_norm}}) {
        if (*slot) continue;
        *norm = storage::NormalizeName(name);
        if (norm->empty()) {
            return Status::Error(StatusCode::kInvalidArgument,
                                 "name '" + std::string(name) + "' has no letters or digits");
        }
    }
    if (!s) {
        storage::Result<size_t> r = ResolveEntity(subject, subject_type, subject_norm);
        if (!r.ok()) return r.status();
        s = *r;
    }
    if (!o) {
        // The subject may just have made the pair (object, type) known.
        o = CachedEntity(object, object_type);
        if (!o) {
            storage::Result<size_t> r = ResolveEntity(object, object_type, object_norm);
            if (!r.ok()) return r.status();
            o = *r;
        }
    }
    return std::make_pair(*s, *o);
}

storage::Result<size_t> GraphBuilder::ResolveEntity(std::string_view surface,
                                                    const std::string& type,
                                                    const std::string& normalized) {
    KG_RETURN_IF_ERROR(LoadEntitiesNamed(normalized));
    std::optional<size_t> chosen;
    if (auto it = entities_by_name_.find(normalized); it != entities_by_name_.end()) {
        for (size_t slot : it->second) {  // an exact type match first
            if (entities_[slot].type == type || type.empty() || type == kOther) {
                chosen = slot;
                break;
            }
        }
        for (size_t slot : it->second) {
            if (!chosen && Compatible(entities_[slot].type, type)) chosen = slot;
        }
    }
    if (chosen) {
        EntityWork& e = entities_[*chosen];
        if (e.type == kOther && !type.empty() && type != kOther) {
            std::replace(e.node.labels.begin(), e.node.labels.end(), std::string(kOther), type);
            e.type = type;
            entity_dirty_[*chosen] = 1;
        }
    } else {
        EntityWork work;
        work.node.id = batch_->AllocateNode();
        work.type = type.empty() ? kOther : type;
        work.node.labels = {storage::kEntityLabel, work.type};
        work.name = std::string(surface);
        chosen = AddEntityWork(std::move(work));
        counts_.new_nodes += 1;
    }
    // Every surface form that resolves to an entity is one of its aliases.
    EntityWork& e = entities_[*chosen];
    if (std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) {
        e.aliases.emplace_back(surface);
        entity_dirty_[*chosen] = 1;
    }
    key_buffer_.assign(surface);
    key_buffer_.push_back('\x1f');
    key_buffer_.append(type);
    surface_index_.Insert(key_buffer_, static_cast<uint32_t>(*chosen));
    return *chosen;
}

void GraphBuilder::NoteMention(size_t entity) {
    mentions_[entity] += 1;
    entity_dirty_[entity] = 1;
}

storage::Result<std::optional<size_t>> GraphBuilder::FindFact(size_t subject, uint32_t type_slot,
                                                              size_t object) {
    storage::NodeId start = entity_ids_[subject];
    storage::NodeId end = entity_ids_[object];
    if (std::optional<uint32_t> hit = fact_index_.Find(start, type_slot, end)) {
        return std::optional<size_t>(*hit);
    }
    // Only a stored subject can have a stored relationship.
    if (!entities_[subject].before) return std::optional<size_t>();
    std::optional<storage::TokenId> token =
        store_.dictionary().Find(storage::TokenKind::kRelType, type_names_[type_slot]);
    if (!token) return std::optional<size_t>();
    std::optional<storage::RelId> found;
    KG_RETURN_IF_ERROR(view_.ForEachAdjacent(start, storage::Direction::kOut, *token,
                                             [&](const storage::AdjacencyKey& k) {
                                                 if (k.other != end) return true;
                                                 found = k.rel;
                                                 return false;
                                             }));
    if (!found) return std::optional<size_t>();
    storage::Result<std::optional<storage::Relationship>> rel = view_.GetRelationship(*found);
    if (!rel.ok()) return rel.status();
    if (!rel->has_value()) return std::optional<size_t>();
    RelWork work;
    work.id = *found;
    work.start = start;
    work.end = end;
    work.type_slot = type_slot;
    work.extra = std::make_unique<RelWork::Extra>();
    work.extra->before = **rel;
    storage::Properties& p = work.extra->properties;
    p = (*rel)->properties;
    if (auto it = p.find("count"); it != p.end() && it->second.IsInt()) work.count = it->second.AsInt();
    if (auto it = p.find("confidence"); it != p.end() && it->second.IsDouble()) {
        work.confidence = it->second.AsDouble();
    }
    std::string text = (*rel)->type;
    if (auto it = p.find("text"); it != p.end() && it->second.IsString()) text = it->second.AsString();
    work.text_slot = static_cast<uint32_t>(texts_.size());
    texts_.push_back(std::move(text));
    p.erase("count");
    p.erase("confidence");
    p.erase("text");
    size_t slot = rels_.size();
    rels_.push_back(std::move(work));
    fact_index_.Insert(start, type_slot, end, static_cast<uint32_t>(slot));
    return std::optional<size_t>(slot);
}

storage::Result<storage::DocId> GraphBuilder::ResolveDocument(std::string_view key, uint32_t* slot) {
    if (auto it = documents_.find(key); it != documents_.end()) {
        *slot = it->second.second;
        return it->second.first;
    }
    storage::Result<std::optional<storage::DocId>> stored = view_.FindDocument(key);
    if (!stored.ok()) return stored.status();
    storage::DocId id;
    if (stored->has_value()) {
        id = **stored;
    } else {
        id = batch_->AllocateDoc();
        storage::Document doc;
        doc.id = id;
        doc.key = std::string(key);
        new_documents_.push_back(std::move(doc));
    }
    *slot = static_cast<uint32_t>(documents_.size());
    documents_.emplace(std::string(key), std::make_pair(id, *slot));
    return id;
}

Status GraphBuilder::AddTriple(const Triple& t) {
    std::vector<Status> statuses;
    AddTriples(std::span<const Triple>(&t, 1), &statuses);
    return statuses[0];
}

void GraphBuilder::AddTriples(std::span<const Triple> rows, std::vector<Status>* statuses) {
    statuses->assign(rows.size(), Status::Ok());
    // Three passes so that each hash-table probe of a row is requested before it is needed:
    // names of every row, then facts of every row, then the work itself.
    for (const Triple& t : rows) {
        for (auto [name, type] : {std::pair{t.subject, t.subject_type}, {t.object, t.object_type}}) {
            key_buffer_.assign(name);
            key_buffer_.push_back('\x1f');
            key_buffer_.append(CanonicalType(type));
            surface_index_.Prefetch(key_buffer_);
        }
    }
    prepared_.resize(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const Triple& t = rows[i];
        storage::Result<std::pair<uint32_t, uint32_t>> slots = RelationSlots(t.relation);
        if (!slots.ok()) {
            (*statuses)[i] = slots.status();
            continue;
        }
        storage::Result<std::pair<size_t, size_t>> pair = ResolvePair(
            t.subject, CanonicalType(t.subject_type), t.object, CanonicalType(t.object_type));
        if (!pair.ok()) {
            (*statuses)[i] = pair.status();
            continue;
        }
        prepared_[i] = {slots->first, slots->second, pair->first, pair->second};
        fact_index_.Prefetch(entity_ids_[pair->first], slots->first, entity_ids_[pair->second]);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if ((*statuses)[i].ok()) (*statuses)[i] = ApplyTriple(rows[i], prepared_[i]);
    }
}

Status GraphBuilder::ApplyTriple(const Triple& t, const PreparedTriple& p) {
    std::optional<size_t> s = p.subject, o = p.object;
    std::optional<std::pair<uint32_t, uint32_t>> slots =
        std::make_pair(p.type_slot, p.text_slot);
    storage::Result<std::optional<size_t>> found = FindFact(*s, slots->first, *o);
    if (!found.ok()) return found.status();

    std::optional<uint32_t> doc_slot;
    storage::DocId doc_id = 0;
    if (!t.document.empty()) {
        uint32_t slot = 0;
        storage::Result<storage::DocId> doc = ResolveDocument(t.document, &slot);
        if (!doc.ok()) return doc.status();
        doc_id = *doc;
        doc_slot = slot;
    }

    size_t rel_slot;
    if (found->has_value()) {
        rel_slot = **found;
        bool known;
        if (!doc_slot) {
            known = true;  // without a document, the fact itself is the statement
        } else if (!statements_.insert((uint64_t{rel_slot} << 32) | *doc_slot).second) {
            known = true;
        } else if (rels_[rel_slot].extra && rels_[rel_slot].extra->before) {
            storage::Result<bool> has =
                view_.HasEvidence(storage::ElementKind::kRel, rels_[rel_slot].id, doc_id);
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
        work.id = batch_->AllocateRel();
        work.start = entity_ids_[*s];
        work.end = entity_ids_[*o];
        work.type_slot = slots->first;
        work.text_slot = slots->second;
        work.count = 0;
        rel_slot = rels_.size();
        fact_index_.Insert(work.start, work.type_slot, work.end, static_cast<uint32_t>(rel_slot));
        rels_.push_back(std::move(work));
        if (doc_slot) statements_.insert((uint64_t{rel_slot} << 32) | *doc_slot);
        counts_.new_relationships += 1;
    }
    RelWork& r = rels_[rel_slot];
    double c = t.confidence.value_or(1.0);
    r.confidence = r.count == 0 ? c : 1.0 - (1.0 - r.confidence) * (1.0 - c);
    r.count += 1;
    r.dirty = true;
    if (doc_slot) {
        storage::Evidence e;
        e.doc = doc_id;
        batch_->PutEvidence(storage::ElementKind::kRel, r.id, 0, e);
    }
    NoteMention(*s);
    NoteMention(*o);
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
        std::optional<size_t> slot = CachedEntity(surface, type);
        if (!slot) {
            std::string normalized = storage::NormalizeName(surface);
            if (normalized.empty()) {
                return Status::Error(StatusCode::kInvalidArgument,
                                     "name '" + surface + "' has no letters or digits");
            }
            storage::Result<size_t> r = ResolveEntity(surface, type, normalized);
            if (!r.ok()) return r.status();
            slot = *r;
        }
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
            mentions_[*slot] = std::max(mentions_[*slot], it->second.AsInt());
        } else {
            NoteMention(*slot);
        }
        for (auto& [k, v] : props) {
            if (k != "name" && k != "aliases" && k != "mentions") e.node.properties[k] = v;
        }
        for (const std::string& l : labels) {
            if (std::find(e.node.labels.begin(), e.node.labels.end(), l) == e.node.labels.end()) {
                e.node.labels.push_back(l);
            }
        }
        entity_dirty_[*slot] = 1;
        return e.node.id;
    }
    EntityWork work;
    work.entity = false;
    work.node.id = batch_->AllocateNode();
    work.node.labels = std::move(labels);
    work.node.properties = std::move(props);
    counts_.new_nodes += 1;
    return entities_[AddEntityWork(std::move(work))].node.id;
}

Status GraphBuilder::AddEdge(storage::NodeId start, storage::NodeId end, const std::string& type,
                             storage::Properties props) {
    RelWork work;
    work.fact = false;
    work.id = batch_->AllocateRel();
    work.start = start;
    work.end = end;
    work.type_slot = TypeSlot(type);
    work.extra = std::make_unique<RelWork::Extra>();
    work.extra->properties = std::move(props);
    work.dirty = true;
    rels_.push_back(std::move(work));
    counts_.new_relationships += 1;
    return Status::Ok();
}

void GraphBuilder::FlushEntity(size_t slot) {
    EntityWork& e = entities_[slot];
    storage::Node node = std::move(e.node);
    if (e.entity) {
        node.properties["name"] = storage::Value(e.name);
        storage::List aliases;
        aliases.reserve(e.aliases.size());
        for (std::string& a : e.aliases) aliases.emplace_back(std::move(a));
        node.properties["aliases"] = storage::Value(std::move(aliases));
        node.properties["mentions"] = storage::Value(mentions_[slot]);
    }
    batch_->PutNode(node, e.before.get());
}

void GraphBuilder::FlushRel(RelWork& r) {
    const std::string& type = type_names_[r.type_slot];
    if (r.extra) {  // stored before, or a plain edge: go through the general path
        storage::Relationship rel{r.id, type, r.start, r.end, std::move(r.extra->properties)};
        if (r.fact) {
            rel.properties["text"] = storage::Value(texts_[r.text_slot]);
            rel.properties["count"] = storage::Value(r.count);
            rel.properties["confidence"] = storage::Value(r.confidence);
        }
        const storage::Relationship* before = r.extra->before ? &*r.extra->before : nullptr;
        batch_->PutRelationship(rel, before);
        return;
    }
    // A new fact: encode the record directly, without a Properties map.
    static thread_local std::string value;
    value.clear();
    storage::TokenId t = batch_->Intern(storage::TokenKind::kRelType, type);
    storage::EncodeRelHeader(t, r.start, r.end, &value);
    storage::EncodePropertyCount(3, &value);
    storage::EncodeProperty(batch_->Intern(storage::TokenKind::kPropertyKey, "text"),
                            storage::Value(texts_[r.text_slot]), &value);
    storage::EncodeProperty(batch_->Intern(storage::TokenKind::kPropertyKey, "count"),
                            storage::Value(r.count), &value);
    storage::EncodeProperty(batch_->Intern(storage::TokenKind::kPropertyKey, "confidence"),
                            storage::Value(r.confidence), &value);
    batch_->PutNewRelationship(r.id, t, r.start, r.end, value);
}

Status GraphBuilder::Flush() {
    for (storage::Document& doc : new_documents_) batch_->PutDocument(doc, true);
    for (size_t i = 0; i < entities_.size(); ++i) {
        if (entity_dirty_[i]) FlushEntity(i);
    }
    for (RelWork& r : rels_) {
        if (r.dirty) FlushRel(r);
    }
    return Status::Ok();
}

}  // namespace kg::importer
