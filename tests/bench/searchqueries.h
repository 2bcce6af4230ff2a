#pragma once

// The queries a cashier types into member search, drawn (seeded) from the members of a generated
// file; shared by loyalty-bench-search and loyalty-bench-search-page so both measure the same kinds.
//   name1-<s> / name2-<s>  the first one or two letters of a name, per script (lat, cyr, zh)
//   name3-<s>              3 to 6 letters from anywhere in a name, per script
//   full-<s>               the whole name, per script
//   phone4                 the last four digits of a phone
//   phonefrag              4 to 7 digits from anywhere in a phone, as the search text holds them
//   card                   the first 6 to 13 digits of an active card number
//   email                  4 to 8 characters from an e-mail address
//   miss                   three letters no member has (what a typo costs)

#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

struct sqlite3;

namespace Bench {

// `perKind` queries of every kind (fewer when the file has no such members), in drawing order.
std::map<std::string, std::vector<QString>> drawSearchQueries(sqlite3 *db, std::int64_t perKind,
                                                              std::uint64_t seed);

} // namespace Bench
