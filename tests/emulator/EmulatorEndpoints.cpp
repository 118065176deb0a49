#include "EmulatorCatalog.h"
#include "EmulatorJson.h"
#include "EmulatorServer.h"

#include <QUrlQuery>
#include <QUuid>

namespace td::emu {

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
    // Since July 2026 v1 endpoints can no longer be created or restarted (contract 2026 §1).
    auto retired = [this, c] {
        error(c, 403,
              QStringLiteral("Creating or restarting dedicated endpoints (v1) is no longer available. Deploy on "
                             "Dedicated Model Inference (v2) instead: "
                             "https://docs.together.ai/docs/dedicated-endpoints/migrate-from-v1"),
              "permission_denied", "endpoints_v1_create_access_disabled");
    };
    if (parts.size() == 2 && r.method == "POST")
        return retired();
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
        if (want == "STARTED" && current != "STARTED")
            return retired();
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

std::string EmulatorServer::addLegacyEndpoint(const std::string& model, const std::string& hardware, bool running)
{
    EndpointRecord e;
    e.id = "endpoint-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    const std::string tail = model.substr(model.rfind('/') + 1);
    e.name = "emulator-user/" + tail + "-" + e.id.substr(9, 8);
    e.displayName = tail;
    e.model = model;
    e.hardware = hardware;
    e.createdAt = now();
    e.states = {{now(), running ? "STARTED" : "STOPPED"}};
    m_endpoints.push_back(e);
    return e.id;
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
