#pragma once

#include "context.h"
#include "staffstore.h"

#include <QCoreApplication>
#include <QJsonObject>

// The audit trail: who did what, when, on which terminal, with the values before and after.
// Each terminal's lines form a hash chain (docs/audit.md), so editing, deleting or reordering lines
// in the file is found by verifyChain() and `loyalty-cli check`.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    explicit AuditService(ServiceContext &ctx)
        : m_ctx(ctx)
        , m_store(ctx.db)
    {
    }

    // Appends one line for ctx.actor. Call it INSIDE the transaction of the change it describes, so
    // that the change and its line are written together or not at all.
    Result<void> record(const QString &action, const QString &entity, const QString &entityId,
                        const QJsonObject &before, const QJsonObject &after, qint64 approvedBy = 0);

    // Reading and verifying the trail need Action::ViewAudit (Error::Forbidden otherwise, nothing read).
    using Filter = AuditStore::Filter;
    Result<QVector<AuditRecord>> list(const Filter &f, int offset, int limit);
    Result<qint64> count(const Filter &f);
    Result<QStringList> actions();

    struct ChainCheck
    {
        bool ok = true;
        qint64 lines = 0;
        qint64 firstBrokenId = 0;
        QString message;
    };
    Result<ChainCheck> verifyChain();

    // SHA-256 (hex) of the previous hash and the line's fields, as docs/audit.md spells out.
    static QString hashOf(const AuditRecord &a);

private:
    Result<void> mayRead();

    ServiceContext &m_ctx;
    AuditStore m_store;
};
