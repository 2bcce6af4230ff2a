#include "look.h"

#include "apppaths.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Look {

namespace {

const QString kThemeKey = QStringLiteral("theme");

QPalette darkPalette()
{
    // Contrast as in the usual dark desktop themes: light text on near-black, a blue highlight.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x35, 0x84, 0xe4);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void paintError(QWidget *w)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, errorColor(p));
    w->setPalette(p);
}

// Keeps an error label's colour right when the palette changes under it.
class ErrorColour : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange) {
            auto *w = static_cast<QWidget *>(o);
            if (w->palette().color(QPalette::WindowText) != errorColor(w->palette()))
                paintError(w); // a change of its own comes back here once, equal by then
        }
        return false;
    }
};

} // namespace

QString savedTheme()
{
    const QString t = AppPaths::preference(kThemeKey);
    return t == QLatin1String("light") || t == QLatin1String("dark") ? t : QString();
}

void saveTheme(const QString &theme)
{
    AppPaths::setPreference(kThemeKey, theme);
}

void apply(const QString &theme)
{
    // The platform's style and palette as the application started, to go back to them.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    static bool changed = false; // the usual start, following the system, builds no style
    if (theme.isEmpty()) {
        if (changed) {
            QApplication::setStyle(QStyleFactory::create(systemStyle));
            QApplication::setPalette(systemPalette);
            changed = false;
        }
        return;
    }
    changed = true;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette()
                                                            : QApplication::style()->standardPalette());
}

QIcon windowIcon()
{
    QIcon icon;
    for (int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/icons/loyalty-terminal-%1.png").arg(size), QSize(size, size));
    return icon;
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightnessF() < 0.5;
}

QColor errorColor(const QPalette &p)
{
    return isDark(p) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void markError(QWidget *w, bool error)
{
    // Found by name: without Q_OBJECT, findChild<ErrorColour *> would take any child QObject (a
    // label's text control, which was then deleted).
    static const QString name = QStringLiteral("loyalty-error-colour");
    auto *watcher = static_cast<ErrorColour *>(w->findChild<QObject *>(name, Qt::FindDirectChildrenOnly));
    if (!error) {
        if (watcher) {
            w->removeEventFilter(watcher);
            delete watcher;
        }
        w->setPalette(QPalette());
        return;
    }
    if (!watcher) {
        watcher = new ErrorColour(w);
        watcher->setObjectName(name);
        w->installEventFilter(watcher);
    }
    paintError(w);
}

void showFocusFrame(QWidget *view)
{
    view->setStyleSheet(QStringLiteral("%1:focus { border: 2px solid palette(highlight); }")
                            .arg(QLatin1String(view->metaObject()->className())));
}

void ElidedLabel::setFullText(const QString &text)
{
    m_full = text;
    setToolTip(text);
    elide();
}

void ElidedLabel::resizeEvent(QResizeEvent *e)
{
    QLabel::resizeEvent(e);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, qMax(0, contentsRect().width()));
    if (shown != text())
        setText(shown);
}

} // namespace Look
