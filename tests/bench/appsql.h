#pragma once

// The statements the app's repositories run (db/repositories.cpp), spelled out for the raw-SQLite side of
// each benchmark so that both sides run exactly the same SQL. If a repository's SQL changes, change it
// here too: the benchmark then still compares like with like.

namespace AppSql {

#define LOYALTY_BENCH_CARD_COLUMNS                                                                           \
    "c.id, c.uuid, c.origin_terminal, c.member_id, c.number, c.status, c.blocked_at, c.blocked_reason, "     \
    "c.created_at"
#define LOYALTY_BENCH_MEMBER_COLUMNS                                                                         \
    "m.id, m.uuid, m.origin_terminal, m.name, m.phone, m.phone_norm, m.email, m.birth_day, m.birth_month, "  \
    "m.birth_year, m.notes, m.level_code, m.points_balance, m.visits, m.total_spent_minor, "                 \
    "m.last_visit_at, "                                                                                      \
    "m.created_at, m.updated_at, m.erased_at, m.consent_sms_at, m.consent_email_at"

// MemberRepository::findByCard
inline constexpr const char *kFindByCard
    = "SELECT " LOYALTY_BENCH_CARD_COLUMNS ", " LOYALTY_BENCH_MEMBER_COLUMNS
      " FROM cards c JOIN members m ON m.id = c.member_id WHERE c.number = ?";
// MemberRepository::findById (CheckoutService re-reads the member inside the sale's transaction)
inline constexpr const char *kFindMemberById
    = "SELECT " LOYALTY_BENCH_MEMBER_COLUMNS " FROM members m WHERE m.id = ?";
// MemberRepository::findById as it reads today: every column readMember takes
inline constexpr const char *kFindMemberByIdAll
    = "SELECT " LOYALTY_BENCH_MEMBER_COLUMNS
      ", m.referred_by, m.birthday_used_for FROM members m WHERE m.id = ?";
// ProgramService::inForce: whether a program version came since the one kept for this connection
inline constexpr const char *kProgramVersionsSeen
    = "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM program_versions";
// PurchaseRepository::nextReceiptNo
inline constexpr const char *kNextReceiptNo
    = "SELECT COALESCE(MAX(receipt_no), 0) + 1 FROM purchases WHERE origin_terminal = ?";
// PurchaseRepository::insert
inline constexpr const char *kInsertPurchase
    = "INSERT INTO purchases (uuid, origin_terminal, receipt_no, kind, member_id, card_id, "
      "staff_id, currency, subtotal_minor, discount_minor, points_paid_minor, total_minor, "
      "points_earned, points_redeemed, business_day, created_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
// PurchaseRepository::insert as it writes today (the purchase's program version, refund and level too)
inline constexpr const char *kInsertPurchaseAll
    = "INSERT INTO purchases (uuid, origin_terminal, receipt_no, kind, member_id, card_id, "
      "staff_id, currency, subtotal_minor, discount_minor, points_paid_minor, total_minor, "
      "points_earned, points_redeemed, business_day, created_at, refund_of, program_version, "
      "level_code, points_not_returned) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
inline constexpr const char *kInsertPurchaseLineAll
    = "INSERT INTO purchase_lines (uuid, purchase_id, line_no, description, "
      "category, unit_price_minor, quantity, discount_minor, total_minor, product_id, "
      "product_code, refund_of_line) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
inline constexpr const char *kInsertPurchaseLine
    = "INSERT INTO purchase_lines (uuid, purchase_id, line_no, description, "
      "category, unit_price_minor, quantity, discount_minor, total_minor) "
      "VALUES (?,?,?,?,?,?,?,?,?)";
// LedgerRepository::insert
inline constexpr const char *kInsertLedger
    = "INSERT INTO points_ledger (uuid, origin_terminal, member_id, kind, points, "
      "purchase_id, expires_on, reason, staff_id, created_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?)";
// MemberTotals::countSale
inline constexpr const char *kApplySale
    = "UPDATE members SET points_balance = points_balance + ?, visits = visits + 1, "
      "total_spent_minor = total_spent_minor + ?, last_visit_at = ?, updated_at = ? "
      "WHERE id = ?";

#undef LOYALTY_BENCH_CARD_COLUMNS
#undef LOYALTY_BENCH_MEMBER_COLUMNS

} // namespace AppSql
