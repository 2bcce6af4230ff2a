#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// An inline message under the scan field: what happened, in words and with an icon, never a modal
// dialog the cashier has to click away while a queue waits.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error
    };
    explicit MessageBanner(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    void clear();
    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};
