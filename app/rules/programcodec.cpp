#include "programcodec.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
// This file's strings translate in the context "ProgramCodec" (lupdate reads it from here too).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramCodec)
};
QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString timeText(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

const char *roundingName(PointsRounding r)
{
    switch (r) {
    case PointsRounding::Nearest:
        return "nearest";
    case PointsRounding::Up:
        return "up";
    case PointsRounding::Down:
        break;
    }
    return "down";
}

const char *birthdayKindName(BirthdayOffer::Kind k)
{
    switch (k) {
    case BirthdayOffer::Kind::PercentDiscount:
        return "percent";
    case BirthdayOffer::Kind::FreeProduct:
        return "product";
    case BirthdayOffer::Kind::BonusPoints:
        break;
    }
    return "points";
}

// Reads typed values out of one object and remembers the first key that was of the wrong type.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, QString *bad)
        : m_o(o)
        , m_path(std::move(path))
        , m_bad(bad)
    {
    }
    Reader child(const char *key) const { return Reader(object(key), name(key), m_bad); }
    QJsonObject object(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            fail(key);
        return v.toObject();
    }
    QJsonArray array(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(key);
        return v.toArray();
    }
    void integer(const char *key, qint64 &out) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        // JSON numbers are doubles: integers are exact up to 2^53, far above any amount here.
        const double d = v.toDouble(0.5);
        if (!v.isDouble() || d != double(qint64(d)))
            return fail(key);
        out = qint64(d);
    }
    void integer(const char *key, int &out) const
    {
        qint64 wide = out;
        integer(key, wide);
        if (wide < INT_MIN || wide > INT_MAX)
            return fail(key);
        out = int(wide);
    }
    void boolean(const char *key, bool &out) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(key);
        out = v.toBool();
    }
    void text(const char *key, QString &out) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(key);
        out = v.toString();
    }
    void list(const char *key, QStringList &out) const
    {
        const QJsonArray a = array(key);
        if (a.isEmpty())
            return;
        out.clear();
        for (const QJsonValue &v : a) {
            if (!v.isString())
                return fail(key);
            out << v.toString();
        }
    }
    void date(const char *key, QDate &out) const
    {
        QString s;
        text(key, s);
        if (s.isEmpty())
            return;
        out = QDate::fromString(s, Qt::ISODate);
        if (!out.isValid())
            fail(key);
    }
    void time(const char *key, QTime &out) const
    {
        QString s;
        text(key, s);
        if (s.isEmpty())
            return;
        out = QTime::fromString(s, QStringLiteral("HH:mm"));
        if (!out.isValid())
            fail(key);
    }
    void fail(const char *key) const
    {
        if (m_bad->isEmpty())
            *m_bad = name(key);
    }

private:
    QString name(const char *key) const
    {
        return m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    }
    QJsonObject m_o;
    QString m_path;
    QString *m_bad;
};
} // namespace

namespace ProgramCodec {

QJsonObject toJson(const PricingProgram &p)
{
    const Program &b = p.base;
    QJsonArray levels;
    for (const Level &l : p.levels.levels)
        levels.append(QJsonObject {{QStringLiteral("code"), l.code},
                                   {QStringLiteral("name"), l.name},
                                   {QStringLiteral("threshold_minor"), l.thresholdMinor},
                                   {QStringLiteral("earn_multiplier_percent"), l.earnMultiplierPercent},
                                   {QStringLiteral("discount_bp"), l.discountBasisPoints}});
    QJsonArray cards;
    for (const StampCard &c : p.stampCards)
        cards.append(QJsonObject {{QStringLiteral("code"), c.code},
                                  {QStringLiteral("name"), c.name},
                                  {QStringLiteral("product"), c.productCode},
                                  {QStringLiteral("category"), c.category},
                                  {QStringLiteral("buy"), c.buy}});
    QJsonArray promotions;
    for (const Promotion &pr : p.promotions) {
        QJsonArray days;
        for (int d : pr.weekdays)
            days.append(d);
        promotions.append(
            QJsonObject {{QStringLiteral("code"), pr.code},
                         {QStringLiteral("name"), pr.name},
                         {QStringLiteral("kind"),
                          pr.kind == Promotion::Kind::PointsMultiplier ? QStringLiteral("multiplier")
                                                                       : QStringLiteral("discount")},
                         {QStringLiteral("from"), dateText(pr.from)},
                         {QStringLiteral("to"), dateText(pr.to)},
                         {QStringLiteral("start_time"), timeText(pr.startTime)},
                         {QStringLiteral("end_time"), timeText(pr.endTime)},
                         {QStringLiteral("weekdays"), days},
                         {QStringLiteral("threshold_minor"), pr.thresholdMinor},
                         {QStringLiteral("discount_bp"), pr.discountBasisPoints},
                         {QStringLiteral("multiplier_percent"), pr.pointsMultiplierPercent},
                         {QStringLiteral("priority"), pr.priority}});
    }
    return QJsonObject {
        {QStringLiteral("earn"),
         QJsonObject {{QStringLiteral("points"), b.earn.points},
                      {QStringLiteral("per_minor"), b.earn.perMinor},
                      {QStringLiteral("rounding"), QLatin1String(roundingName(b.rounding))},
                      {QStringLiteral("expiry_months"), b.expiryMonths},
                      {QStringLiteral("no_earn_categories"), strings(b.noEarnCategories)},
                      {QStringLiteral("no_earn_products"), strings(b.noEarnProducts)},
                      {QStringLiteral("welcome_bonus"), b.welcomeBonus},
                      {QStringLiteral("referral_bonus"), b.referralBonus}}},
        {QStringLiteral("sale"),
         QJsonObject {{QStringLiteral("max_total_minor"), b.maxSaleMinor},
                      {QStringLiteral("max_quantity"), b.maxQuantity}}},
        {QStringLiteral("levels"),
         QJsonObject {{QStringLiteral("period_months"), p.levels.periodMonths},
                      {QStringLiteral("list"), levels}}},
        {QStringLiteral("birthday"),
         QJsonObject {{QStringLiteral("enabled"), p.birthday.enabled},
                      {QStringLiteral("days_before"), p.birthday.daysBefore},
                      {QStringLiteral("days_after"), p.birthday.daysAfter},
                      {QStringLiteral("kind"), QLatin1String(birthdayKindName(p.birthday.kind))},
                      {QStringLiteral("bonus_points"), p.birthday.bonusPoints},
                      {QStringLiteral("discount_bp"), p.birthday.discountBasisPoints},
                      {QStringLiteral("product"), p.birthday.freeProductCode}}},
        {QStringLiteral("feedback"), QJsonObject {{QStringLiteral("scale"), b.feedbackScale}}},
        {QStringLiteral("stamp_cards"), cards},
        {QStringLiteral("promotions"), promotions},
        {QStringLiteral("redemption"),
         QJsonObject {{QStringLiteral("enabled"), p.redemption.enabled},
                      {QStringLiteral("minor_per_point"), p.redemption.minorPerPoint},
                      {QStringLiteral("max_share_bp"), p.redemption.maxShareBasisPoints},
                      {QStringLiteral("min_balance"), p.redemption.minBalance},
                      {QStringLiteral("earn_on_points_part"), p.redemption.earnOnPointsPart}}},
    };
}

Result<PricingProgram> fromJson(const QJsonObject &json, const QString &currency)
{
    QString bad;
    const Reader root(json, QString(), &bad);
    PricingProgram p;
    Program &b = p.base;
    b.currency = currency;

    const Reader earn = root.child("earn");
    earn.integer("points", b.earn.points);
    earn.integer("per_minor", b.earn.perMinor);
    QString rounding = QLatin1String(roundingName(b.rounding));
    earn.text("rounding", rounding);
    if (rounding == QLatin1String("down"))
        b.rounding = PointsRounding::Down;
    else if (rounding == QLatin1String("nearest"))
        b.rounding = PointsRounding::Nearest;
    else if (rounding == QLatin1String("up"))
        b.rounding = PointsRounding::Up;
    else
        earn.fail("rounding");
    earn.integer("expiry_months", b.expiryMonths);
    earn.list("no_earn_categories", b.noEarnCategories);
    earn.list("no_earn_products", b.noEarnProducts);
    earn.integer("welcome_bonus", b.welcomeBonus);
    earn.integer("referral_bonus", b.referralBonus);

    const Reader sale = root.child("sale");
    sale.integer("max_total_minor", b.maxSaleMinor);
    sale.integer("max_quantity", b.maxQuantity);

    root.child("feedback").text("scale", b.feedbackScale);

    const Reader levels = root.child("levels");
    levels.integer("period_months", p.levels.periodMonths);
    for (const QJsonValue &v : levels.array("list")) {
        const Reader r(v.toObject(), QStringLiteral("levels.list"), &bad);
        Level l;
        r.text("code", l.code);
        r.text("name", l.name);
        r.integer("threshold_minor", l.thresholdMinor);
        r.integer("earn_multiplier_percent", l.earnMultiplierPercent);
        r.integer("discount_bp", l.discountBasisPoints);
        p.levels.levels << l;
    }

    const Reader bd = root.child("birthday");
    bd.boolean("enabled", p.birthday.enabled);
    bd.integer("days_before", p.birthday.daysBefore);
    bd.integer("days_after", p.birthday.daysAfter);
    QString kind = QLatin1String(birthdayKindName(p.birthday.kind));
    bd.text("kind", kind);
    if (kind == QLatin1String("points"))
        p.birthday.kind = BirthdayOffer::Kind::BonusPoints;
    else if (kind == QLatin1String("percent"))
        p.birthday.kind = BirthdayOffer::Kind::PercentDiscount;
    else if (kind == QLatin1String("product"))
        p.birthday.kind = BirthdayOffer::Kind::FreeProduct;
    else
        bd.fail("kind");
    bd.integer("bonus_points", p.birthday.bonusPoints);
    bd.integer("discount_bp", p.birthday.discountBasisPoints);
    bd.text("product", p.birthday.freeProductCode);

    for (const QJsonValue &v : root.array("stamp_cards")) {
        const Reader r(v.toObject(), QStringLiteral("stamp_cards"), &bad);
        StampCard c;
        r.text("code", c.code);
        r.text("name", c.name);
        r.text("product", c.productCode);
        r.text("category", c.category);
        r.integer("buy", c.buy);
        p.stampCards << c;
    }

    for (const QJsonValue &v : root.array("promotions")) {
        const Reader r(v.toObject(), QStringLiteral("promotions"), &bad);
        Promotion pr;
        r.text("code", pr.code);
        r.text("name", pr.name);
        QString k = QStringLiteral("discount");
        r.text("kind", k);
        if (k == QLatin1String("multiplier"))
            pr.kind = Promotion::Kind::PointsMultiplier;
        else if (k != QLatin1String("discount"))
            r.fail("kind");
        r.date("from", pr.from);
        r.date("to", pr.to);
        r.time("start_time", pr.startTime);
        r.time("end_time", pr.endTime);
        for (const QJsonValue &d : r.array("weekdays")) {
            if (!d.isDouble())
                r.fail("weekdays");
            pr.weekdays << d.toInt();
        }
        r.integer("threshold_minor", pr.thresholdMinor);
        r.integer("discount_bp", pr.discountBasisPoints);
        r.integer("multiplier_percent", pr.pointsMultiplierPercent);
        r.integer("priority", pr.priority);
        p.promotions << pr;
    }

    const Reader red = root.child("redemption");
    red.boolean("enabled", p.redemption.enabled);
    red.integer("minor_per_point", p.redemption.minorPerPoint);
    red.integer("max_share_bp", p.redemption.maxShareBasisPoints);
    red.integer("min_balance", p.redemption.minBalance);
    red.boolean("earn_on_points_part", p.redemption.earnOnPointsPart);

    if (!bad.isEmpty())
        return makeError(Error::Corrupt,
                         Text::tr("The loyalty program setting %1 has a value of the wrong kind.").arg(bad));
    return p;
}

} // namespace ProgramCodec
