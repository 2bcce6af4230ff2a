#pragma once

#include "context.h"

#include <QMainWindow>

class QLabel;
class SalePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ServiceContext &ctx, QWidget *parent = nullptr);
    SalePage *salePage() const { return m_sale; }

private:
    void updateClock();

    ServiceContext m_ctx;
    SalePage *m_sale;
    QLabel *m_clock;
};
