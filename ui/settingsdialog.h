#pragma once

#include <QDialog>

#include "context.h"

class QComboBox;
class QLabel;

// Manage → Settings: this terminal's language (a per-machine preference, anyone may choose it) and,
// to read, the shop currency and how it writes money.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const ServiceContext &ctx, QWidget *parent = nullptr);
    // The choice made: a language code, or "" to follow the system's language.
    QString languageChoice() const;
    // True when accepting changes the language on screen, so the terminal must restart its window.
    bool languageChanged() const;
    // "", "light" or "dark" (Look::apply).
    QString themeChoice() const;
    // True when accepting changes what the screen looks like or speaks: the window opens again.
    bool needsRestart() const;

private:
    void preview();

    const ServiceContext m_ctx; // a copy: the caller may pass a temporary
    QString m_inUse; // the language and the look on screen now: chosen before this window opened
    QString m_themeInUse;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLabel *m_sample;
};
