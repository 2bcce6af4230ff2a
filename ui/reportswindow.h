#pragma once

#include "reportservice.h"

#include <QDialog>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>

class QChartView;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class MessageBanner;

// Everything a report run computes, on a worker thread with a connection of its own.
struct ReportBundle
{
    ReportService::Sales sales;
    ReportService::Points points;
    ReportService::Members members;
    ReportService::Feedback feedback;
    QVector<ReportService::ListMember> birthdays, expiring, winBack, top, belowZero;
    ReportService::Segments segments;
    QVector<ReportService::Cohort> cohorts;
};

// Manage → Reports (a manager's): a period and a till, then sales, points, members and feedback with
// their charts, and the action lists with a mailing export that honours consent. The reports run on
// their own connection in a worker thread; the till keeps selling, and Cancel stops them.
class ReportsWindow : public QDialog
{
    Q_OBJECT
public:
    ReportsWindow(const ServiceContext &ctx, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    void run();
    void cancel();
    bool running() const { return m_worker != nullptr; }
    // The summary and its charts as a PDF; the summary figures as CSV.
    Result<void> exportPdf(const QString &path);
    Result<void> exportCsv(const QString &path);
    QString summaryHtml() const { return m_html; }

signals:
    void finishedRun(bool ok);

private:
    // The constructor's parts, in the order it calls them.
    QHBoxLayout *buildToolbar();
    QWidget *buildSummaryPage();
    QWidget *buildListsPage();
    QWidget *buildSegmentsPage();
    void connectKeys(QTabWidget *tabs);
    void display(const ReportBundle &b);
    void showSettling();
    void showList();
    void showSegments(const ReportBundle &b);
    void showCohorts(const ReportBundle &b);
    void drillDown(int segment);
    void exportList(ReportService::Channel channel);

    ServiceContext m_ctx;
    QDateEdit *m_from, *m_to;
    QComboBox *m_terminal, *m_grouping, *m_list;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_busy;
    MessageBanner *m_banner;
    QLabel *m_settling; // an expiry run under way: the points figures are partial
    QTextBrowser *m_summary;
    QChartView *m_salesChart, *m_feedbackChart;
    QTableWidget *m_table;
    QTableWidget *m_segments, *m_segmentMembers, *m_cohorts;
    QChartView *m_segmentChart;
    QString m_html;
    std::optional<ReportBundle> m_bundle;
    QPointer<QThread> m_worker;
    // The worker's SQLite connection while it runs, for Cancel; the mutex keeps Cancel from touching a
    // connection that is being closed.
    struct Running
    {
        std::mutex lock;
        const Database *db = nullptr;
        void set(const Database *d)
        {
            std::lock_guard<std::mutex> g(lock);
            db = d;
        }
    };
    std::shared_ptr<Running> m_running = std::make_shared<Running>();
};
