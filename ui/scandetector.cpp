#include "scandetector.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

ScanDetector::ScanDetector(QWidget *page, QWidget *ignored)
    : QObject(page)
    , m_page(page)
    , m_ignored(ignored)
{
    m_clock.start();
    qApp->installEventFilter(this);
}

void ScanDetector::reset()
{
    m_digits.clear();
    m_target = nullptr;
    m_lastKeyMs = -1;
}

bool ScanDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *w = qobject_cast<QWidget *>(watched);
    // Only keys delivered to a focusable widget of our page: the application filter sees a key again
    // for each parent it propagates to, and those parents take no focus.
    if (!w || w->focusPolicy() == Qt::NoFocus || !m_page->isAncestorOf(w) || !m_page->isVisible())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_clock.elapsed();
    const bool fast = m_lastKeyMs >= 0 && now - m_lastKeyMs <= kMaxGapMs;

    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const bool isScan = m_digits.size() >= kMinDigits && fast && w != m_ignored;
        const QString code = m_digits;
        if (isScan && m_target && m_target == w) {
            m_target->setText(m_textBefore);
            m_target->setCursorPosition(m_cursorBefore);
        }
        reset();
        if (isScan) {
            emit scanned(code);
            return true;
        }
        return false;
    }
    const QString text = key->text();
    if (text.size() == 1 && text.at(0).isDigit()
        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        if (!fast || m_digits.isEmpty()) {
            m_digits.clear();
            m_target = qobject_cast<QLineEdit *>(w);
            if (m_target) {
                m_textBefore = m_target->text();
                m_cursorBefore = m_target->cursorPosition();
            }
        }
        m_digits += text;
        m_lastKeyMs = now;
        return false;
    }
    reset();
    return false;
}
