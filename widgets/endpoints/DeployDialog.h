#pragma once

#include "endpoints/DeployPlan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace td {

// Deploys a finished fine-tune or a catalogue model on a dedicated endpoint v2, through the
// model's DeployPlan (the same engine as `tunedesk-cli endpoints deploy`): the hardware the
// model can run on (certified profiles: GPU type and count, quantization, context, speed,
// price per replica-hour), endpoint and deployment names, replicas, the hourly price; a dry
// run; then the progress through creation, PROVISIONING and READY, and the traffic weight.
class DeployDialog final : public QDialog
{
    Q_OBJECT

public:
    DeployDialog(TogetherClient v1, DmiClient client, QWidget* parent = nullptr);

    void deployJob(const QString& jobId);
    void deployModel(const QString& modelName);
    DeployPlan* plan() const { return m_plan; }
    DeployPlan::Choice choice() const;
    void setChoice(const DeployPlan::Choice& c);
    QString priceText() const;
    QString resultText() const;
    QString log() const;
    void dryRun();
    void deploy();

signals:
    // The deployment is READY with traffic weight: chat with `endpointModelName`.
    void deployed(const QString& endpointModelName);

private:
    void fillOptions();
    void updatePrice();
    void setBusy(bool busy);
    void addLog(const QString& line);

    DeployPlan* m_plan;
    QLabel* m_title;
    QTableWidget* m_options;
    QLineEdit* m_endpoint;
    QLineEdit* m_deployment;
    QSpinBox* m_min;
    QSpinBox* m_max;
    QLabel* m_price;
    QLabel* m_result;
    QPlainTextEdit* m_log;
    QPushButton* m_check;
    QPushButton* m_deploy;
    QPushButton* m_close;
    bool m_busy = false;
};

} // namespace td
