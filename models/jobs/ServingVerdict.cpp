#include "jobs/ServingVerdict.h"
#include "core/Money.h"

#include "api/wire/HardwareName.h"
#include "api/wire/InstanceType.h"

#include <QLocale>
#include <QStringList>

namespace td {

namespace {

QString money(double dollars)
{
    return formatDollars(dollars);
}

// A profile runs on an instance type with its GPU type and count: the deploy dialog's rule.
bool runsOn(const ServingFacts::Profile& p, const ServingFacts::Instance& i)
{
    return InstanceType::hardwareMatches(p.gpuType, p.gpuCount, i.gpuType, i.gpuCount, i.name, i.id);
}

QString quoted(const QString& message)
{
    const QString m = message.simplified();
    return m.size() > 100 ? m.left(99) + QStringLiteral("…") : m;
}

} // namespace

ServingVerdict ServingVerdict::decide(const ServingFacts& f)
{
    ServingVerdict v;
    v.live = f.live;
    v.baseModel = f.baseModel;
    v.target = f.target;
    v.fullFineTune = f.fullFineTune;
    if (f.baseUnknown) {
        v.way = Way::Unknown;
        v.downloadReason = tr("the base model of the checkpoint is not known here");
        return v;
    }

    // Serverless: only an answer to the probe says yes.
    switch (f.probe) {
    case ServingFacts::Probe::Answered:
        v.serverless = true;
        v.serverlessPrice = f.serverlessPrice;
        v.serverlessReason = tr("%1 answered a 1-token chat").arg(f.target);
        break;
    case ServingFacts::Probe::Refused:
        v.serverlessReason =
            tr("%1 is not served serverlessly (Together: \"%2\")").arg(f.target, quoted(f.probeMessage));
        break;
    case ServingFacts::Probe::Failed:
        v.serverlessReason =
            tr("could not ask %1 (%2), so taken as not serverless").arg(f.target, quoted(f.probeMessage));
        break;
    case ServingFacts::Probe::NotTried:
        v.serverlessReason = f.fullFineTune && !f.finishedJob ? tr("a full fine-tune has no serverless LoRA serving")
                             : f.live                         ? tr("not checked, so taken as not serverless")
                                      : tr("not checked offline; Together serves no fine-tune serverlessly by default");
        break;
    }

    // Dedicated: the base's certified deployment profiles priced by their instance types.
    if (f.live) {
        if (!f.catalogueRead) {
            v.dedicatedReason = tr("Together's list of models for dedicated inference could not be read (%1)")
                                    .arg(quoted(f.catalogueError));
        } else if (!f.listed) {
            v.dedicatedReason = tr("%1 is not in Together's models for dedicated inference").arg(f.baseModel);
        } else if (!f.dedicatedProduct || !f.fineTuningProduct) {
            v.dedicatedReason = tr("%1 is not offered for dedicated inference of fine-tunes").arg(f.baseModel);
        } else if (f.profiles.isEmpty()) {
            v.dedicatedReason =
                tr("%1 has no certified deployment profile, so its fine-tunes cannot be deployed").arg(f.baseModel);
        } else {
            for (const ServingFacts::Profile& p : f.profiles)
                for (const ServingFacts::Instance& i : f.instances) {
                    if (!runsOn(p, i) || i.priceCentsPerHour <= 0)
                        continue;
                    const double dollars = i.priceCentsPerHour / 100.0;
                    if (!v.dedicated || dollars < v.dedicated->dollarsPerHour)
                        v.dedicated = Dedicated{dollars, p.gpuCount, i.gpuType.isEmpty() ? p.gpuType : i.gpuType, p.id,
                                                i.name.isEmpty() ? i.id : i.name};
                }
            if (!v.dedicated)
                v.dedicatedReason = f.instancesRead
                                        ? tr("no priced hardware matches the certified profiles of %1").arg(f.baseModel)
                                        : tr("the hardware prices could not be read");
        }
    } else if (f.offlineHardware) {
        v.dedicated = Dedicated{f.offlineHardware->dollarsPerHour, f.offlineHardware->gpuCount,
                                f.offlineHardware->gpuType, QString(), f.offlineHardware->name};
    } else if (f.servingMemoryGb) {
        v.dedicatedReason = tr("no GPU configuration in the bundled price list holds %1 (about %2 GB of GPU memory)")
                                .arg(f.baseModel, QLocale().toString(*f.servingMemoryGb, 'f', 0));
    } else {
        v.dedicatedReason =
            tr("the size of %1 is not known offline, so no hardware can be priced for it").arg(f.baseModel);
    }

    if (v.serverless)
        v.way = Way::Serverless;
    else if (v.dedicated)
        v.way = Way::Dedicated;
    else {
        v.way = Way::DownloadOnly;
        v.downloadReason = tr("%1, and it is not served serverlessly").arg(v.dedicatedReason);
    }
    return v;
}

QString ServingVerdict::summary() const
{
    switch (way) {
    case Way::Serverless:
        return serverlessPrice ? tr("serverless, %1 input and %2 output per million tokens")
                                     .arg(money(serverlessPrice->first), money(serverlessPrice->second))
                               : tr("serverless (its per-token price is not published)");
    case Way::Dedicated:
        return tr("dedicated, from %1/h on %2")
            .arg(money(dedicated->dollarsPerHour), readableHardware(dedicated->gpuCount, dedicated->gpuType));
    case Way::DownloadOnly:
        return tr("download only");
    case Way::Unknown:
        break;
    }
    return tr("unknown");
}

QString ServingVerdict::text() const
{
    QStringList lines;
    if (way == Way::Unknown)
        return tr("Serving: depends on the base model of the checkpoint, which is not known here.");
    lines << (live ? tr("Serving the result (checked with Together just now):")
                   : tr("Serving the result (offline estimate from TuneDesk's bundled catalog, not checked with "
                        "Together; connect to check):"));
    if (serverless)
        lines << tr("- %1 (%2).").arg(summary(), serverlessReason);
    else
        lines << tr("- serverless: no, %1.").arg(serverlessReason);
    if (dedicated) {
        const QString cost =
            tr("dedicated, from %1/h on %2")
                .arg(money(dedicated->dollarsPerHour), readableHardware(dedicated->gpuCount, dedicated->gpuType));
        lines << (live ? tr("- %1 (the cheapest certified profile; per running replica, billed per minute while it "
                            "runs).")
                             .arg(cost)
                       : tr("- %1, if Together certifies %2 for dedicated inference (the cheapest published hardware "
                            "that holds it; not checked).")
                             .arg(cost, baseModel));
    } else if (way != Way::DownloadOnly) {
        lines << tr("- dedicated: no, %1.").arg(dedicatedReason);
    }
    if (way == Way::DownloadOnly)
        lines << tr("- download only: %1. The weights can be downloaded and served elsewhere.").arg(downloadReason);
    else
        lines << tr("- download: the weights can always be downloaded, at no charge.");
    return lines.join(QLatin1Char('\n'));
}

nlohmann::ordered_json ServingVerdict::toJson() const
{
    static const char* const ways[] = {"serverless", "dedicated", "download-only", "unknown"};
    nlohmann::ordered_json j;
    j["way"] = ways[int(way)];
    j["live"] = live;
    j["baseModel"] = baseModel.toStdString();
    j["summary"] = summary().toStdString();
    nlohmann::ordered_json s;
    s["available"] = serverless;
    s["target"] = target.toStdString();
    if (serverlessPrice)
        s["pricePerMillion"] = {{"input", serverlessPrice->first}, {"output", serverlessPrice->second}};
    s["reason"] = serverlessReason.toStdString();
    j["serverless"] = s;
    nlohmann::ordered_json d;
    d["available"] = dedicated.has_value();
    if (dedicated) {
        d["dollarsPerHour"] = dedicated->dollarsPerHour;
        d["gpuCount"] = dedicated->gpuCount;
        d["gpuType"] = dedicated->gpuType.toStdString();
        d["instance"] = dedicated->instance.toStdString();
        if (!dedicated->profileId.isEmpty())
            d["profileId"] = dedicated->profileId.toStdString();
    } else {
        d["reason"] = dedicatedReason.toStdString();
    }
    j["dedicated"] = d;
    if (way == Way::DownloadOnly)
        j["downloadOnlyReason"] = downloadReason.toStdString();
    j["text"] = text().toStdString();
    return j;
}

} // namespace td
