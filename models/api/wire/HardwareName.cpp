#include "api/wire/HardwareName.h"

#include <QRegularExpression>
#include <QStringList>

namespace td {

namespace {

// The GPU part ("nvidia_h100_80gb_sxm", "nvidia-h100-80gb", "H100 80GB"), or empty when a
// piece of it is not one this function knows how to say.
QString readableGpu(const QString& gpu)
{
    static const QRegularExpression separators(QStringLiteral("[_\\-\\s]+"));
    static const QRegularExpression chip(QStringLiteral("^[a-z]{1,4}\\d{1,4}[a-z]{0,3}$")); // h100, l40s, a10g, rtx6000
    static const QRegularExpression memory(QStringLiteral("^(\\d{1,4})gb$"));
    QString name;
    QString size;
    QString link;
    for (const QString& piece : gpu.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (piece == QLatin1String("nvidia") && name.isEmpty())
            continue;
        if (piece == QLatin1String("sxm") || piece == QLatin1String("sxm5") || piece == QLatin1String("sxm4"))
            continue; // the usual form: saying it adds nothing
        if (piece == QLatin1String("pcie")) {
            link = QStringLiteral("PCIe");
            continue;
        }
        if (const auto m = memory.match(piece); m.hasMatch() && size.isEmpty() && !name.isEmpty()) {
            size = m.captured(1) + QStringLiteral("GB");
            continue;
        }
        if (name.isEmpty() && chip.match(piece).hasMatch()) {
            name = piece.toUpper();
            continue;
        }
        return {};
    }
    if (name.isEmpty())
        return {};
    QStringList parts{name};
    if (!size.isEmpty())
        parts << size;
    if (!link.isEmpty())
        parts << link;
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString readableHardware(int gpuCount, const QString& gpuType)
{
    const QString gpu = readableGpu(gpuType);
    const QString shown = gpu.isEmpty() ? gpuType : gpu;
    return gpuCount > 0 ? QStringLiteral("%1x %2").arg(gpuCount).arg(shown) : shown;
}

QString readableHardware(const QString& id)
{
    // "2x_nvidia_…", "2xnvidia-…", "2x H100 80GB": a count, an x, the GPU.
    static const QRegularExpression counted(QStringLiteral("^\\s*(\\d{1,3})\\s*[x×][_\\-\\s]*(.+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = counted.match(id); m.hasMatch()) {
        const QString gpu = readableGpu(m.captured(2));
        return gpu.isEmpty() ? id : QStringLiteral("%1x %2").arg(m.captured(1).toInt()).arg(gpu);
    }
    const QString gpu = readableGpu(id);
    return gpu.isEmpty() ? id : gpu;
}

} // namespace td
