#pragma once

struct sqlite3;

// uuid_v7(ms): a new UUIDv7 text for the time `ms` (milliseconds since 1970, UTC), made by
// Ids::newUuid, so that rows written set-wise (expiry's entries and allocations) get the same ids a
// row written one at a time would. Not deterministic: every call gives another id. False when SQLite
// refused to register it.
namespace UuidFunction {
bool registerOn(sqlite3 *db);
}
