#pragma once

#include <QWidget>
#include <QtTest>

// Types any text as key events, `delayMs` apart. QTest::keyClicks() takes Latin-1 only, and
// cashiers type Cyrillic and Chinese names; a delay above the scan detector's keeps it a person.
inline void typeText(QWidget *w, const QString &text, int delayMs = -1)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w,
                            c.unicode() < 128 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown, QString(c),
                            Qt::NoModifier, delayMs);
}
