#pragma once

#include <QString>

// Lives with storage because it defines what the members.search_text column and its index hold;
// every writer of members goes through MemberRepository, which fills it in.
namespace SearchText {
// Folds text for searching: lower case, compatibility forms unified, diacritics removed (é → e,
// й → и, ё → е), whitespace collapsed. Scripts without case (Chinese) pass through unchanged.
QString fold(const QString &text);
// What members.search_text holds: folded name, then folded e-mail, then the phone's digits.
QString forMember(const QString &name, const QString &email, const QString &phone);
} // namespace SearchText
