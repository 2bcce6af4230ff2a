#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
struct ServiceContext;

// Manage → Settings: this terminal's language (a per-machine preference, anyone may choose it) and,
// to read, the shop currency and how it writes money.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const ServiceContext &ctx, const QString &languageInUse, QWidget *parent = nullptr);
    // The choice made: a language code, or "" to follow the system's language.
    QString languageChoice() const;
    // True when accepting changes the language on screen, so the terminal must restart its window.
    bool languageChanged() const;

private:
    void preview();

    const ServiceContext &m_ctx;
    QString m_inUse;
    QComboBox *m_language;
    QLabel *m_sample;
};
