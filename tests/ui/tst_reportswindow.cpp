// The reports window renders every report, on its worker thread, and exports them.
#include "checkoutservice.h"
#include "dialogs.h"
#include "expiryservice.h"
#include "feedbackservice.h"
#include "messagebanner.h"
#include "reportswindow.h"
#include "testdb.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

class TestReportsWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rendersEveryReport();
    void emptyRangeAndBadRange();
    void cancelLeavesTheWindowUsable();
    void saysWhilePointsAreSettling();

private:
    std::unique_ptr<TestDb> m_t;
};

void TestReportsWindow::init()
{
    m_t = std::make_unique<TestDb>(QStringLiteral("EUR"), QDateTime(QDate(2026, 3, 2), QTime(12, 0)));
    QVERIFY(m_t->ok());
    const qint64 anna = m_t->addMember(QStringLiteral("Anna Petrova"), QStringLiteral("2000000000015"),
                                       QStringLiteral("+7 912 345-67-89"));
    QVERIFY(m_t->db().execScript(QStringLiteral("UPDATE members SET consent_sms_at = created_at")).ok());
    for (int day = 0; day < 5; ++day) {
        m_t->clock().set(QDateTime(QDate(2026, 3, 2 + day), QTime(12, 0)));
        SaleRequest r;
        r.cart.currency = QStringLiteral("EUR");
        r.cart.lines = {{QStringLiteral("Goods"), 1000 + 100 * day, 1}};
        r.memberId = day % 2 ? anna : 0;
        auto done = CheckoutService(m_t->context()).complete(r);
        QVERIFY(done.ok());
        if (r.memberId)
            QVERIFY(FeedbackService(m_t->context()).record(done->purchase.id, 4 + day % 2).ok());
    }
}

void TestReportsWindow::cleanup()
{
    m_t.reset();
}

void TestReportsWindow::rendersEveryReport()
{
    ReportsWindow w(m_t->context());
    w.findChild<QDateEdit *>(QStringLiteral("fromField"))->setDate(QDate(2026, 3, 1));
    w.findChild<QDateEdit *>(QStringLiteral("toField"))->setDate(QDate(2026, 3, 31));
    w.show();
    TestUi::activate(&w);
    QSignalSpy done(&w, &ReportsWindow::finishedRun);
    QTest::keyClick(&w, Qt::Key_F5);
    QVERIFY(w.running() || done.count() == 1);
    QVERIFY(done.wait(10000) || done.count() == 1);
    QCOMPARE(done.first().first().toBool(), true);
    // 10.00 + 11.00 + 12.00 + 13.00 + 14.00 = 60.00 in 5 sales; Anna's 11.00 and 13.00 are 40%.
    const QString html = w.summaryHtml();
    // Both of her answers were 5: CSAT 100%.
    for (const char *expected : {"60.00", "12.00", "40.0", "Retention", "CSAT", "100.0"})
        QVERIFY2(html.contains(QLatin1String(expected)),
                 qPrintable(expected + QStringLiteral(" not in ") + html));
    QVERIFY(w.findChild<QChartView *>(QStringLiteral("salesChart"))->chart()->series().size() == 1);
    QVERIFY(w.findChild<QChartView *>(QStringLiteral("feedbackChart"))->chart()->series().size() == 2);
    auto *list = w.findChild<QComboBox *>(QStringLiteral("listField"));
    list->setCurrentIndex(3); // top members
    QCOMPARE(w.findChild<QTableWidget *>(QStringLiteral("listTable"))->rowCount(), 1);
    // Ctrl+Tab from the date field reaches the next tab.
    auto *tabs = w.findChild<QTabWidget *>();
    w.findChild<QDateEdit *>(QStringLiteral("fromField"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    // Segments: Anna bought in the last 30 days and joined today: new; the table drills down.
    auto *segments = w.findChild<QTableWidget *>(QStringLiteral("segmentsTable"));
    QCOMPARE(segments->rowCount(), 5);
    QCOMPARE(segments->item(0, 1)->text(), QStringLiteral("1"));
    segments->setCurrentCell(0, 0);
    QCOMPARE(w.findChild<QTableWidget *>(QStringLiteral("segmentMembersTable"))->rowCount(), 1);
    QVERIFY(w.findChild<QChartView *>(QStringLiteral("segmentChart"))->chart()->series().size() == 1);
    // Cohorts: March 2026, one member who bought that month: 100%.
    auto *cohorts = w.findChild<QTableWidget *>(QStringLiteral("cohortsTable"));
    QCOMPARE(cohorts->rowCount(), 1);
    QVERIFY2(cohorts->item(0, 1)->text().startsWith(QLatin1String("100")),
             qPrintable(cohorts->item(0, 1)->text()));
    QTemporaryDir dir;
    QVERIFY(w.exportPdf(dir.filePath(QStringLiteral("r.pdf"))).ok());
    QFile pdf(dir.filePath(QStringLiteral("r.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
    if (qEnvironmentVariableIsSet("LOYALTY_REPORT_PDF"))
        QFile::copy(dir.filePath(QStringLiteral("r.pdf")), qEnvironmentVariable("LOYALTY_REPORT_PDF"));
    QVERIFY(w.exportCsv(dir.filePath(QStringLiteral("r.csv"))).ok());
    QFile csv(dir.filePath(QStringLiteral("r.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(QLatin1String("revenue,60.00")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("sales,5")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("segment_new,1"))
                 && text.contains(QLatin1String("cohort_2026-03,1 of 1")),
             qPrintable(text));
}

void TestReportsWindow::emptyRangeAndBadRange()
{
    ReportsWindow w(m_t->context());
    w.show();
    // A range that ends before it starts: said, nothing run.
    w.findChild<QDateEdit *>(QStringLiteral("fromField"))->setDate(QDate(2026, 4, 1));
    w.findChild<QDateEdit *>(QStringLiteral("toField"))->setDate(QDate(2026, 3, 1));
    w.run();
    QVERIFY(!w.running());
    QVERIFY(w.findChild<MessageBanner *>()->text().contains(QLatin1String("ends before it starts")));
    // A month with no sales: dashes, never NaN.
    w.findChild<QDateEdit *>(QStringLiteral("fromField"))->setDate(QDate(2025, 1, 1));
    w.findChild<QDateEdit *>(QStringLiteral("toField"))->setDate(QDate(2025, 1, 31));
    QSignalSpy done(&w, &ReportsWindow::finishedRun);
    w.run();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toBool(), true);
    const QString html = w.summaryHtml();
    QVERIFY2(html.contains(QString::fromUtf8("—"))
                 && !html.contains(QLatin1String("nan"), Qt::CaseInsensitive)
                 && html.contains(QLatin1String("No sales in this period")),
             qPrintable(html));
}

void TestReportsWindow::cancelLeavesTheWindowUsable()
{
    ReportsWindow w(m_t->context());
    w.show();
    QSignalSpy done(&w, &ReportsWindow::finishedRun);
    // Cancel at once, and again while nothing runs: the run ends either way, and the next one works.
    w.run();
    w.cancel();
    QVERIFY(done.wait(10000) || done.count() == 1);
    w.cancel();
    done.clear();
    w.run();
    QVERIFY(done.wait(10000) || done.count() == 1);
    QCOMPARE(done.last().first().toBool(), true);
}

void TestReportsWindow::saysWhilePointsAreSettling()
{
    for (int i = 0; i < 40; ++i) {
        const qint64 m = m_t->addMember(QStringLiteral("Member %1").arg(i),
                                        QStringLiteral("30000%1").arg(i, 7, 10, QLatin1Char('0')));
        for (int k = 0; k < 5; ++k)
            QVERIFY(m_t->sell(m, 800 + k).purchase.id != 0);
    }
    // A year and more later every lot is past its expiry day; a run settles a few members and stops,
    // as the till's background round does between two steps.
    m_t->clock().set(QDateTime(QDate(2027, 6, 1), QTime(14, 2), Qt::LocalTime));
    {
        ExpiryRun run(m_t->context(), false, 1);
        run.setSmallRun(0);
        QVERIFY(run.start().ok());
        QCOMPARE(run.step().value(), false);
    }
    auto pending = ExpiryRun::pending(m_t->db());
    QVERIFY(pending.ok() && pending->has_value());
    const QString percent = QLocale().toString(pending->value().percent());
    const QString at = QLocale().toString(QTime(14, 2), QLocale::ShortFormat);
    ReportsWindow w(m_t->context());
    w.show();
    auto *banner = w.findChild<QLabel *>(QStringLiteral("settlingBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(percent + QStringLiteral(" %")) && banner->text().contains(at),
             qPrintable(banner->text()));
    // The reports answer meanwhile, and the banner stays with their figures.
    QSignalSpy done(&w, &ReportsWindow::finishedRun);
    w.run();
    QVERIFY(done.wait(10000) || done.count() == 1);
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(banner->isVisible());
    // Settled to the end: the next refresh of the figures drops it.
    QVERIFY(ExpiryService(m_t->context()).run().ok());
    QVERIFY(!ExpiryRun::pending(m_t->db())->has_value());
    w.run();
    QVERIFY(done.wait(10000) || done.count() == 2);
    QVERIFY(!banner->isVisible());
    // A window opened on a file with no run under way shows none.
    ReportsWindow quiet(m_t->context());
    quiet.show();
    QVERIFY(!quiet.findChild<QLabel *>(QStringLiteral("settlingBanner"))->isVisible());
}

QTEST_MAIN(TestReportsWindow)
#include "tst_reportswindow.moc"
