#include "EndpointsCommand.h"

#include "CliConnection.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "api/http/CurlTransport.h"
#include "endpoints/DeployPlan.h"
#include "endpoints/DeploymentActions.h"
#include "endpoints/DmiInventory.h"
#include "endpoints/DmiRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace td::cli {

namespace {

QString money(std::optional<double> v)
{
    return v ? QStringLiteral("$%1").arg(*v, 0, 'f', 2) : QCoreApplication::translate("cli", "price unknown");
}

QString usageText()
{
    return QStringLiteral(
        "usage: tunedesk-cli endpoints list [--json]\n"
        "       tunedesk-cli endpoints deploy (--job ID | --model NAME) [--endpoint NAME] [--deployment NAME]\n"
        "                                     [--option N] [--replicas N | --min N --max N] [--dry-run] [--json]\n"
        "       tunedesk-cli endpoints stop ENDPOINT [--deployment D] [--no-wait] [--json]\n"
        "       tunedesk-cli endpoints start ENDPOINT [--deployment D] [--replicas N | --min N --max N] [--json]\n"
        "       tunedesk-cli endpoints scale ENDPOINT [--deployment D] (--replicas N | --min N --max N) [--json]\n"
        "       tunedesk-cli endpoints events ENDPOINT [--json]\n"
        "       tunedesk-cli endpoints delete ENDPOINT [--json]\n"
        "ENDPOINT is an endpoint id (ep_...), its full name (slug/name) or its name.");
}

} // namespace

int runEndpoints(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Dedicated endpoints v2: list, deploy a finished fine-tune or a catalogue model, stop, start, "
               "delete."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("list | deploy | stop | start | scale | events | delete"));
    const QCommandLineOption job(QStringLiteral("job"), QStringLiteral("Fine-tune job id to deploy"),
                                 QStringLiteral("ID"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Catalogue model to deploy"),
                                   QStringLiteral("NAME"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("Endpoint name for deploy"),
                                      QStringLiteral("NAME"));
    const QCommandLineOption deployment(QStringLiteral("deployment"), QStringLiteral("Deployment name or id"),
                                        QStringLiteral("NAME"));
    const QCommandLineOption option(QStringLiteral("option"),
                                    QStringLiteral("Which hardware option to deploy on (0 = the first listed; "
                                                   "default: the cheapest)"),
                                    QStringLiteral("N"));
    const QCommandLineOption replicas(QStringLiteral("replicas"), QStringLiteral("Fixed number of replicas"),
                                      QStringLiteral("N"));
    const QCommandLineOption minR(QStringLiteral("min"), QStringLiteral("Minimum replicas"), QStringLiteral("N"));
    const QCommandLineOption maxR(QStringLiteral("max"), QStringLiteral("Maximum replicas"), QStringLiteral("N"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Only ask the server to validate (creates the free endpoint)"));
    const QCommandLineOption noWait(QStringLiteral("no-wait"), QStringLiteral("Do not wait until stopped"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON"));
    const QCommandLineOption poll(QStringLiteral("poll-interval"), QStringLiteral("Seconds between state reads"),
                                  QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("API base URL"), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Connection profile (id or name)"),
                                     QStringLiteral("NAME"));
    parser.addOptions(
        {job, model, endpoint, deployment, option, replicas, minR, maxR, dryRun, noWait, json, poll, baseUrl, profile});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool needsEndpoint =
        action == QLatin1String("stop") || action == QLatin1String("start") || action == QLatin1String("delete") ||
        action == QLatin1String("events") ||
        (action == QLatin1String("scale") && (parser.isSet(replicas) || parser.isSet(minR) || parser.isSet(maxR)));
    const bool valid =
        (action == QLatin1String("list") && pos.size() == 1) ||
        (action == QLatin1String("deploy") && pos.size() == 1 && (parser.isSet(job) != parser.isSet(model))) ||
        (needsEndpoint && pos.size() == 2);
    if (!valid) {
        err << usageText() << Qt::endl;
        return ExitCode::Usage;
    }
    // Replicas: --replicas N is N/N; --min/--max set the bounds (one alone sets both).
    int lo = 1, hi = 1;
    bool numbersOk = true;
    auto number = [&](const QCommandLineOption& o, int fallback) {
        if (!parser.isSet(o))
            return fallback;
        bool ok = false;
        const int n = parser.value(o).toInt(&ok);
        numbersOk = numbersOk && ok;
        return n;
    };
    if (parser.isSet(replicas))
        lo = hi = number(replicas, 1);
    lo = number(minR, parser.isSet(maxR) && !parser.isSet(replicas) ? number(maxR, 1) : lo);
    hi = number(maxR, parser.isSet(minR) && !parser.isSet(replicas) ? lo : hi);
    const int pollMs = int(parser.value(poll).toDouble() * 1000);
    if (!numbersOk || pollMs < 0) {
        err << "tunedesk-cli: replica counts and --poll-interval must be numbers" << Qt::endl;
        return ExitCode::Usage;
    }
    if (const auto problem = DmiRules::autoscalingProblem(lo, hi); problem && action != QLatin1String("list")) {
        err << "tunedesk-cli: " << *problem << Qt::endl;
        return ExitCode::Usage;
    }

    QCoreApplication* app = QCoreApplication::instance();
    CurlTransport transport;
    const bool printJson = parser.isSet(json);
    return withConnection(parser.value(baseUrl), parser.value(profile), [&](const Connection& connection) {
        // The handlers below run after this lambda returned: its locals are captured by value.
        DmiClient dmi(&transport, connection);
        auto report = [&err, app](const QString& message) {
            err << "tunedesk-cli: " << message << Qt::endl;
            app->exit(ExitCode::NetworkError);
        };
        auto* progressOut = &err;
        auto progress = [progressOut](const QString& text) { *progressOut << text << Qt::endl; };

        if (action == QLatin1String("deploy")) {
            auto* plan = new DeployPlan(TogetherClient(&transport, connection), dmi, app);
            plan->setPollInterval(pollMs);
            QObject::connect(plan, &DeployPlan::progress, app, progress);
            QObject::connect(plan, &DeployPlan::failed, app, [report, &err, app](const Error& e) {
                if (e.code != Error::Code::Unsupported)
                    return report(e.message);
                // Not deployable as asked: a verdict on the request, not a failure to reach the API.
                err << "tunedesk-cli: " << e.message << Qt::endl;
                app->exit(ExitCode::DataErrors);
            });
            QObject::connect(plan, &DeployPlan::resolved, app, [&, plan, lo, hi] {
                DeployPlan::Choice c = plan->defaultChoice();
                if (parser.isSet(option))
                    c.option = parser.value(option).toInt();
                if (parser.isSet(endpoint))
                    c.endpointName = parser.value(endpoint);
                if (parser.isSet(deployment))
                    c.deploymentName = parser.value(deployment);
                c.minReplicas = lo;
                c.maxReplicas = hi;
                for (int i = 0; i < plan->options().size(); ++i) {
                    const DeployOption& o = plan->options()[i];
                    err << (i == c.option ? "* " : "  ") << i << "  " << o.hardwareText() << "  "
                        << money(o.dollarsPerReplicaHour()) << QCoreApplication::translate("cli", " a replica-hour")
                        << Qt::endl;
                }
                if (const auto problem = plan->problem(c)) {
                    err << "tunedesk-cli: " << *problem << Qt::endl;
                    app->exit(ExitCode::Usage);
                    return;
                }
                const QString cost = money(plan->dollarsPerHour(c));
                err << (c.minReplicas == 1
                            ? QCoreApplication::translate("cli", "Cost while one replica runs: %1 an hour.").arg(cost)
                            : QCoreApplication::translate("cli", "Cost while %1 replicas run: %2 an hour.")
                                  .arg(c.minReplicas)
                                  .arg(cost))
                    << Qt::endl;
                if (parser.isSet(dryRun))
                    plan->dryRun(c);
                else
                    plan->deploy(c);
            });
            QObject::connect(plan, &DeployPlan::dryRunPassed, app, [&out, app, printJson, plan](const QString& s) {
                if (printJson)
                    out << QString::fromStdString(
                               nlohmann::ordered_json{{"dry_run", "passed"},
                                                      {"message", s.toStdString()},
                                                      {"endpoint", plan->endpoint().name.toStdString()}}
                                   .dump())
                        << Qt::endl;
                else
                    out << s << Qt::endl;
                app->exit(ExitCode::Ok);
            });
            QObject::connect(
                plan, &DeployPlan::deployed, app, [&out, app, printJson](const QString& name, const Deployment& d) {
                    if (printJson)
                        out << QString::fromStdString(
                                   nlohmann::ordered_json{{"endpoint", name.toStdString()},
                                                          {"deployment", d.id.toStdString()},
                                                          {"deployment_name", d.name.toStdString()},
                                                          {"state", deploymentStateName(d.status.state).toStdString()},
                                                          {"ready_replicas", d.status.readyReplicas}}
                                       .dump())
                            << Qt::endl;
                    else
                        out << QCoreApplication::translate("cli", "Chat with it: tunedesk-cli chat v2:%1").arg(name)
                            << Qt::endl;
                    app->exit(ExitCode::Ok);
                });
            if (parser.isSet(job))
                plan->resolveJob(parser.value(job));
            else
                plan->resolveModel(parser.value(model));
            return;
        }

        auto* inventory = new DmiInventory(dmi, app);
        QObject::connect(inventory, &DmiInventory::failed, app,
                         [report](const ApiError& e) { report(e.explanation()); });
        QObject::connect(inventory, &DmiInventory::loaded, app, [&, inventory, lo, hi, dmi, progress, report] {
            if (action == QLatin1String("list")) {
                if (printJson) {
                    out << QString::fromStdString(inventory->toJson().dump()) << Qt::endl;
                } else {
                    for (const DmiEndpointView& v : inventory->endpoints()) {
                        out << v.endpoint.name << "  " << v.endpoint.id << "  " << money(v.dollarsPerHour())
                            << QCoreApplication::translate("cli", " an hour") << Qt::endl;
                        for (const DmiDeploymentView& d : v.deployments)
                            out << "  " << d.deployment.name << "  " << deploymentStateText(d.deployment.status.state)
                                << "  " << d.deployment.status.readyReplicas << "/"
                                << d.deployment.autoscaling.minReplicas << "-" << d.deployment.autoscaling.maxReplicas
                                << "  " << d.deployment.hardware << "  weight " << d.weight << "  "
                                << money(d.dollarsPerHour()) << QCoreApplication::translate("cli", " an hour")
                                << Qt::endl;
                    }
                }
                app->exit(ExitCode::Ok);
                return;
            }
            const DmiEndpointView* view = inventory->find(pos[1]);
            if (!view) {
                err << QCoreApplication::translate("cli", "tunedesk-cli: no endpoint %1 in project %2")
                           .arg(pos[1], inventory->project().projectId)
                    << Qt::endl;
                app->exit(ExitCode::Usage);
                return;
            }
            if (action == QLatin1String("events")) {
                const QString name = view->endpoint.name;
                DmiClient client = dmi; // a copy: the captured one is const
                client.endpointEvents(
                    inventory->project().projectId, view->endpoint.id, app,
                    [&out, app, report, printJson, name](const ApiResult<DmiPage<DmiEvent>>& r) {
                        if (const auto* e = std::get_if<ApiError>(&r))
                            return report(e->explanation());
                        const QList<DmiEvent>& events = std::get<DmiPage<DmiEvent>>(r).items;
                        if (printJson) {
                            nlohmann::ordered_json list = nlohmann::ordered_json::array();
                            for (const DmiEvent& e : events)
                                list.push_back({{"created_at", e.createdAt.toString(Qt::ISODate).toStdString()},
                                                {"level", e.level.toStdString()},
                                                {"deployment_id", e.deploymentId.toStdString()},
                                                {"type", e.type.toStdString()},
                                                {"message", e.text().toStdString()}});
                            out << QString::fromStdString(list.dump()) << Qt::endl;
                        } else if (events.isEmpty()) {
                            out << QCoreApplication::translate("cli", "%1: no events yet").arg(name) << Qt::endl;
                        } else {
                            for (const DmiEvent& e : events)
                                out << e.createdAt.toString(Qt::ISODate) << "  "
                                    << e.level.section(QLatin1Char('_'), -1) << "  " << e.deploymentId << "  "
                                    << e.text() << Qt::endl;
                        }
                        app->exit(ExitCode::Ok);
                    });
                return;
            }
            auto* actions = new DeploymentActions(dmi, inventory->project().projectId, app);
            actions->setPollInterval(pollMs);
            QObject::connect(actions, &DeploymentActions::progress, app, progress);
            QObject::connect(actions, &DeploymentActions::failed, app, [report](const Error& e) { report(e.message); });
            QObject::connect(
                actions, &DeploymentActions::finished, app, [&out, app, printJson, action](const QString& summary) {
                    if (printJson)
                        out << QString::fromStdString(nlohmann::ordered_json{{"action", action.toStdString()},
                                                                             {"result", "done"},
                                                                             {"message", summary.toStdString()}}
                                                          .dump())
                            << Qt::endl;
                    else
                        out << summary << Qt::endl;
                    app->exit(ExitCode::Ok);
                });
            if (action == QLatin1String("delete")) {
                actions->removeEndpoint(view->endpoint.id);
                return;
            }
            const DmiDeploymentView* d = DmiInventory::deploymentOf(*view, parser.value(deployment));
            if (!d) {
                err << QCoreApplication::translate("cli", "tunedesk-cli: endpoint %1 has no such deployment")
                           .arg(view->endpoint.name)
                    << Qt::endl;
                app->exit(ExitCode::Usage);
                return;
            }
            if (action == QLatin1String("stop"))
                actions->stop(view->endpoint.id, d->deployment.id, !parser.isSet(noWait));
            else if (action == QLatin1String("scale"))
                actions->setAutoscaling(view->endpoint.id, d->deployment.id, lo, hi);
            else
                actions->start(view->endpoint.id, d->deployment.id, lo, hi);
        });
        inventory->load();
    });
}

} // namespace td::cli
