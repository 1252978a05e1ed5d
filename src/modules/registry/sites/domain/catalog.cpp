#include "modules/registry/sites/domain/catalog.hpp"

namespace masseflyt::registry::sites {
namespace {

constexpr Labelled kKinds[] = {
    {"pukkverk", "registry.site.kind.pukkverk"},
    {"massemottak", "registry.site.kind.massemottak"},
    {"deponi_inert", "registry.site.kind.deponi_inert"},
    {"deponi_ordinaert", "registry.site.kind.deponi_ordinaert"},
    {"deponi_farlig", "registry.site.kind.deponi_farlig"},
    {"mellomlager", "registry.site.kind.mellomlager"},
    {"havn", "registry.site.kind.havn"},
    {"miljopark", "registry.site.kind.miljopark"},
    {"gjenvinning", "registry.site.kind.gjenvinning"},
    {"betong_asfalt", "registry.site.kind.betong_asfalt"},
    {"byggeplass", "registry.site.kind.byggeplass"},
};

// EAL codes from integrations.md §10: excavated soil and stone is 17 05 04 (its hazardous mirror
// 17 05 03*), topsoil from parks and gardens 20 02 02, asphalt without tar 17 03 02, mixed
// concrete and bricks 17 01 07. Alum shale goes to DSA-permitted landfills as 17 05 03*.
constexpr FractionGroup kFractionGroups[] = {
    {"stein", "registry.fraction.stein", "17 05 04"},
    {"grus", "registry.fraction.grus", "17 05 04"},
    {"jord", "registry.fraction.jord", "17 05 04"},
    {"leire", "registry.fraction.leire", "17 05 04"},
    {"matjord", "registry.fraction.matjord", "20 02 02"},
    {"asfalt", "registry.fraction.asfalt", "17 03 02"},
    {"betong", "registry.fraction.betong", "17 01 07"},
    {"blandet", "registry.fraction.blandet", ""},
    {"forurenset", "registry.fraction.forurenset", "17 05 03*"},
    {"alunskifer", "registry.fraction.alunskifer", "17 05 03*"},
};

constexpr Labelled kPermitTypes[] = {
    {"forurensningsloven", "registry.permit.type.forurensningsloven"},
    {"pbl", "registry.permit.type.pbl"},
    {"dsa", "registry.permit.type.dsa"},
    {"deponi", "registry.permit.type.deponi"},
    {"annet", "registry.permit.type.annet"},
};

template <typename T, std::size_t N>
const T* findKey(const T (&items)[N], std::string_view key) {
  for (const auto& item : items) {
    if (item.key == key) return &item;
  }
  return nullptr;
}

}  // namespace

std::span<const Labelled> siteKinds() { return kKinds; }
const Labelled* findSiteKind(std::string_view key) { return findKey(kKinds, key); }
std::span<const FractionGroup> fractionGroups() { return kFractionGroups; }
const FractionGroup* findFractionGroup(std::string_view key) { return findKey(kFractionGroups, key); }
std::span<const Labelled> permitTypes() { return kPermitTypes; }
const Labelled* findPermitType(std::string_view key) { return findKey(kPermitTypes, key); }

}  // namespace masseflyt::registry::sites
