#pragma once

#include "context.h"
#include "records.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class MessageBanner;

// Who is at the till: pick your name (arrows, or type its first letters), type your PIN, Enter.
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoginPage(ServiceContext &ctx, QWidget *parent = nullptr);

    // Fills the list again (accounts change) and selects `staffId`, or the first name.
    void reset(qint64 staffId = 0, const QString &message = {});
    MessageBanner *banner() const { return m_banner; }

signals:
    void signedIn(const StaffRecord &staff);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void signIn();

    ServiceContext &m_ctx;
    QListWidget *m_names;
    QLineEdit *m_pin;
    MessageBanner *m_banner;
};
