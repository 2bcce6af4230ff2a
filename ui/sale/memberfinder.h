#pragma once

#include "memberservice.h"

#include <QObject>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;
class QVBoxLayout;
class MemberSearchModel;
class MessageBanner;
class ScanDetector;

// Finding the member at the till: the scan field, the results that appear under it as a name, an
// e-mail or phone digits are typed, and the lookup of a card, a phone or a name when Enter is
// pressed or a scanner's burst arrives anywhere on the page. The widgets belong to the page, which
// lays them out; what is found is handed over by picked().
class MemberFinder : public QObject
{
    Q_OBJECT
public:
    MemberFinder(const ServiceContext &ctx, MemberService &members, MessageBanner *banner, bool showContacts,
                 QWidget *page);

    // The scan field and its hint, then (below the banner) the results and their count.
    void addScanRow(QVBoxLayout *into);
    void addResults(QVBoxLayout *into);

    QLineEdit *field() const { return m_scan; }
    QString text() const;
    // A card number or phone from the scanner or the scan field; a name or part of a phone when
    // neither matches. One match is picked, several are offered in the results.
    void lookup(const QString &code);
    // Empty scan field, no results.
    void reset();
    void hideResults();
    void focus();

signals:
    void picked(const MemberView &view);
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void focusResults();
    void pickResult(const QModelIndex &index);
    void showError(const QString &text);

    MemberService &m_members;
    MessageBanner *m_banner;
    QLineEdit *m_scan;
    QLabel *m_hint;
    ScanDetector *m_detector;
    MemberSearchModel *m_searchModel;
    QTableView *m_results;
    QLabel *m_resultsInfo;
    QTimer *m_searchTimer;
};
