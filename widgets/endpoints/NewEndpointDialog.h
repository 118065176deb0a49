#pragma once

#include "api/client/TogetherClient.h"
#include "api/wire/EndpointRequest.h"
#include "api/wire/Hardware.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace td {

// Creates a dedicated endpoint: the model, hardware from GET /hardware for that model (with
// its price per hour and whether it is available now), replicas, a display name, auto-stop
// after inactivity, and the contract's other options; the cost per hour is shown before
// anything is created.
class NewEndpointDialog final : public QDialog
{
    Q_OBJECT

public:
    NewEndpointDialog(const TogetherClient& client, const QStringList& models, QWidget* parent = nullptr);

    EndpointRequest request() const;
    void setModel(const QString& model);
    // The models offered: your finished fine-tunes, then the platform's chat models.
    QStringList models() const;
    // Hardware offered for the current model, as read (tests).
    QList<Hardware> hardware() const { return m_hardware; }
    void setHardware(const QString& id);
    QString costText() const;

private:
    void loadHardware();
    void loadModels();
    void updateCost();

    TogetherClient m_client;
    QComboBox* m_model;
    QComboBox* m_hardwareBox;
    QSpinBox* m_min;
    QSpinBox* m_max;
    QLineEdit* m_name;
    QCheckBox* m_start;
    QCheckBox* m_speculative;
    QSpinBox* m_inactive;
    QLineEdit* m_zone;
    QLabel* m_cost;
    QPushButton* m_create = nullptr;
    QList<Hardware> m_hardware;
    QPointer<ApiRequest> m_request;
    QTimer m_debounce;
};

} // namespace td
