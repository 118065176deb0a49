#include "EmulatorCatalog.h"
#include "EmulatorServer.h"

#include <QUrlQuery>
#include <QUuid>

namespace td::emu {

namespace {

QByteArray dumpJson(const nlohmann::json& j)
{
    return QByteArray::fromStdString(j.dump());
}

const HardwareOption* hardwareOption(const std::string& id)
{
    for (const HardwareOption& h : hardwareOptions())
        if (id == h.id)
            return &h;
    return nullptr;
}

} // namespace

std::string EmulatorServer::EndpointRecord::state(double t) const
{
    std::string s = states.empty() ? "PENDING" : states.front().second;
    for (const auto& [time, state] : states)
        if (time <= t)
            s = state;
    return s;
}

const EmulatorServer::EndpointRecord* EmulatorServer::endpointServing(const std::string& model) const
{
    for (const EndpointRecord& e : m_endpoints)
        if (e.name == model)
            return &e;
    return nullptr;
}

nlohmann::json EmulatorServer::endpointJson(const EndpointRecord& e, bool listItem) const
{
    nlohmann::json j = {{"object", "endpoint"},    {"id", e.id},
                        {"name", e.name},          {"model", e.model},
                        {"type", "dedicated"},     {"owner", "emulator-user"},
                        {"state", e.state(now())}, {"created_at", isoAt(e.createdAt)}};
    if (!listItem) {
        j["display_name"] = e.displayName;
        j["hardware"] = e.hardware;
        j["autoscaling"] = {{"min_replicas", e.minReplicas}, {"max_replicas", e.maxReplicas}};
        j["inactive_timeout"] = e.inactiveTimeout;
    }
    return j;
}

void EmulatorServer::endpoints(const HttpRequestIn& r, HttpConnection* c)
{
    const QList<QByteArray> parts = r.path.mid(1).split('/'); // v1, endpoints, id
    const double t = now();
    if (parts.size() == 2 && r.method == "GET") {
        const QString type = QUrlQuery(QString::fromUtf8(r.query)).queryItemValue(QStringLiteral("type"));
        nlohmann::json data = nlohmann::json::array();
        if (type.isEmpty() || type == QLatin1String("serverless"))
            for (const ChatModel& m : chatModels())
                data.push_back({{"object", "endpoint"},
                                {"id", std::string("endpoint-serverless-") + m.id},
                                {"name", m.id},
                                {"model", m.id},
                                {"type", "serverless"},
                                {"owner", "together"},
                                {"state", "STARTED"},
                                {"created_at", isoAt(0)}});
        if (type.isEmpty() || type == QLatin1String("dedicated"))
            for (const EndpointRecord& e : m_endpoints)
                data.push_back(endpointJson(e, true));
        c->respond(200, dumpJson({{"object", "list"}, {"data", data}}));
        return;
    }
    auto bad = [this, c](const QString& message) { error(c, 400, message, "invalid_request_error"); };
    if (parts.size() == 2 && r.method == "POST") {
        const auto q = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (!q.is_object())
            return bad(QStringLiteral("The request body must be a JSON object"));
        const std::string model = q.value("model", std::string());
        bool known = chatModel(model) || trainableModel(model) || completedJobFor(model);
        for (const auto& m : m_uploadedModels)
            known = known || m.value("id", std::string()) == model;
        if (!known)
            return bad(QStringLiteral("Model %1 cannot be deployed").arg(QString::fromStdString(model)));
        if (!hardwareOption(q.value("hardware", std::string())))
            return bad(QStringLiteral("Unknown hardware %1; check the hardware api for the available configurations")
                           .arg(QString::fromStdString(q.value("hardware", std::string()))));
        const auto scaling = q.value("autoscaling", nlohmann::json::object());
        if (!scaling.is_object() || !scaling.contains("min_replicas") || !scaling.contains("max_replicas"))
            return bad(QStringLiteral("autoscaling needs min_replicas and max_replicas"));
        EndpointRecord e;
        e.id = "endpoint-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        const std::string tail = model.substr(model.rfind('/') + 1);
        e.name = "emulator-user/" + tail + "-" + e.id.substr(9, 8);
        e.displayName = q.value("display_name", tail);
        e.model = model;
        e.hardware = q["hardware"].get<std::string>();
        e.minReplicas = scaling.value("min_replicas", 1);
        e.maxReplicas = scaling.value("max_replicas", 1);
        e.createdAt = t;
        e.inactiveTimeout = q.value("inactive_timeout", nlohmann::json(nullptr));
        if (q.value("state", std::string("STARTED")) == "STOPPED")
            e.states = {{t, "STOPPED"}};
        else
            e.states = {{t, "PENDING"}, {t + 3, "STARTING"}, {t + 10, "STARTED"}};
        m_endpoints.push_back(e);
        c->respond(200, dumpJson(endpointJson(m_endpoints.back(), false)));
        return;
    }
    const std::string id = parts.value(2).toStdString();
    auto it = std::find_if(m_endpoints.begin(), m_endpoints.end(), [&](const EndpointRecord& e) { return e.id == id; });
    if (it == m_endpoints.end()) {
        error(c, 404, QStringLiteral("Endpoint %1 not found").arg(QString::fromStdString(id)), "invalid_request_error",
              "not_found");
        return;
    }
    EndpointRecord& e = *it;
    if (r.method == "GET") {
        c->respond(200, dumpJson(endpointJson(e, false)));
    } else if (r.method == "DELETE") {
        m_endpoints.erase(it);
        c->respond(204, {});
    } else if (r.method == "PATCH") {
        const auto q = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (!q.is_object())
            return bad(QStringLiteral("The request body must be a JSON object"));
        if (q.contains("autoscaling")) {
            const auto& s = q["autoscaling"];
            if (!s.is_object() || !s.contains("min_replicas") || !s.contains("max_replicas"))
                return bad(QStringLiteral("autoscaling needs min_replicas and max_replicas"));
            e.minReplicas = s.value("min_replicas", 1);
            e.maxReplicas = s.value("max_replicas", 1);
        }
        if (q.contains("display_name") && q["display_name"].is_string())
            e.displayName = q["display_name"].get<std::string>();
        if (q.contains("inactive_timeout"))
            e.inactiveTimeout = q["inactive_timeout"];
        const std::string want = q.value("state", std::string());
        const std::string current = e.state(t);
        // Drop changes still ahead: the new request decides from now on.
        std::erase_if(e.states, [t](const auto& s) { return s.first > t; });
        if (want == "STOPPED" && current != "STOPPED")
            e.states.insert(e.states.end(), {{t, "STOPPING"}, {t + 4, "STOPPED"}});
        else if (want == "STARTED" && current != "STARTED")
            e.states.insert(e.states.end(), {{t, "PENDING"}, {t + 2, "STARTING"}, {t + 8, "STARTED"}});
        else if (!want.empty() && want != "STARTED" && want != "STOPPED")
            return bad(QStringLiteral("state must be STARTED or STOPPED"));
        c->respond(200, dumpJson(endpointJson(e, false)));
    } else {
        error(c, 404, QStringLiteral("Unknown request URL"), "invalid_request_error", "unknown_url");
    }
}

void EmulatorServer::hardware(const HttpRequestIn& r, HttpConnection* c)
{
    const QString model =
        QUrlQuery(QString::fromUtf8(r.query)).queryItemValue(QStringLiteral("model"), QUrl::FullyDecoded);
    nlohmann::json data = nlohmann::json::array();
    for (const HardwareOption& h : hardwareOptions()) {
        nlohmann::json j = {{"object", "hardware"},
                            {"id", h.id},
                            {"pricing", {{"cents_per_minute", h.centsPerMinute}}},
                            {"specs",
                             {{"gpu_type", h.gpuType},
                              {"gpu_link", h.gpuLink},
                              {"gpu_memory", h.gpuMemory},
                              {"gpu_count", h.gpuCount}}},
                            {"updated_at", isoAt(0)}};
        if (!model.isEmpty())
            j["availability"] = {{"status", h.gpuCount == 8 ? "insufficient" : "available"}};
        data.push_back(j);
    }
    c->respond(200, dumpJson({{"object", "list"}, {"data", data}}));
}

} // namespace td::emu
