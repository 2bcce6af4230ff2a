#include "applier.h"

namespace syncimpl {

Result<void> Applier::start()
{
    auto q = run(QStringLiteral("SELECT (SELECT COALESCE(max(id), 0) FROM points_ledger), "
                                "(SELECT COALESCE(max(id), 0) FROM purchases), "
                                "(SELECT COALESCE(max(id), 0) FROM purchase_lines), "
                                "(SELECT COALESCE(max(id), 0) FROM members), "
                                "(SELECT COALESCE(max(id), 0) FROM points_allocations)"),
                 {});
    if (!q)
        return m_error;
    if (q->next())
        m_marks = Marks {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                         q->value(3).toLongLong(), q->value(4).toLongLong()};
    q->finish();
    return setTriggersAside();
}

} // namespace syncimpl
