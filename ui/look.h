#pragma once

#include <QColor>
#include <QLabel>
#include <QString>

class QIcon;
class QPalette;
class QWidget;

// How the terminal looks: the system's light or dark palette, or one chosen in Settings (a till in a
// dim bar wants dark, one in a sunny shop window light), and colours that read on either.
namespace Look {

// "" follows the system; "light" and "dark" are the Fusion style with a light or dark palette.
QString savedTheme();
void saveTheme(const QString &theme);
// Applies a theme to the running application (before the main window is built).
void apply(const QString &theme);

// The terminal's icon in 48, 128 and 256 px, from the program itself (HiDPI takes the larger).
QIcon windowIcon();

bool isDark(const QPalette &p);
// Red text that reads on the palette's window colour (a dark red on light, a light red on dark).
QColor errorColor(const QPalette &p);
// Shows a widget's text as an error, or as normal text again; follows later palette changes.
void markError(QWidget *w, bool error);

// A list or table shows that it has the focus by a frame in the highlight colour: styles draw the focus
// only around a current cell, so an empty table (a new sale's lines) looks the same with it or without.
void showFocusFrame(QWidget *view);

// A one-line label that shortens its text with "…" where it does not fit (the full text in its tooltip)
// instead of pushing its neighbours off: a status-bar hint in Russian is half again as long as in English.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;
    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override { return QSize(0, QLabel::minimumSizeHint().height()); }

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    void elide();
    QString m_full;
};

} // namespace Look
