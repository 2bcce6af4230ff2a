#include "messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_text->setFont(f);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    // The banner never takes the focus away from the scan field.
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    setVisible(false);
}

void MessageBanner::show(Kind kind, const QString &text)
{
    m_kind = kind;
    QStyle::StandardPixmap pm = QStyle::SP_MessageBoxInformation;
    QString role;
    switch (kind) {
    case Kind::Information:
        role = tr("Information");
        break;
    case Kind::Positive:
        pm = QStyle::SP_DialogApplyButton;
        role = tr("Done");
        break;
    case Kind::Warning:
        pm = QStyle::SP_MessageBoxWarning;
        role = tr("Warning");
        break;
    case Kind::Error:
        pm = QStyle::SP_MessageBoxCritical;
        role = tr("Problem");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(pm).pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(role);
    setAccessibleDescription(text);
    applyPalette();
    setVisible(true);
}

void MessageBanner::clear()
{
    m_text->clear();
    setVisible(false);
}

QString MessageBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void MessageBanner::applyPalette()
{
    // A tint of the status hue over the window colour: readable in light and dark palettes alike.
    // The status is also in the icon and the words, never in the colour alone.
    QColor hue;
    switch (m_kind) {
    case Kind::Information:
        hue = palette().color(QPalette::Highlight);
        break;
    case Kind::Positive:
        hue = QColor::fromHsv(120, 160, 170);
        break;
    case Kind::Warning:
        hue = QColor::fromHsv(40, 200, 230);
        break;
    case Kind::Error:
        hue = QColor::fromHsv(0, 190, 210);
        break;
    }
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : palette().color(QPalette::Window);
    const qreal a = 0.22;
    const QColor tint
        = QColor::fromRgbF(base.redF() * (1 - a) + hue.redF() * a, base.greenF() * (1 - a) + hue.greenF() * a,
                           base.blueF() * (1 - a) + hue.blueF() * a);
    QPalette p = palette();
    p.setColor(QPalette::Window, tint);
    setPalette(p);
}
