#include "endpoints/DeployOption.h"
#include "api/wire/HardwareName.h"

#include <QStringList>

namespace td {

QString DeployOption::hardwareText() const
{
    QStringList parts{readableHardware(gpuCount, gpuType)};
    if (!quantization.isEmpty())
        parts << quantization;
    if (!parallelism.isEmpty())
        parts << parallelism;
    return parts.join(QStringLiteral(" · "));
}

} // namespace td
