#include "importdialog.h"

#include "messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

// --- ImportRowsModel -------------------------------------------------------------------------------

void ImportRowsModel::setRows(const QVector<ImportRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    // Rows with errors first, so that what needs attention is on the first screen.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const ImportRow &a, const ImportRow &b) {
        return (a.action == ImportRow::Action::Invalid) > (b.action == ImportRow::Action::Invalid);
    });
    endResetModel();
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportRowsModel::actionName(ImportRow::Action a)
{
    switch (a) {
    case ImportRow::Action::Create:
        return tr("new");
    case ImportRow::Action::Update:
        return tr("update");
    case ImportRow::Action::Skip:
        return tr("already here");
    case ImportRow::Action::Invalid:
        return tr("ERROR");
    }
    return {};
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImportRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return QLocale().toString(r.line);
        case Action:
            return actionName(r.action);
        case Message:
            return r.errors.isEmpty() ? r.message : r.errors.join(QStringLiteral(" · "));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Action:
        return tr("What happens");
    case Message:
        return tr("Details");
    }
    return {};
}

// --- ImportDialog ----------------------------------------------------------------------------------

ImportDialog::ImportDialog(const ServiceContext &ctx, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_service(ctx)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import members from a CSV file"));
    auto *root = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    root->addWidget(m_banner);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileField"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("&Choose file… (Ctrl+O)"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setShortcut(QKeySequence::Open);
    choose->setAutoDefault(false);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    root->addLayout(fileRow);
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("formatLabel"));
    root->addWidget(m_format);

    // Which column feeds which field: two columns of combo boxes.
    auto *mapping = new QGridLayout;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("map_%1").arg(ImportMapping::key(ImportMapping::Field(f))));
        box->setEnabled(false);
        auto *label = new QLabel(ImportMapping::label(ImportMapping::Field(f)), this);
        label->setBuddy(box);
        mapping->addWidget(label, f / 2, (f % 2) * 2);
        mapping->addWidget(box, f / 2, (f % 2) * 2 + 1);
        m_columns[size_t(f)] = box;
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
    }
    mapping->setColumnStretch(1, 1);
    mapping->setColumnStretch(3, 1);
    root->addLayout(mapping);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    root->addWidget(m_summary);
    m_rows = new ImportRowsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dryRunView"));
    m_view->setModel(m_rows);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(ImportRowsModel::Message, QHeaderView::Stretch);
    root->addWidget(m_view, 1);

    m_validOnly = new QCheckBox(tr("Import the &valid rows only (leave out the rows with errors)"), this);
    m_validOnly->setObjectName(QStringLiteral("validOnlyBox"));
    root->addWidget(m_validOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    root->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_validOnly, &QCheckBox::toggled, this, &ImportDialog::updateButton);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 640);
    choose->setFocus();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Member list"), QString(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    m_planned = false;
    m_table.reset();
    m_report = ImportReport();
    m_rows->setRows({});
    m_summary->clear();
    m_format->clear();
    m_file->setText(QDir::toNativeSeparators(path));
    auto table = ImportService::read(path);
    if (!table) {
        m_banner->show(MessageBanner::Kind::Error, table.error().message);
        for (QComboBox *box : m_columns)
            box->setEnabled(false);
        updateButton();
        return;
    }
    m_path = path;
    m_table = table.value();
    m_mapping = ImportMapping::detect(m_table->header);
    m_format->setText(
        tr("Encoding: %1 · delimiter: %2 · %n row(s) after the header", nullptr, int(m_table->rows.size()))
            .arg(m_table->encodingName(), m_table->delimiterName()));
    // Fill the combo boxes from the header without running the dry run once per box.
    m_filling = true;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        QComboBox *box = m_columns[size_t(f)];
        box->clear();
        box->addItem(tr("— not imported —"), -1);
        for (int c = 0; c < m_table->header.size(); ++c)
            box->addItem(m_table->header.at(c), c);
        box->setCurrentIndex(box->findData(m_mapping.column(ImportMapping::Field(f))));
        box->setEnabled(true);
    }
    m_filling = false;
    m_banner->clear();
    runDryRun();
}

void ImportDialog::mappingChanged()
{
    if (m_filling || !m_table)
        return;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        const int column = m_columns[size_t(f)]->currentData().toInt();
        if (column >= 0)
            m_mapping.set(ImportMapping::Field(f), column);
        else
            m_mapping.clear(ImportMapping::Field(f));
    }
    runDryRun();
}

void ImportDialog::runDryRun()
{
    m_planned = false;
    m_rows->setRows({});
    const QStringList problems = m_mapping.problems(m_table->header);
    if (!problems.isEmpty()) {
        m_summary->setText(problems.join(QLatin1Char('\n')));
        updateButton();
        return;
    }
    auto planned = m_service.plan(m_table.value(), m_mapping);
    if (!planned) {
        m_summary->setText(planned.error().message);
        updateButton();
        return;
    }
    m_report = planned.value();
    m_planned = true;
    m_rows->setRows(m_report.rows);
    const QLocale l;
    m_summary->setText(tr("Dry run, nothing written yet: %1 rows: %2 new, %3 updated, %4 already here, "
                          "%5 with errors; %6 opening points.")
                           .arg(l.toString(m_report.total()), l.toString(m_report.created),
                                l.toString(m_report.updated), l.toString(m_report.skipped),
                                l.toString(m_report.invalid), l.toString(m_report.points)));
    updateButton();
}

void ImportDialog::updateButton()
{
    const bool something = m_planned && m_report.created + m_report.updated > 0;
    const bool clean = m_report.invalid == 0 || m_validOnly->isChecked();
    m_import->setEnabled(something && clean && !m_report.written);
}

void ImportDialog::import()
{
    if (!m_import->isEnabled())
        return;
    ImportOptions options;
    options.validOnly = m_validOnly->isChecked();
    options.staffId = m_ctx.actor.staffId;
    options.approvedBy = m_approvedBy;
    auto applied = m_service.apply(m_path, m_mapping, options);
    if (!applied) {
        m_banner->show(MessageBanner::Kind::Error, applied.error().message);
        return;
    }
    m_report = applied.value();
    m_rows->setRows(m_report.rows);
    const QLocale l;
    m_summary->setText(tr("Imported: %1 new members, %2 updated, %3 rows left out; %4 opening points.")
                           .arg(l.toString(m_report.created), l.toString(m_report.updated),
                                l.toString(m_report.invalid + m_report.skipped),
                                l.toString(m_report.points)));
    m_banner->show(MessageBanner::Kind::Positive, tr("The members were imported."));
    updateButton();
    accept();
}
