#pragma once

#include "importservice.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class MessageBanner;

// The dry run's rows, one line each: where in the file, what would happen, why.
class ImportRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        Action,
        Message,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QVector<ImportRow> &rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    static QString actionName(ImportRow::Action a);

private:
    QVector<ImportRow> m_rows;
};

// Members from another system's CSV file (the Members menu; a manager's). Choose the file: the
// dialog shows the encoding and delimiter it found and which column feeds which field, each one a
// combo box to correct; every change runs the dry run again and lists what each row would do and
// what is wrong with it. Import writes everything in one transaction, and is possible only when the
// dry run is clean, or when "import the valid rows only" is ticked.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const ServiceContext &ctx, QWidget *parent = nullptr);
    // The manager whose PIN allowed a cashier's import, named in the audit trail.
    void setApprovedBy(qint64 staffId) { m_approvedBy = staffId; }

    // What "Choose file…" does after the file dialog; tests call it directly.
    void openFile(const QString &path);
    const ImportReport &report() const { return m_report; }
    bool imported() const { return m_report.written; }

private:
    void chooseFile();
    void mappingChanged();
    void runDryRun();
    void updateButton();
    void import();

    ServiceContext m_ctx;
    ImportService m_service;
    QString m_path;
    std::optional<Csv::Table> m_table;
    ImportMapping m_mapping;
    ImportReport m_report;
    bool m_planned = false;
    bool m_filling = false;

    MessageBanner *m_banner;
    QLineEdit *m_file;
    QLabel *m_format;
    std::array<QComboBox *, ImportMapping::FieldCount> m_columns {};
    QLabel *m_summary;
    ImportRowsModel *m_rows;
    QTableView *m_view;
    QCheckBox *m_validOnly;
    QPushButton *m_import;
    qint64 m_approvedBy = 0;
};
