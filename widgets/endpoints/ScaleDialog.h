#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace td {

// Changes a v2 deployment's autoscaling bounds: minimum and maximum replicas, with the rules
// (DmiRules::autoscalingProblem: 0/0 stops, min 0 with max above 0 is refused) checked as the
// user types and the price per hour of the bounds shown before anything is sent.
class ScaleDialog final : public QDialog
{
    Q_OBJECT

public:
    // `dollarsPerReplicaHour`: nullopt when the hardware's price is unknown.
    ScaleDialog(const QString& deploymentName, int minReplicas, int maxReplicas,
                std::optional<double> dollarsPerReplicaHour, QWidget* parent = nullptr);

    int minReplicas() const;
    int maxReplicas() const;
    void setBounds(int minReplicas, int maxReplicas);
    QString priceText() const;
    QString problemText() const;
    bool canApply() const;

private:
    void update();

    std::optional<double> m_price;
    QSpinBox* m_min;
    QSpinBox* m_max;
    QLabel* m_priceLabel;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace td
