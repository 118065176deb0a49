#pragma once

#include "api/client/TogetherClient.h"

#include <QDialog>

class QChart;
class QLabel;
class QValueAxis;

namespace td {

class LossComparison;

// Several fine-tunes' train loss on one chart, one colour each, named as in the jobs list, to
// see which run learned faster or lower. Reads the curves itself (LossComparison).
class LossCompareDialog final : public QDialog
{
    Q_OBJECT

public:
    // (job id, name) pairs, as selected in the jobs list.
    LossCompareDialog(TogetherClient client, const QList<QPair<QString, QString>>& jobs, QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    LossComparison* comparison() const { return m_comparison; }
    QString summary() const;

private:
    void rebuild();

    LossComparison* m_comparison;
    QChart* m_chart;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QLabel* m_summary;
};

} // namespace td
