#include "wireschema.h"

#include <QtGlobal>

namespace syncimpl {

// sizes: data (wire tables)
const std::vector<TableSpec> &specs()
{
    static const std::vector<TableSpec> s {
        {"staff",
         Merge::Staff,
         {{"uuid"}, {"origin_terminal"}, {"name"}, {"role"}, {"created_at"}, {"updated_at"}}},
        {"program_versions",
         Merge::Append,
         {{"uuid"},
          {"origin_terminal"},
          {"effective_from"},
          {"settings_json"},
          {"note"},
          {"created_at"},
          {"created_by", "staff"},
          {"approved_by", "staff"},
          {"is_default"}}},
        {"members",
         Merge::Member,
         {{"uuid"},
          {"origin_terminal"},
          {"name"},
          {"phone"},
          {"phone_norm"},
          {"email"},
          {"birth_day"},
          {"birth_month"},
          {"birth_year"},
          {"notes"},
          {"consent_sms_at"},
          {"consent_email_at"},
          {"level_code"},
          {"referred_by", "members"},
          {"merged_into", "members"},
          {"erased_at"},
          {"birthday_used_for"},
          {"created_at"},
          {"updated_at"},
          {"created_by", "staff"}}},
        {"cards",
         Merge::Card,
         {{"uuid"},
          {"origin_terminal"},
          {"member_id", "members"},
          {"number"},
          {"status"},
          {"blocked_at"},
          {"blocked_reason"},
          {"created_at"},
          {"updated_at"}}},
        {"purchases",
         Merge::Purchase,
         {{"uuid"},
          {"origin_terminal"},
          {"receipt_no"},
          {"kind"},
          {"refund_of", "purchases"},
          {"member_id", "members"},
          {"card_id", "cards"},
          {"staff_id", "staff"},
          {"currency"},
          {"subtotal_minor"},
          {"discount_minor"},
          {"points_paid_minor"},
          {"total_minor"},
          {"points_earned"},
          {"points_redeemed"},
          {"business_day"},
          {"created_at"},
          {"program_version", "program_versions"},
          {"level_code"},
          {"points_not_returned"}}},
        {"purchase_lines",
         Merge::Append,
         {{"uuid"},
          {"purchase_id", "purchases"},
          {"line_no"},
          {"description"},
          {"category"},
          {"unit_price_minor"},
          {"quantity"},
          {"discount_minor"},
          {"total_minor"},
          {"product_code"},
          {"refund_of_line", "purchase_lines"}}},
        {"purchase_adjustments",
         Merge::Adjustment,
         {{"purchase_id", "purchases"}, {"position"}, {"kind"}, {"label"}, {"amount_minor"}, {"points"}}},
        {"points_ledger",
         Merge::Append,
         {{"uuid"},
          {"origin_terminal"},
          {"member_id", "members"},
          {"kind"},
          {"points"},
          {"purchase_id", "purchases"},
          {"expires_on"},
          {"reason"},
          {"staff_id", "staff"},
          {"created_at"}}},
        {"points_allocations",
         Merge::Append,
         {{"uuid"}, {"entry_id", "points_ledger"}, {"lot_id", "points_ledger"}, {"points"}}},
        {"stamp_ledger",
         Merge::Append,
         {{"uuid"},
          {"origin_terminal"},
          {"member_id", "members"},
          {"card_code"},
          {"stamps"},
          {"purchase_id", "purchases"},
          {"created_at"}}},
        {"feedback",
         Merge::Feedback,
         {{"uuid"},
          {"origin_terminal"},
          {"member_id", "members"},
          {"purchase_id", "purchases"},
          {"scale"},
          {"score"},
          {"comment"},
          {"staff_id", "staff"},
          {"business_day"},
          {"created_at"}}},
        {"settings", Merge::Settings, {{"key"}, {"value"}, {"updated_at"}, {"origin_terminal"}}},
    };
    return s;
}

const TableSpec *specFor(const QString &table)
{
    for (const TableSpec &s : specs())
        if (table == QLatin1String(s.name))
            return &s;
    return nullptr;
}

int columnIndex(const TableSpec &t, const char *name)
{
    for (size_t i = 0; i < t.columns.size(); ++i)
        if (qstrcmp(t.columns[i].name, name) == 0)
            return int(i);
    return -1;
}

const std::vector<FieldGroup> &memberFields()
{
    static const std::vector<FieldGroup> f {
        {"name", {"name"}, true},
        {"phone", {"phone", "phone_norm"}, true},
        {"email", {"email"}, true},
        {"birthday", {"birth_day", "birth_month", "birth_year"}, true},
        {"notes", {"notes"}, true},
        {"consent_sms", {"consent_sms_at"}, true},
        {"consent_email", {"consent_email_at"}, true},
        {"level", {"level_code"}, false},
        {"referred_by", {"referred_by"}, true},
        {"merged_into", {"merged_into"}, false},
        {"erased", {"erased_at"}, false},
        {"birthday_used", {"birthday_used_for"}, false},
    };
    return f;
}

const QStringList &triggersSetAside()
{
    static const QStringList t {
        QStringLiteral("daily_sales_on_purchase"),
        QStringLiteral("member_months_on_purchase"),
        QStringLiteral("buyer_days_on_purchase"),
        QStringLiteral("buyer_days_on_move"),
        QStringLiteral("purchases_sync_insert"),
        QStringLiteral("purchase_lines_sync_insert"),
        QStringLiteral("purchase_adjustments_sync_insert"),
        QStringLiteral("daily_points_on_entry"),
        QStringLiteral("points_ledger_sync_insert"),
        QStringLiteral("points_allocations_sync_insert"),
        QStringLiteral("points_lot_spent_on_allocation"),
        QStringLiteral("stamp_ledger_sync_insert"),
        QStringLiteral("members_fts_insert"),
        QStringLiteral("members_fts_update"),
        QStringLiteral("cohort_sizes_on_member"),
        QStringLiteral("members_sync_insert"),
        QStringLiteral("cards_sync_insert"),
        QStringLiteral("cohort_activity_on_month"),
        QStringLiteral("member_aggregates_on_insert"),
    };
    return t;
}

const QStringList &tableNames()
{
    static const QStringList t = [] {
        QStringList out;
        for (const TableSpec &s : specs())
            out << QLatin1String(s.name);
        return out;
    }();
    return t;
}

QString rowKey(const QString &table, const QJsonObject &o)
{
    if (table == QLatin1String("settings"))
        return o.value(QLatin1String("key")).toString();
    if (table == QLatin1String("purchase_adjustments"))
        return o.value(QLatin1String("purchase")).toString() + QLatin1Char('#')
            + QString::number(o.value(QLatin1String("position")).toInteger());
    return o.value(QLatin1String("uuid")).toString();
}

} // namespace syncimpl
