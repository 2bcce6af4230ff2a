#pragma once

#include "context.h"

#include <QCoreApplication>

// The customer's answer after a member sale, in one keypress at the till: CSAT (1-5, "how was it
// today?") or NPS (0-10, "how likely are you to recommend us?"), as the shop chooses, with an
// optional comment. One answer per sale.
class FeedbackService
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackService)
public:
    enum class Scale
    {
        Off,
        Csat,
        Nps,
    };
    explicit FeedbackService(const ServiceContext &ctx)
        : m_ctx(ctx)
    {
    }

    // The shop's choice, part of the program in force (CSAT until a manager changes it).
    Result<Scale> scale();
    Result<void> setScale(Scale scale, qint64 approvedBy = 0);
    static int maxScore(Scale s) { return s == Scale::Nps ? 10 : 5; }
    static int minScore(Scale s) { return s == Scale::Nps ? 0 : 1; }
    // The question the cashier asks, and how to answer it by keyboard.
    static QString question(Scale s);

    // Records the answer to a member sale; returns the feedback's id. Refused: a walk-in sale, a
    // refund, a score outside the scale, a second answer to the same sale.
    Result<qint64> record(qint64 purchaseId, int score, const QString &comment = {});
    // The comment typed after the score (at most 500 characters).
    Result<void> addComment(qint64 feedbackId, const QString &comment);

private:
    ServiceContext m_ctx;
};
