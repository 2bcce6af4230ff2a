#include "reportswindow.h"

#include "database.h"
#include "expiryservice.h"
#include "messagebanner.h"
#include "money.h"
#include "sqlexec.h"
#include "worker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
// A chart drawn at a fixed size for the PDF, whatever size (or tab) it has on screen.
QImage chartImage(QChartView *view)
{
    const QSizeF size(900, 420);
    QChart *chart = view->chart();
    const QSizeF onScreen = chart->size();
    chart->resize(size);
    QImage image(size.toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(chart->pos(), size));
    painter.end();
    chart->resize(onScreen);
    return image;
}

// One bar per label on a category axis, whole-number steps up the side; the chart replaces the
// view's old one (which the view lets go of first, then it can be deleted).
void setBars(QChartView *view, QChart *chart, QBarSet *set, const QStringList &labels)
{
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    y->applyNiceNumbers();
    chart->legend()->hide();
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QString percent(const std::optional<int> &bp)
{
    return bp ? QLocale().toString(*bp / 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

QString moneyText(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? Money(*minor, currency).format() : QStringLiteral("—");
}
} // namespace

ReportsWindow::ReportsWindow(const ServiceContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    resize(1280, 720);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildToolbar());
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_settling = new QLabel(this);
    m_settling->setObjectName(QStringLiteral("settlingBanner"));
    m_settling->setWordWrap(true);
    layout->addWidget(m_settling);
    showSettling();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildSummaryPage(), tr("Summary"));
    tabs->addTab(buildListsPage(), tr("Action lists"));
    tabs->addTab(buildSegmentsPage(), tr("Segments"));
    m_cohorts = new QTableWidget(0, 1, this);
    m_cohorts->setObjectName(QStringLiteral("cohortsTable"));
    m_cohorts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(m_cohorts, tr("Cohorts"));
    layout->addWidget(tabs, 1);

    connectKeys(tabs);
    m_summary->setHtml(tr("<p>Choose the period and press <b>Run</b> (F5).</p>"));
}

// The period, the till and the grouping, Run and Cancel, and the exports of the whole report.
QHBoxLayout *ReportsWindow::buildToolbar()
{
    auto *bar = new QHBoxLayout;
    // No window manager draws titles at the till: the window says what it is.
    bar->addWidget(new QLabel(tr("<b>Reports</b>"), this));
    const QDate today = m_ctx.clock.today();
    m_from = new QDateEdit(today.addDays(1 - today.day()), this);
    m_from->setObjectName(QStringLiteral("fromField"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toField"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    m_terminal = new QComboBox(this);
    m_terminal->setObjectName(QStringLiteral("terminalField"));
    m_terminal->addItem(tr("All tills"), QString());
    if (auto q
        = Sql::exec(m_ctx.db, QStringLiteral("SELECT uuid, name FROM terminals ORDER BY is_local DESC, name"),
                    {}, tr("The tills cannot be read."))) {
        while (q.value().next())
            m_terminal->addItem(q->value(1).toString(), q->value(0).toString());
    }
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingField"));
    m_grouping->addItem(tr("By day"), int(ReportService::Grouping::Day));
    m_grouping->addItem(tr("By week"), int(ReportService::Grouping::Week));
    m_grouping->addItem(tr("By month"), int(ReportService::Grouping::Month));
    m_run = new QPushButton(tr("Run (F5)"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // no end known: a moving bar while the reports run
    m_busy->setMaximumWidth(140);
    m_busy->hide();
    auto *pdf = new QPushButton(tr("&PDF…"), this);
    auto *csv = new QPushButton(tr("&CSV…"), this);
    for (QWidget *w : std::initializer_list<QWidget *> {fromLabel, m_from, toLabel, m_to, m_terminal,
                                                        m_grouping, m_run, m_cancel, m_busy})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(pdf);
    bar->addWidget(csv);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), QString(),
                                                          tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto r = exportPdf(path); !r)
            m_banner->show(MessageBanner::Kind::Error, r.error().message);
        else
            m_banner->show(MessageBanner::Kind::Positive, tr("Saved to %1.").arg(path));
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as CSV"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto r = exportCsv(path); !r)
            m_banner->show(MessageBanner::Kind::Error, r.error().message);
        else
            m_banner->show(MessageBanner::Kind::Positive, tr("Saved to %1.").arg(path));
    });
    return bar;
}

QWidget *ReportsWindow::buildSummaryPage()
{
    auto *summaryPage = new QSplitter(Qt::Horizontal, this);
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("summaryView"));
    summaryPage->addWidget(m_summary);
    auto *charts = new QSplitter(Qt::Vertical, this);
    m_salesChart = new QChartView(this);
    m_salesChart->setObjectName(QStringLiteral("salesChart"));
    m_feedbackChart = new QChartView(this);
    m_feedbackChart->setObjectName(QStringLiteral("feedbackChart"));
    for (QChartView *v : {m_salesChart, m_feedbackChart}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(220);
        charts->addWidget(v);
    }
    summaryPage->addWidget(charts);
    summaryPage->setSizes({520, 740});
    return summaryPage;
}

QWidget *ReportsWindow::buildListsPage()
{
    auto *lists = new QWidget(this);
    auto *ll = new QVBoxLayout(lists);
    auto *lbar = new QHBoxLayout;
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("listField"));
    m_list->addItems({tr("Birthdays in the next 14 days"), tr("Points expiring in the next 30 days"),
                      tr("Not seen for 60 days (win-back)"), tr("Top members"), tr("Balances below zero")});
    auto *sms = new QPushButton(tr("Export for &SMS…"), this);
    auto *mail = new QPushButton(tr("Export for &e-mail…"), this);
    lbar->addWidget(m_list, 1);
    lbar->addWidget(sms);
    lbar->addWidget(mail);
    ll->addLayout(lbar);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("listTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Why"), tr("Points"), tr("Spent"), tr("Contact allowed")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    ll->addWidget(m_table, 1);
    connect(sms, &QPushButton::clicked, this, [this] { exportList(ReportService::Channel::Sms); });
    connect(mail, &QPushButton::clicked, this, [this] { exportList(ReportService::Channel::Email); });
    return lists;
}

QWidget *ReportsWindow::buildSegmentsPage()
{
    auto *segmentsPage = new QSplitter(Qt::Horizontal, this);
    auto *segLeft = new QSplitter(Qt::Vertical, this);
    m_segments = new QTableWidget(0, 3, this);
    m_segments->setObjectName(QStringLiteral("segmentsTable"));
    m_segments->setHorizontalHeaderLabels({tr("Segment"), tr("Members"), tr("Share")});
    m_segments->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_segments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_segments->verticalHeader()->hide();
    m_segmentChart = new QChartView(this);
    m_segmentChart->setObjectName(QStringLiteral("segmentChart"));
    m_segmentChart->setRenderHint(QPainter::Antialiasing);
    segLeft->addWidget(m_segments);
    segLeft->addWidget(m_segmentChart);
    m_segmentMembers = new QTableWidget(0, 4, this);
    m_segmentMembers->setObjectName(QStringLiteral("segmentMembersTable"));
    m_segmentMembers->setHorizontalHeaderLabels({tr("Name"), tr("Points"), tr("Spent"), tr("Last visit")});
    m_segmentMembers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_segmentMembers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segmentMembers->verticalHeader()->hide();
    segmentsPage->addWidget(segLeft);
    segmentsPage->addWidget(m_segmentMembers);
    connect(m_segments, &QTableWidget::currentCellChanged, this, [this](int row) { drillDown(row); });

    return segmentsPage;
}

// Run and Cancel, and the keys that work anywhere in the window.
void ReportsWindow::connectKeys(QTabWidget *tabs)
{
    connect(m_run, &QPushButton::clicked, this, &ReportsWindow::run);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsWindow::cancel);
    // Ctrl+Tab moves between the tabs from anywhere in the window, also from the date fields.
    auto *nextTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    connect(nextTab, &QShortcut::activated, tabs,
            [tabs] { tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count()); });
    auto *previousTab = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this);
    connect(previousTab, &QShortcut::activated, tabs,
            [tabs] { tabs->setCurrentIndex((tabs->currentIndex() + tabs->count() - 1) % tabs->count()); });
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, &ReportsWindow::run);
    connect(m_list, &QComboBox::currentIndexChanged, this, &ReportsWindow::showList);
}

ReportsWindow::~ReportsWindow()
{
    cancel();
    if (m_worker)
        m_worker->wait();
}

void ReportsWindow::run()
{
    if (m_worker)
        return;
    const ReportService::Period period {m_from->date(), m_to->date(), m_terminal->currentData().toString()};
    if (auto c = ReportService::check(period); !c) {
        m_banner->show(MessageBanner::Kind::Error, c.error().message);
        return;
    }
    const auto grouping = ReportService::Grouping(m_grouping->currentData().toInt());
    m_banner->clear();
    m_busy->show();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    const QString path = m_ctx.db.path();
    Clock *clock = &m_ctx.clock;
    const TerminalRecord terminal = m_ctx.terminal;
    const Actor actor = m_ctx.actor;
    auto running = m_running;
    auto work = [=]() -> Result<ReportBundle> {
        auto db = Database::open(path, Database::Mode::ExistingOnly);
        if (!db)
            return db.error();
        running->set(db.value().get());
        // Cleared before the connection closes, whichever way the run ends.
        const auto clear = qScopeGuard([running] { running->set(nullptr); });
        ServiceContext ctx(*db.value(), *clock, terminal, actor);
        ReportService reports(ctx);
        ReportBundle b;
        auto s = reports.sales(period, grouping);
        if (!s)
            return s.error();
        b.sales = s.value();
        auto pts = reports.points(period);
        if (!pts)
            return pts.error();
        b.points = pts.value();
        auto m = reports.members(period);
        if (!m)
            return m.error();
        b.members = m.value();
        auto f = reports.feedback(period);
        if (!f)
            return f.error();
        b.feedback = f.value();
        auto lists = {std::make_pair(&b.birthdays, reports.birthdays(14)),
                      std::make_pair(&b.expiring, reports.expiringPoints(30)),
                      std::make_pair(&b.winBack, reports.notSeenFor(60)),
                      std::make_pair(&b.top, reports.topMembers(50)),
                      std::make_pair(&b.belowZero, reports.belowZero(500))};
        for (const auto &[target, list] : lists) {
            if (!list)
                return list.error();
            *target = list.value();
        }
        auto seg = reports.segments();
        if (!seg)
            return seg.error();
        b.segments = seg.value();
        auto coh = reports.cohorts(12);
        if (!coh)
            return coh.error();
        b.cohorts = coh.value();
        return b;
    };
    auto done = [this](const Result<ReportBundle> &result) {
        m_worker = nullptr;
        m_busy->hide();
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        if (!result) {
            const bool cancelled = result.error().kind == Error::Cancelled;
            m_banner->show(cancelled ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                           cancelled ? tr("The reports were cancelled.") : result.error().message);
            emit finishedRun(false);
            return;
        }
        showSettling();
        display(result.value());
        emit finishedRun(true);
    };
    m_worker = runInWorker(this, std::move(work), std::move(done), QThread::LowPriority);
}

void ReportsWindow::cancel()
{
    // The running query stops and fails with Error::Cancelled.
    std::lock_guard<std::mutex> g(m_running->lock);
    if (m_running->db)
        m_running->db->interrupt();
}

// The background round settles expired points in steps: until it ends, the points figures are those
// of its last committed step, and the window says so.
void ReportsWindow::showSettling()
{
    auto pending = ExpiryRun::pending(m_ctx.db);
    if (!pending || !pending->has_value()) {
        m_settling->hide();
        return;
    }
    const ExpiryProgress &p = pending->value();
    const QLocale locale;
    const QDateTime at = p.asOf.toLocalTime();
    const QString when = at.date() == m_ctx.clock.nowUtc().toLocalTime().date()
        ? locale.toString(at.time(), QLocale::ShortFormat)
        : locale.toString(at, QLocale::ShortFormat);
    m_settling->setText(tr("Expired points are still being settled (%1 %): points figures are as of %2.")
                            .arg(locale.toString(p.percent()), when));
    m_settling->show();
}

void ReportsWindow::display(const ReportBundle &b)
{
    m_bundle = b;
    const QString cur = m_ctx.terminal.currency;
    const QLocale l;
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString h = QStringLiteral("<h3>%1</h3>")
                    .arg(tr("%1 – %2").arg(l.toString(m_from->date(), QLocale::ShortFormat),
                                           l.toString(m_to->date(), QLocale::ShortFormat)));
    h += QStringLiteral("<h4>%1</h4><table width='100%'>").arg(tr("Sales"));
    h += row(tr("Revenue"), Money(b.sales.revenueMinor, cur).format());
    h += row(tr("Sales"), l.toString(b.sales.sales)) + row(tr("Refunds"), l.toString(b.sales.refunds));
    h += row(tr("Average check"), moneyText(b.sales.averageCheckMinor, cur));
    h += row(tr("Members' share of revenue"), percent(b.sales.memberShareBasisPoints));
    h += row(tr("Discounts given"), Money(b.sales.discountMinor, cur).format());
    h += QStringLiteral("</table><h4>%1</h4><table width='100%'>").arg(tr("Points"));
    h += row(tr("Issued"), l.toString(b.points.issued)) + row(tr("Redeemed"), l.toString(b.points.redeemed));
    h += row(tr("Expired"), l.toString(b.points.expired))
        + row(tr("Adjusted"), l.toString(b.points.adjusted));
    h += row(tr("Outstanding now"), l.toString(b.points.outstanding));
    // Flagged, never hidden: refunds of points already spent (docs/pricing.md, "Refunds").
    if (b.points.overdrawnRefunds > 0)
        h += row(tr("Refunds that left a balance below zero"),
                 tr("%1 (%2 pts)")
                     .arg(l.toString(b.points.overdrawnRefunds), l.toString(b.points.overdrawnPoints)));
    h += row(tr("Liability"),
             b.points.valued ? Money(b.points.liabilityMinor, cur).format()
                             : tr("— (paying with points is off)"));
    h += QStringLiteral("</table><h4>%1</h4><table width='100%'>").arg(tr("Members"));
    h += row(tr("New"), l.toString(b.members.newMembers)) + row(tr("Active"), l.toString(b.members.active));
    h += row(tr("Repeat purchase rate"), percent(b.members.repeatRateBasisPoints));
    h += row(tr("Average visits"),
             b.members.averageVisitsHundredths
                 ? l.toString(*b.members.averageVisitsHundredths / 100.0, 'f', 2)
                 : QStringLiteral("—"));
    h += row(tr("Retention (CRR)"), percent(b.members.retentionBasisPoints));
    h += row(tr("Churn"), percent(b.members.churnBasisPoints));
    h += row(tr("Lifetime value (CLV)"), moneyText(b.members.lifetimeValueMinor, cur));
    h += QStringLiteral("</table><h4>%1</h4><table width='100%'>").arg(tr("Feedback"));
    h += row(tr("NPS"), b.feedback.nps ? l.toString(*b.feedback.nps) : QStringLiteral("—"));
    h += row(tr("NPS answers"), l.toString(b.feedback.npsAnswers));
    h += row(tr("CSAT"), percent(b.feedback.csatBasisPoints));
    h += row(tr("CSAT answers"), l.toString(b.feedback.csatAnswers));
    h += QStringLiteral("</table>");
    if (b.sales.sales == 0 && b.sales.refunds == 0)
        h += QStringLiteral("<p><i>%1</i></p>").arg(tr("No sales in this period.").toHtmlEscaped());
    m_html = h;
    m_summary->setHtml(h);

    // Sales by day (or week, month) as bars; a long period shows every nth label.
    auto *chart = new QChart;
    chart->setTitle(tr("Revenue (%1)").arg(cur));
    auto *set = new QBarSet(tr("Revenue"));
    QStringList labels;
    for (const ReportService::SalesBucket &s : b.sales.series) {
        *set << double(s.revenueMinor) / double(Money::unitMinor(cur)); // a chart's scale, not money kept
        labels << l.toString(s.start, QStringLiteral("d MMM"));
    }
    setBars(m_salesChart, chart, set, labels);

    auto *fchart = new QChart;
    fchart->setTitle(tr("NPS and CSAT by month"));
    auto *npsLine = new QLineSeries;
    npsLine->setName(tr("NPS"));
    auto *csatLine = new QLineSeries;
    csatLine->setName(tr("CSAT %"));
    QStringList months;
    for (int i = 0; i < b.feedback.trend.size(); ++i) {
        const auto &m = b.feedback.trend.at(i);
        months << l.toString(m.month, QStringLiteral("MMM yy"));
        if (m.nps)
            npsLine->append(i, *m.nps);
        if (m.csatBasisPoints)
            csatLine->append(i, *m.csatBasisPoints / 100.0);
    }
    fchart->addSeries(npsLine);
    fchart->addSeries(csatLine);
    auto *fx = new QBarCategoryAxis;
    fx->append(months.isEmpty() ? QStringList {tr("no answers")} : months);
    auto *fy = new QValueAxis;
    fy->setRange(-100, 100);
    // Whole numbers: the axis formats with printf, which knows no locale ("50.0" on a Russian screen).
    fy->setLabelFormat(QStringLiteral("%.0f"));
    fchart->addAxis(fx, Qt::AlignBottom);
    fchart->addAxis(fy, Qt::AlignLeft);
    for (QLineSeries *s : {npsLine, csatLine}) {
        s->attachAxis(fx);
        s->attachAxis(fy);
        s->setPointsVisible(true);
    }
    QChart *oldFeedback = m_feedbackChart->chart();
    m_feedbackChart->setChart(fchart);
    delete oldFeedback;
    showList();
    showSegments(b);
    showCohorts(b);
}

void ReportsWindow::showSegments(const ReportBundle &b)
{
    const QLocale l;
    m_segments->setRowCount(0);
    auto *set = new QBarSet(tr("Members"));
    QStringList names;
    for (int i = 0; i < 5; ++i) {
        const auto s = ReportService::Segment(i);
        const qint64 n = b.segments.counts[i];
        m_segments->insertRow(i);
        const QStringList cells {ReportService::segmentName(s), l.toString(n),
                                 b.segments.total > 0
                                     ? l.toString(100.0 * double(n) / double(b.segments.total), 'f', 1)
                                         + QStringLiteral(" %")
                                     : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c)
            m_segments->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        *set << double(n);
        names << ReportService::segmentName(s);
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Members by segment"));
    setBars(m_segmentChart, chart, set, names);
    m_segmentMembers->setRowCount(0);
}

void ReportsWindow::drillDown(int segment)
{
    m_segmentMembers->setRowCount(0);
    if (segment < 0 || segment > 4)
        return;
    // A short read on the window's connection: at most 500 members, by an index-free but bounded scan.
    auto list = ReportService(m_ctx).segmentMembers(ReportService::Segment(segment), 500);
    if (!list) {
        m_banner->show(MessageBanner::Kind::Error, list.error().message);
        return;
    }
    const QLocale l;
    for (const ReportService::ListMember &m : list.value()) {
        const int r = m_segmentMembers->rowCount();
        m_segmentMembers->insertRow(r);
        const QStringList cells {
            m.name, l.toString(m.pointsBalance), Money(m.spentMinor, m_ctx.terminal.currency).format(),
            m.lastVisit.isValid() ? l.toString(m.lastVisit.toLocalTime().date(), QLocale::ShortFormat)
                                  : tr("never")};
        for (int c = 0; c < cells.size(); ++c)
            m_segmentMembers->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

void ReportsWindow::showCohorts(const ReportBundle &b)
{
    // Rows: the month members joined; columns: months since; cells: the share of the cohort that
    // bought, the greener the more (a heat-map).
    int width = 1;
    for (const ReportService::Cohort &c : b.cohorts)
        width = qMax(width, int(c.active.size()));
    m_cohorts->clear();
    m_cohorts->setColumnCount(width + 1);
    m_cohorts->setRowCount(int(b.cohorts.size()));
    QStringList headers {tr("Joined (members)")};
    for (int k = 0; k < width; ++k)
        headers << (k == 0 ? tr("Month 0") : tr("+%1").arg(k));
    m_cohorts->setHorizontalHeaderLabels(headers);
    const QLocale l;
    for (int r = 0; r < b.cohorts.size(); ++r) {
        const ReportService::Cohort &c = b.cohorts.at(r);
        m_cohorts->setItem(r, 0,
                           new QTableWidgetItem(tr("%1 (%2)").arg(
                               l.toString(c.month, QStringLiteral("MMM yyyy")), l.toString(c.size))));
        for (int k = 0; k < c.active.size(); ++k) {
            const double share = c.size > 0 ? double(c.active.at(k)) / double(c.size) : 0.0;
            auto *item = new QTableWidgetItem(
                c.size > 0 ? l.toString(100.0 * share, 'f', 0) + QStringLiteral(" %") : QStringLiteral("—"));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(QColor::fromHsvF(0.33, qBound(0.0, share, 1.0) * 0.8, 0.95));
            m_cohorts->setItem(r, k + 1, item);
        }
    }
    m_cohorts->resizeColumnsToContents();
}

void ReportsWindow::showList()
{
    m_table->setRowCount(0);
    if (!m_bundle)
        return;
    const QVector<ReportService::ListMember> *lists[] = {
        &m_bundle->birthdays, &m_bundle->expiring, &m_bundle->winBack, &m_bundle->top, &m_bundle->belowZero};
    const auto &list = *lists[qBound(0, m_list->currentIndex(), 4)];
    const QLocale l;
    for (const ReportService::ListMember &m : list) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        QStringList channels;
        if (m.smsConsent && !m.phone.isEmpty())
            channels << tr("SMS");
        if (m.emailConsent && !m.email.isEmpty())
            channels << tr("e-mail");
        const QStringList cells {m.name, m.detail, l.toString(m.pointsBalance),
                                 Money(m.spentMinor, m_ctx.terminal.currency).format(),
                                 channels.isEmpty() ? tr("none") : channels.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

void ReportsWindow::exportList(ReportService::Channel channel)
{
    if (!m_bundle) {
        m_banner->show(MessageBanner::Kind::Information, tr("Run the reports first (F5)."));
        return;
    }
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the list as CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QVector<ReportService::ListMember> *lists[] = {
        &m_bundle->birthdays, &m_bundle->expiring, &m_bundle->winBack, &m_bundle->top, &m_bundle->belowZero};
    auto r = ReportService::exportCsv(*lists[qBound(0, m_list->currentIndex(), 4)], channel, path);
    if (!r)
        m_banner->show(MessageBanner::Kind::Error, r.error().message);
    else
        m_banner->show(
            MessageBanner::Kind::Positive,
            tr("%1 members who allow it were written to %2.").arg(QLocale().toString(r.value()), path));
}

Result<void> ReportsWindow::exportPdf(const QString &path)
{
    if (!m_bundle)
        return makeError(Error::Invalid, tr("Run the reports first (F5)."));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    // The charts go in as pictures of what is on screen.
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://sales")),
                    chartImage(m_salesChart));
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://feedback")),
                    chartImage(m_feedbackChart));
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://segments")),
                    chartImage(m_segmentChart));
    // The segments and the cohorts as tables, after the summary and its charts.
    const QLocale l;
    QString extra
        = QStringLiteral("<h4>%1</h4><table border='1' cellspacing='0' cellpadding='3'>").arg(tr("Segments"));
    for (int i = 0; i < 5; ++i)
        extra += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                     .arg(ReportService::segmentName(ReportService::Segment(i)).toHtmlEscaped(),
                          l.toString(m_bundle->segments.counts[i]));
    extra += QStringLiteral("</table><p><img src='chart://segments' width='500'/></p><h4>%1</h4>"
                            "<table border='1' cellspacing='0' cellpadding='3'>")
                 .arg(tr("Cohorts: share of each month's new members who bought, by months since joining"));
    for (int r = 0; r < m_cohorts->rowCount(); ++r) {
        extra += QStringLiteral("<tr>");
        for (int c = 0; c < m_cohorts->columnCount(); ++c) {
            const QTableWidgetItem *item = m_cohorts->item(r, c);
            extra += QStringLiteral("<td>%1</td>").arg(item ? item->text().toHtmlEscaped() : QString());
        }
        extra += QStringLiteral("</tr>");
    }
    extra += QStringLiteral("</table>");
    doc.setHtml(
        QStringLiteral("<h2>%1</h2>").arg(tr("%1: reports").arg(m_ctx.terminal.storeName).toHtmlEscaped())
        + m_html
        + QStringLiteral("<p><img src='chart://sales' width='600'/></p><p><img src='chart://feedback' "
                         "width='600'/></p>")
        + extra);
    doc.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        return makeError(Error::Storage, tr("%1 cannot be written.").arg(path));
    return {};
}

Result<void> ReportsWindow::exportCsv(const QString &path)
{
    if (!m_bundle)
        return makeError(Error::Invalid, tr("Run the reports first (F5)."));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Storage, tr("%1 cannot be written: %2").arg(path, f.errorString()));
    const ReportBundle &b = *m_bundle;
    const QString cur = m_ctx.terminal.currency;
    auto money = [&](qint64 m) { return Money(m, cur).toPlainString(); };
    auto opt = [](const auto &o) { return o ? QString::number(*o) : QString(); };
    QStringList lines {QStringLiteral("metric,value")};
    const QList<QPair<QString, QString>> rows {
        {QStringLiteral("from"), m_from->date().toString(Qt::ISODate)},
        {QStringLiteral("to"), m_to->date().toString(Qt::ISODate)},
        {QStringLiteral("revenue"), money(b.sales.revenueMinor)},
        {QStringLiteral("sales"), QString::number(b.sales.sales)},
        {QStringLiteral("refunds"), QString::number(b.sales.refunds)},
        {QStringLiteral("average_check"),
         b.sales.averageCheckMinor ? money(*b.sales.averageCheckMinor) : QString()},
        {QStringLiteral("member_share_bp"), opt(b.sales.memberShareBasisPoints)},
        {QStringLiteral("points_issued"), QString::number(b.points.issued)},
        {QStringLiteral("points_redeemed"), QString::number(b.points.redeemed)},
        {QStringLiteral("points_expired"), QString::number(b.points.expired)},
        {QStringLiteral("points_outstanding"), QString::number(b.points.outstanding)},
        {QStringLiteral("liability"), b.points.valued ? money(b.points.liabilityMinor) : QString()},
        {QStringLiteral("new_members"), QString::number(b.members.newMembers)},
        {QStringLiteral("active_members"), QString::number(b.members.active)},
        {QStringLiteral("repeat_rate_bp"), opt(b.members.repeatRateBasisPoints)},
        {QStringLiteral("retention_bp"), opt(b.members.retentionBasisPoints)},
        {QStringLiteral("churn_bp"), opt(b.members.churnBasisPoints)},
        {QStringLiteral("clv"),
         b.members.lifetimeValueMinor ? money(*b.members.lifetimeValueMinor) : QString()},
        {QStringLiteral("nps"), opt(b.feedback.nps)},
        {QStringLiteral("csat_bp"), opt(b.feedback.csatBasisPoints)},
    };
    for (const auto &[k, v] : rows)
        lines << k + QLatin1Char(',') + v;
    for (const ReportService::SalesBucket &s : b.sales.series)
        lines << QStringLiteral("revenue_%1,%2").arg(s.start.toString(Qt::ISODate), money(s.revenueMinor));
    const char *segmentKeys[] = {"new", "champions", "active", "at_risk", "lost"};
    for (int i = 0; i < 5; ++i)
        lines << QStringLiteral("segment_%1,%2").arg(QLatin1String(segmentKeys[i])).arg(b.segments.counts[i]);
    for (const ReportService::Cohort &c : b.cohorts) {
        QStringList active;
        for (qint64 n : c.active)
            active << QString::number(n);
        lines << QStringLiteral("cohort_%1,%2 of %3")
                     .arg(c.month.toString(QStringLiteral("yyyy-MM")), active.join(QLatin1Char(' ')))
                     .arg(c.size);
    }
    f.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    if (!f.commit())
        return makeError(Error::Storage, tr("%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}
