#pragma once

// The loyalty program as one JSON document: what a program version stores (program_versions.
// settings_json), what the settings dialog edits and what sync will carry. Pure: no SQL.

#include "pricing.h"

#include <QJsonObject>

namespace ProgramCodec {
QJsonObject toJson(const PricingProgram &program);
// Reads what toJson wrote. Missing keys keep their defaults (a version written before a setting
// existed); a value of the wrong type is refused with the key's name. The currency is the terminal's.
Result<PricingProgram> fromJson(const QJsonObject &json, const QString &currency);
} // namespace ProgramCodec
