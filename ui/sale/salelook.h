#pragma once

#include <QFont>
#include <QLabel>
#include <QString>
#include <QWidget>

// The sale page's type sizes and read-only labels, shared by its parts.
namespace SaleLook {

// The widget's font, `factor` times its size: the till is read from arm's length.
inline QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

// A wrapping label whose text can be selected (and copied into a note) but not edited.
inline QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace SaleLook
