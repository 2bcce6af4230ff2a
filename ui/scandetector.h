#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QLineEdit;
class QWidget;

// Recognises a card scan wherever the focus is inside a page: a scanner is a keyboard that types
// digits a few milliseconds apart and ends with Enter. A person typing a price is ten times slower.
// When a burst is recognised the digits are taken back out of the field they landed in, the Enter is
// swallowed and scanned() is emitted. Bursts into `ignored` (the scan field itself) pass untouched.
class ScanDetector : public QObject
{
    Q_OBJECT
public:
    ScanDetector(QWidget *page, QWidget *ignored);

    static constexpr int kMinDigits = 8; // EAN-8 is the shortest card
    static constexpr int kMaxGapMs = 45; // between two keys of one burst

signals:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reset();

    QWidget *m_page;
    QWidget *m_ignored;
    QElapsedTimer m_clock;
    qint64 m_lastKeyMs = -1;
    QString m_digits;
    QPointer<QLineEdit> m_target;
    QString m_textBefore;
    int m_cursorBefore = 0;
};
