#include "programdialog.h"

#include "look.h"

#include "money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// Reads what a manager types into the fields; every problem is collected with where it is.
class Reader
{
public:
    Reader(const QString &currency, QStringList *problems)
        : m_currency(currency)
        , m_problems(problems)
    {
    }
    qint64 whole(const QString &text, const QString &what, qint64 fallback = 0) const
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return fallback;
        bool ok = false;
        const qint64 n = QLocale().toLongLong(t, &ok);
        const qint64 c = ok ? n : t.toLongLong(&ok);
        if (!ok)
            *m_problems << QCoreApplication::translate("ProgramDialog", "%1: \"%2\" is not a whole number.")
                               .arg(what, t);
        return ok ? c : fallback;
    }
    qint64 money(const QString &text, const QString &what) const
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return 0;
        auto m = Money::parse(t, m_currency);
        if (!m) {
            *m_problems
                << QCoreApplication::translate("ProgramDialog", "%1: %2").arg(what, m.error().message);
            return 0;
        }
        return m->minor();
    }
    // "2.5" -> 250 basis points; at most two decimals, read exactly (never through a double).
    int percent(const QString &text, const QString &what) const
    {
        QString t = text.trimmed();
        t.replace(QLocale().decimalPoint(), QStringLiteral("."));
        t.remove(QLatin1Char('%'));
        if (t.isEmpty())
            return 0;
        static const QRegularExpression re(QStringLiteral("^(-?\\d{1,6})(?:\\.(\\d{1,2}))?$"));
        const auto m = re.match(t);
        if (!m.hasMatch()) {
            *m_problems << QCoreApplication::translate("ProgramDialog",
                                                       "%1: \"%2\" is not a percentage such as 5 or 2.5.")
                               .arg(what, text.trimmed());
            return 0;
        }
        const int whole = m.captured(1).toInt();
        const int frac
            = m.captured(2).isEmpty() ? 0 : m.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
        return whole * 100 + (whole < 0 ? -frac : frac);
    }
    QDate date(const QString &text, const QString &what) const
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return {};
        QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            d = QLocale().toDate(t, QLocale::ShortFormat);
        if (!d.isValid())
            *m_problems << QCoreApplication::translate("ProgramDialog",
                                                       "%1: \"%2\" is not a date (2026-12-31).")
                               .arg(what, t);
        return d;
    }
    QTime time(const QString &text, const QString &what) const
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return {};
        const QTime tm = QTime::fromString(t, QStringLiteral("H:mm"));
        if (!tm.isValid())
            *m_problems << QCoreApplication::translate("ProgramDialog", "%1: \"%2\" is not a time (15:00).")
                               .arg(what, t);
        return tm;
    }

private:
    QString m_currency;
    QStringList *m_problems;
};

QString percentText(int bp)
{
    return bp % 100 == 0 ? QLocale().toString(bp / 100) : QLocale().toString(bp / 100.0, 'f', 2);
}

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->hide();
    return t;
}

QString cell(const QTableWidget *t, int row, int col)
{
    const QTableWidgetItem *i = t->item(row, col);
    return i ? i->text() : QString();
}

void addRow(QTableWidget *t, const QStringList &values)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < values.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(values.at(c)));
}

// A table with Add and Remove under it; Add gives a row and puts the cursor in its first cell.
QWidget *withButtons(QTableWidget *t, const QString &name)
{
    auto *w = new QWidget;
    auto *l = new QVBoxLayout(w);
    l->addWidget(t, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(QCoreApplication::translate("ProgramDialog", "&Add"), w);
    add->setObjectName(name + QStringLiteral("Add"));
    auto *remove = new QPushButton(QCoreApplication::translate("ProgramDialog", "Re&move"), w);
    for (QPushButton *b : {add, remove})
        b->setAutoDefault(false);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    l->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, t, [t] {
        t->insertRow(t->rowCount());
        t->setCurrentCell(t->rowCount() - 1, 0);
        t->setFocus();
    });
    QObject::connect(remove, &QPushButton::clicked, t, [t] {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
    });
    return w;
}
} // namespace

ProgramDialog::ProgramDialog(const ServiceContext &ctx, qint64 approvedBy, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_approvedBy(approvedBy)
{
    setObjectName(QStringLiteral("programDialog"));
    setWindowTitle(tr("Loyalty program"));
    resize(920, 640);
    auto *layout = new QVBoxLayout(this);
    // No window manager draws titles at the till: the dialog says what it is.
    layout->addWidget(new QLabel(tr("<b>Loyalty program</b> — a change takes effect at the moment below and "
                                    "never changes a sale already made"),
                                 this));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(pointsTab(), tr("Points"));
    tabs->addTab(levelsTab(), tr("Club levels"));
    tabs->addTab(birthdayTab(), tr("Birthday"));
    m_cards = table(this, QStringLiteral("cardsTable"),
                    {tr("Code"), tr("Name"), tr("Product code"), tr("or category"), tr("Buy (then 1 free)")});
    tabs->addTab(withButtons(m_cards, QStringLiteral("cards")), tr("Stamp cards"));
    tabs->addTab(promotionsTab(), tr("Promotions"));
    tabs->addTab(redeemTab(), tr("Paying with points"));
    m_history = table(this, QStringLiteral("historyTable"), {tr("In force from"), tr("Saved"), tr("Note")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(m_history, tr("History"));
    layout->addWidget(tabs, 1);
    addFooter(layout);

    auto current = ProgramService(m_ctx.db).inForce(m_ctx.terminal, m_ctx.clock.nowUtc());
    if (current) {
        m_loaded = current->program;
    } else {
        m_loaded = ProgramService::defaults(m_ctx.terminal.currency);
        m_errors->setText(current.error().message);
        m_errors->show();
    }
    fill(m_loaded);
    showHistory();
    m_earnPoints->setFocus();
}

QLineEdit *ProgramDialog::line(const char *name)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(QLatin1String(name));
    e->setMaxLength(200);
    return e;
}

QWidget *ProgramDialog::pointsTab()
{
    auto *points = new QWidget;
    auto *pf = new QFormLayout(points);
    m_earnPoints = line("earnPointsField");
    m_earnPer = line("earnPerField");
    m_rounding = new QComboBox(this);
    m_rounding->setObjectName(QStringLiteral("roundingField"));
    m_rounding->addItem(tr("Down (9.99 earns 9)"), int(PointsRounding::Down));
    m_rounding->addItem(tr("To the nearest (9.50 earns 10)"), int(PointsRounding::Nearest));
    m_rounding->addItem(tr("Up (9.01 earns 10)"), int(PointsRounding::Up));
    m_expiry = line("expiryField");
    m_noEarnCategories = line("noEarnCategoriesField");
    m_noEarnCategories->setPlaceholderText(tr("categories, separated by commas"));
    m_noEarnProducts = line("noEarnProductsField");
    m_noEarnProducts->setPlaceholderText(tr("product codes, separated by commas"));
    m_welcome = line("welcomeField");
    m_referral = line("referralField");
    m_maxSale = line("maxSaleField");
    pf->addRow(tr("&Points given"), m_earnPoints);
    pf->addRow(tr("… for every &amount paid"), m_earnPer);
    pf->addRow(tr("&Rounding"), m_rounding);
    pf->addRow(tr("Points &expire after (months, 0 = never)"), m_expiry);
    pf->addRow(tr("&Categories that earn nothing"), m_noEarnCategories);
    pf->addRow(tr("Pro&ducts that earn nothing"), m_noEarnProducts);
    pf->addRow(tr("&Welcome bonus (points)"), m_welcome);
    pf->addRow(tr("Re&ferral bonus for both (points)"), m_referral);
    pf->addRow(tr("&Largest sale"), m_maxSale);
    m_feedback = new QComboBox(this);
    m_feedback->setObjectName(QStringLiteral("feedbackScaleField"));
    m_feedback->addItem(tr("Ask CSAT: how was it today (1–5)"), QStringLiteral("csat"));
    m_feedback->addItem(tr("Ask NPS: would they recommend us (0–10)"), QStringLiteral("nps"));
    m_feedback->addItem(tr("Do not ask"), QStringLiteral("off"));
    pf->addRow(tr("Feedback after a &member sale"), m_feedback);
    return points;
}

QWidget *ProgramDialog::levelsTab()
{
    auto *levels = new QWidget;
    auto *lf = new QFormLayout(levels);
    m_period = line("periodField");
    m_levels = table(this, QStringLiteral("levelsTable"),
                     {tr("Code"), tr("Name"), tr("Spend to reach"), tr("Points × %"), tr("Discount %")});
    lf->addRow(tr("Spend counted over (&months)"), m_period);
    lf->addRow(tr("&Levels"), withButtons(m_levels, QStringLiteral("levels")));
    return levels;
}

QWidget *ProgramDialog::birthdayTab()
{
    auto *birthday = new QWidget;
    auto *bf = new QFormLayout(birthday);
    m_birthdayOn = new QCheckBox(tr("&Birthday offer"), this);
    m_birthdayOn->setObjectName(QStringLiteral("birthdayOnField"));
    m_before = line("birthdayBeforeField");
    m_after = line("birthdayAfterField");
    m_birthdayKind = new QComboBox(this);
    m_birthdayKind->setObjectName(QStringLiteral("birthdayKindField"));
    m_birthdayKind->addItem(tr("Bonus points"), int(BirthdayOffer::Kind::BonusPoints));
    m_birthdayKind->addItem(tr("Percent off the sale"), int(BirthdayOffer::Kind::PercentDiscount));
    m_birthdayKind->addItem(tr("A free product"), int(BirthdayOffer::Kind::FreeProduct));
    m_bonus = line("birthdayBonusField");
    m_birthdayPercent = line("birthdayPercentField");
    m_freeProduct = line("birthdayProductField");
    bf->addRow(QString(), m_birthdayOn);
    bf->addRow(tr("Days &before the birthday"), m_before);
    bf->addRow(tr("Days &after"), m_after);
    bf->addRow(tr("&Offer"), m_birthdayKind);
    bf->addRow(tr("Bonus &points"), m_bonus);
    bf->addRow(tr("Percent o&ff"), m_birthdayPercent);
    bf->addRow(tr("Free product (&code)"), m_freeProduct);
    return birthday;
}

QWidget *ProgramDialog::promotionsTab()
{
    m_promotions = table(this, QStringLiteral("promotionsTable"),
                         {tr("Code"), tr("Name"), tr("Kind"), tr("From"), tr("To"), tr("Start"), tr("End"),
                          tr("Weekdays"), tr("Over"), tr("Discount %"), tr("Points × %"), tr("Priority")});
    m_promotions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *promoHelp
        = new QLabel(tr("Kind: discount or points. Dates 2026-12-31 and times 15:00 may stay empty "
                        "(always); weekdays 1 = Monday … 7, e.g. 6,7."),
                     this);
    promoHelp->setWordWrap(true);
    auto *promoPage = withButtons(m_promotions, QStringLiteral("promotions"));
    static_cast<QVBoxLayout *>(promoPage->layout())->insertWidget(0, promoHelp);
    return promoPage;
}

QWidget *ProgramDialog::redeemTab()
{
    auto *redeem = new QWidget;
    auto *rf = new QFormLayout(redeem);
    m_redeemOn = new QCheckBox(tr("Members may &pay with points"), this);
    m_redeemOn->setObjectName(QStringLiteral("redeemOnField"));
    m_pointValue = line("pointValueField");
    m_maxShare = line("maxShareField");
    m_minBalance = line("minBalanceField");
    m_earnOnPoints = new QCheckBox(tr("Points &earned on the part paid with points too"), this);
    rf->addRow(QString(), m_redeemOn);
    rf->addRow(tr("One point &pays"), m_pointValue);
    rf->addRow(tr("At most this &share of the check (%)"), m_maxShare);
    rf->addRow(tr("Only from a &balance of (points)"), m_minBalance);
    rf->addRow(QString(), m_earnOnPoints);
    return redeem;
}

// The errors, when the change takes effect, and Save / Cancel.
void ProgramDialog::addFooter(QVBoxLayout *layout)
{
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("programErrors"));
    m_errors->setWordWrap(true);
    Look::markError(m_errors, true);
    m_errors->hide();
    layout->addWidget(m_errors);
    auto *when = new QFormLayout;
    m_from = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_from->setObjectName(QStringLiteral("effectiveFromField"));
    m_from->setDateTime(m_ctx.clock.nowUtc().toLocalTime());
    m_from->setCalendarPopup(true);
    m_note = line("noteField");
    m_note->setPlaceholderText(tr("why, for the history (optional)"));
    when->addRow(tr("&Takes effect"), m_from);
    when->addRow(tr("&Note"), m_note);
    layout->addLayout(when);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveProgramButton"));
    save->setAutoDefault(false);
    // Enter belongs to the fields and the tables; Ctrl+Enter saves from anywhere in the dialog.
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &ProgramDialog::accept);
    }
    buttons->addButton(tr("Cancel (Esc)"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgramDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgramDialog::reject);
    layout->addWidget(buttons);
}

void ProgramDialog::fill(const PricingProgram &p)
{
    const QString cur = m_ctx.terminal.currency;
    auto money = [&](qint64 minor) { return Money(minor, cur).formatNumber(); };
    const QLocale l;
    m_earnPoints->setText(QString::number(p.base.earn.points));
    m_earnPer->setText(money(p.base.earn.perMinor));
    m_rounding->setCurrentIndex(m_rounding->findData(int(p.base.rounding)));
    m_expiry->setText(QString::number(p.base.expiryMonths));
    m_noEarnCategories->setText(p.base.noEarnCategories.join(QStringLiteral(", ")));
    m_noEarnProducts->setText(p.base.noEarnProducts.join(QStringLiteral(", ")));
    m_welcome->setText(QString::number(p.base.welcomeBonus));
    m_referral->setText(QString::number(p.base.referralBonus));
    m_maxSale->setText(money(p.base.maxSaleMinor));
    m_feedback->setCurrentIndex(qMax(0, m_feedback->findData(p.base.feedbackScale)));
    m_period->setText(QString::number(p.levels.periodMonths));
    m_levels->setRowCount(0);
    for (const Level &lv : p.levels.levels)
        addRow(m_levels,
               {lv.code, lv.name, money(lv.thresholdMinor), QString::number(lv.earnMultiplierPercent),
                percentText(lv.discountBasisPoints)});
    m_birthdayOn->setChecked(p.birthday.enabled);
    m_before->setText(QString::number(p.birthday.daysBefore));
    m_after->setText(QString::number(p.birthday.daysAfter));
    m_birthdayKind->setCurrentIndex(m_birthdayKind->findData(int(p.birthday.kind)));
    m_bonus->setText(QString::number(p.birthday.bonusPoints));
    m_birthdayPercent->setText(percentText(p.birthday.discountBasisPoints));
    m_freeProduct->setText(p.birthday.freeProductCode);
    m_cards->setRowCount(0);
    for (const StampCard &c : p.stampCards)
        addRow(m_cards, {c.code, c.name, c.productCode, c.category, QString::number(c.buy)});
    m_promotions->setRowCount(0);
    for (const Promotion &pr : p.promotions) {
        QStringList days;
        for (int d : pr.weekdays)
            days << QString::number(d);
        addRow(m_promotions,
               {pr.code, pr.name,
                pr.kind == Promotion::Kind::PointsMultiplier ? tr("points") : tr("discount"),
                pr.from.isValid() ? pr.from.toString(Qt::ISODate) : QString(),
                pr.to.isValid() ? pr.to.toString(Qt::ISODate) : QString(),
                pr.startTime.isValid() ? pr.startTime.toString(QStringLiteral("HH:mm")) : QString(),
                pr.endTime.isValid() ? pr.endTime.toString(QStringLiteral("HH:mm")) : QString(),
                days.join(QLatin1Char(',')), money(pr.thresholdMinor), percentText(pr.discountBasisPoints),
                QString::number(pr.pointsMultiplierPercent), QString::number(pr.priority)});
    }
    m_redeemOn->setChecked(p.redemption.enabled);
    m_pointValue->setText(money(p.redemption.minorPerPoint));
    m_maxShare->setText(percentText(p.redemption.maxShareBasisPoints));
    m_minBalance->setText(QString::number(p.redemption.minBalance));
    m_earnOnPoints->setChecked(p.redemption.earnOnPointsPart);
}

void ProgramDialog::showHistory()
{
    m_history->setRowCount(0);
    auto versions = ProgramService(m_ctx.db).history(m_ctx.terminal);
    if (!versions)
        return;
    const QLocale l;
    for (const ProgramVersion &v : versions.value())
        addRow(m_history,
               {l.toString(v.effectiveFrom.toLocalTime(), QLocale::ShortFormat),
                l.toString(v.createdAt.toLocalTime(), QLocale::ShortFormat), v.note});
}

Result<PricingProgram> ProgramDialog::program() const
{
    QStringList problems;
    const Reader r(m_ctx.terminal.currency, &problems);
    PricingProgram p = m_loaded;
    p.base.currency = m_ctx.terminal.currency;
    p.base.earn.points = r.whole(m_earnPoints->text(), tr("Points given"));
    p.base.earn.perMinor = r.money(m_earnPer->text(), tr("Amount paid"));
    p.base.rounding = PointsRounding(m_rounding->currentData().toInt());
    p.base.expiryMonths = int(r.whole(m_expiry->text(), tr("Expiry")));
    p.base.noEarnCategories = listOf(m_noEarnCategories->text());
    p.base.noEarnProducts = listOf(m_noEarnProducts->text());
    p.base.welcomeBonus = r.whole(m_welcome->text(), tr("Welcome bonus"));
    p.base.referralBonus = r.whole(m_referral->text(), tr("Referral bonus"));
    p.base.maxSaleMinor = r.money(m_maxSale->text(), tr("Largest sale"));
    p.base.feedbackScale = m_feedback->currentData().toString();
    p.levels.periodMonths = int(r.whole(m_period->text(), tr("Level period"), 12));
    p.levels.levels.clear();
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        const QString where = tr("Level %1").arg(row + 1);
        Level lv;
        lv.code = cell(m_levels, row, 0).trimmed();
        lv.name = cell(m_levels, row, 1).trimmed();
        lv.thresholdMinor = r.money(cell(m_levels, row, 2), where);
        lv.earnMultiplierPercent = int(r.whole(cell(m_levels, row, 3), where, 100));
        lv.discountBasisPoints = r.percent(cell(m_levels, row, 4), where);
        p.levels.levels << lv;
    }
    p.birthday.enabled = m_birthdayOn->isChecked();
    p.birthday.daysBefore = int(r.whole(m_before->text(), tr("Days before")));
    p.birthday.daysAfter = int(r.whole(m_after->text(), tr("Days after")));
    p.birthday.kind = BirthdayOffer::Kind(m_birthdayKind->currentData().toInt());
    p.birthday.bonusPoints = r.whole(m_bonus->text(), tr("Birthday bonus"));
    p.birthday.discountBasisPoints = r.percent(m_birthdayPercent->text(), tr("Birthday percent"));
    p.birthday.freeProductCode = m_freeProduct->text().trimmed();
    p.stampCards.clear();
    for (int row = 0; row < m_cards->rowCount(); ++row) {
        StampCard c;
        c.code = cell(m_cards, row, 0).trimmed();
        c.name = cell(m_cards, row, 1).trimmed();
        c.productCode = cell(m_cards, row, 2).trimmed();
        c.category = cell(m_cards, row, 3).trimmed();
        c.buy = int(r.whole(cell(m_cards, row, 4), tr("Stamp card %1").arg(row + 1), 5));
        p.stampCards << c;
    }
    p.promotions.clear();
    for (int row = 0; row < m_promotions->rowCount(); ++row) {
        const QString where = tr("Promotion %1").arg(row + 1);
        Promotion pr;
        pr.code = cell(m_promotions, row, 0).trimmed();
        pr.name = cell(m_promotions, row, 1).trimmed();
        const QString kind = cell(m_promotions, row, 2).trimmed().toLower();
        pr.kind = kind.startsWith(tr("points").left(3)) || kind.startsWith(QLatin1String("poi"))
            ? Promotion::Kind::PointsMultiplier
            : Promotion::Kind::ThresholdDiscount;
        pr.from = r.date(cell(m_promotions, row, 3), where);
        pr.to = r.date(cell(m_promotions, row, 4), where);
        pr.startTime = r.time(cell(m_promotions, row, 5), where);
        pr.endTime = r.time(cell(m_promotions, row, 6), where);
        for (const QString &d : listOf(cell(m_promotions, row, 7)))
            pr.weekdays << int(r.whole(d, where));
        pr.thresholdMinor = r.money(cell(m_promotions, row, 8), where);
        pr.discountBasisPoints = r.percent(cell(m_promotions, row, 9), where);
        pr.pointsMultiplierPercent = int(r.whole(cell(m_promotions, row, 10), where, 100));
        pr.priority = int(r.whole(cell(m_promotions, row, 11), where));
        p.promotions << pr;
    }
    p.redemption.enabled = m_redeemOn->isChecked();
    p.redemption.minorPerPoint = r.money(m_pointValue->text(), tr("One point pays"));
    p.redemption.maxShareBasisPoints = r.percent(m_maxShare->text(), tr("Share of the check"));
    p.redemption.minBalance = r.whole(m_minBalance->text(), tr("Minimum balance"));
    p.redemption.earnOnPointsPart = m_earnOnPoints->isChecked();
    if (!problems.isEmpty())
        return makeError(Error::Invalid, problems.join(QLatin1Char('\n')));
    return p;
}

void ProgramDialog::accept()
{
    auto p = program();
    Result<ProgramVersion> saved = p
        ? ProgramService(m_ctx.db).publish(m_ctx.terminal, p.value(), m_from->dateTime().toUTC(),
                                           m_ctx.clock.nowUtc(), m_ctx.actor, m_approvedBy, m_note->text())
        : Result<ProgramVersion>(p.error());
    if (!saved) {
        m_errors->setText(saved.error().message);
        m_errors->show();
        return;
    }
    QDialog::accept();
}
