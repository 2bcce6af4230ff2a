#pragma once

// What several command files share: a member as text and JSON, finding a member by what the
// command line names, and the usage of a command group.

#include "args.h"
#include "memberservice.h"
#include "registry.h"
#include "session.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace Cli {

QJsonObject memberJson(const MemberView &v, const QString &currency);
QString memberText(const MemberView &v, const QString &currency);
// "#42" is member 42; anything else is looked up as the scan field would (card, then phone).
Result<MemberView> resolveMember(MemberService &members, const QString &ref);
// --sms yes|no: unset, true or false; anything else is refused.
Result<std::optional<bool>> yesNo(const Args &a, const QString &option);
// A YYYY-MM-DD option: null when not given, false when not a date.
bool isoDay(const Args &a, const QString &option, QDate *out);

} // namespace Cli
