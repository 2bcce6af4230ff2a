#pragma once

#include "result.h"

#include <QDate>
#include <QString>

// What a member's fields must look like, wherever they come from: the enrollment and edit dialogs,
// the CSV import, the command line. Pure functions: no database, no clock (today is passed in).
// Each returns the value in the form to store, or an error whose message is in the user's words.
namespace MemberValidation {

constexpr int kMaxNameLength = 200;
constexpr int kMaxEmailLength = 254; // RFC 5321 path limit
constexpr int kMaxNotesLength = 2000;
constexpr int kMinCardLength = 6;
constexpr int kMaxCardLength = 32;
constexpr int kMinPhoneDigits = 7;
constexpr int kMaxPhoneDigits = 15; // E.164
constexpr qint64 kMaxPoints = 1000000000;

struct Birthday
{
    int day = 0;
    int month = 0;
    int year = 0; // 0 = not given
    bool isEmpty() const { return day == 0 && month == 0; }
};

// Whitespace runs collapsed to one space ("simplified"); 1 to 200 characters; no control characters;
// no broken UTF-16 (a lone surrogate is what a damaged file or a bad copy leaves behind).
Result<QString> name(const QString &text);
// Empty is allowed and gives "". Otherwise digits and + - ( ) . / and spaces only, 7 to 15 digits.
// Returns the trimmed number as given ("+7 (912) 345-67-89"); Phone::lookupKey gives what is compared.
Result<QString> phone(const QString &text);
// Empty is allowed. One @, something before it, a dot inside the domain, no spaces, at most 254 chars.
Result<QString> email(const QString &text);
// Empty is allowed (an empty Birthday). Accepted: "31.12", "31.12.1990", "31/12/1990", "31-12-1990",
// "1990-12-31". The year is optional; 29 February needs a leap year when a year is given; no date in
// the future and no year before 1900.
Result<Birthday> birthday(const QString &text, const QDate &today);
// Digits only, 6 to 32 of them. A 13-digit number is an EAN-13 barcode and must carry a valid check
// digit: a misread or mistyped card is caught here instead of creating a second member. Other lengths
// (the codes of other systems) are taken as they are.
Result<QString> cardNumber(const QString &text);
// Free text; up to 2000 characters; line breaks and tabs kept, other control characters refused.
Result<QString> notes(const QString &text);
// A points balance: a whole number from 0 up, spaces as thousands separators allowed ("1 240"),
// a zero fraction allowed (".00" or ",00", as other systems export it). Empty gives 0.
Result<qint64> points(const QString &text);

// The birthday as the app shows it: "31.12" or "31.12.1990".
QString formatBirthday(const Birthday &b);

} // namespace MemberValidation
