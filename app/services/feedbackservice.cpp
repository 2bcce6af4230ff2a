#include "feedbackservice.h"

#include "auditservice.h"
#include "ids.h"
#include "programservice.h"
#include "repositories.h"
#include "sqlexec.h"
#include "staffservice.h"

namespace {
constexpr int kMaxComment = 500;

QString scaleCode(FeedbackService::Scale s)
{
    switch (s) {
    case FeedbackService::Scale::Off:
        return QStringLiteral("off");
    case FeedbackService::Scale::Nps:
        return QStringLiteral("nps");
    case FeedbackService::Scale::Csat:
        break;
    }
    return QStringLiteral("csat");
}
} // namespace

Result<FeedbackService::Scale> FeedbackService::scale()
{
    auto v = ProgramService(m_ctx.db).inForce(m_ctx.terminal, m_ctx.clock.nowUtc());
    if (!v)
        return v.error();
    const QString code = v->program.base.feedbackScale;
    if (code == QLatin1String("nps"))
        return Scale::Nps;
    if (code == QLatin1String("off"))
        return Scale::Off;
    return Scale::Csat;
}

// The scale is part of the program: a change is a new version, audited like any other.
Result<void> FeedbackService::setScale(Scale s, qint64 approvedBy)
{
    ServiceContext ctx = m_ctx;
    if (auto r = StaffService(ctx).authorize(Action::ChangeProgram, approvedBy); !r)
        return r.error();
    const QDateTime now = m_ctx.clock.nowUtc();
    ProgramService programs(m_ctx.db);
    auto v = programs.inForce(m_ctx.terminal, now);
    if (!v)
        return v.error();
    PricingProgram p = v->program;
    p.base.feedbackScale = scaleCode(s);
    auto r = programs.publish(m_ctx.terminal, p, now, now, m_ctx.actor, approvedBy, tr("feedback scale"));
    if (!r)
        return r.error();
    return {};
}

QString FeedbackService::question(Scale s)
{
    return s == Scale::Nps ? tr("How likely is the customer to recommend us? Press 0–9, or 1 then 0 for 10.")
                           : tr("How was it today? Press 1 (bad) to 5 (excellent).");
}

Result<qint64> FeedbackService::record(qint64 purchaseId, int score, const QString &rawComment)
{
    auto s = scale();
    if (!s)
        return s.error();
    if (s.value() == Scale::Off)
        return makeError(Error::Invalid, tr("Feedback at the till is switched off in this shop."));
    if (score < minScore(s.value()) || score > maxScore(s.value()))
        return makeError(Error::Invalid,
                         tr("The answer is %1 to %2.").arg(minScore(s.value())).arg(maxScore(s.value())));
    const QString comment = rawComment.simplified();
    if (comment.size() > kMaxComment)
        return makeError(Error::Invalid, tr("A comment has at most %1 characters.").arg(kMaxComment));
    Transaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.beginError();
    auto sale = PurchaseRepository(m_ctx.db).findById(purchaseId);
    if (!sale)
        return sale.error();
    if (!sale->has_value() || sale->value().kind != QLatin1String("sale"))
        return makeError(Error::NotFound, tr("Feedback belongs to a sale, and this is none."));
    if (!sale->value().memberId)
        return makeError(Error::Invalid, tr("Feedback is kept for members: this sale was a walk-in."));
    auto already = Sql::exec(m_ctx.db, QStringLiteral("SELECT count(*) FROM feedback WHERE purchase_id = ?"),
                             {purchaseId}, tr("The feedback cannot be read."));
    if (!already)
        return already.error();
    if (already.value().next() && already->value(0).toLongLong() > 0)
        return makeError(Error::Conflict, tr("This sale already has the customer's answer."));
    const QDateTime now = m_ctx.clock.nowUtc();
    auto q = Sql::exec(
        m_ctx.db,
        QStringLiteral("INSERT INTO feedback (uuid, origin_terminal, member_id, purchase_id, scale, "
                       "score, comment, staff_id, business_day, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {Ids::newUuid(now), m_ctx.terminal.uuid, sale->value().memberId, purchaseId, scaleCode(s.value()),
         score, Sql::textOrNull(comment), Sql::idOrNull(m_ctx.actor.staffId),
         Ids::dayText(m_ctx.clock.today()), Ids::utcText(now)},
        tr("The feedback cannot be saved."));
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> FeedbackService::addComment(qint64 feedbackId, const QString &rawComment)
{
    const QString comment = rawComment.simplified();
    if (comment.size() > kMaxComment)
        return makeError(Error::Invalid, tr("A comment has at most %1 characters.").arg(kMaxComment));
    auto q = Sql::exec(m_ctx.db, QStringLiteral("UPDATE feedback SET comment = ? WHERE id = ?"),
                       {Sql::textOrNull(comment), feedbackId}, tr("The comment cannot be saved."));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Error::NotFound, tr("That feedback does not exist."));
    return {};
}
