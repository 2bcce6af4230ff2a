#pragma once

#include <QApplication>
#include <QDialog>
#include <QScopeGuard>
#include <QTimer>
#include <QtTest>

#include <functional>

// What the widget suites do to windows and modal dialogs, in one place (header-only: the suites that
// include it link loyalty_ui, hence Qt Widgets).
namespace TestUi {

// The offscreen platform activates no new window by itself (qWaitForWindowActive() only waits for
// exposure there), so a window or a dialog is given the keyboard the way a window manager would.
inline void activate(QWidget *w)
{
    w->activateWindow();
    QTRY_VERIFY(w->isActiveWindow());
}

// Answers the next modal dialog from inside the event loop its exec() spins: the one named
// `objectName` (any, when null), waiting up to two seconds while another one is still closing. The
// dialog is given the keyboard, then `answer` runs on it; a check failing there closes the dialog so
// that exec() returns and the test reports the failure. *reached, when given, is set once `answer`
// ran to its end.
inline void answerDialog(QObject *context, const char *objectName, std::function<void(QDialog *)> answer,
                         bool *reached = nullptr, int tries = 200)
{
    QTimer::singleShot(tries == 200 ? 0 : 10, context, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        const bool wanted = dialog && (!objectName || dialog->objectName() == QLatin1String(objectName));
        if (!wanted && tries > 0) {
            answerDialog(context, objectName, answer, reached, tries - 1);
            return;
        }
        QVERIFY(dialog);
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        if (objectName)
            QCOMPARE(dialog->objectName(), QLatin1String(objectName));
        activate(dialog);
        answer(dialog);
        if (reached)
            *reached = true;
    });
}

} // namespace TestUi
