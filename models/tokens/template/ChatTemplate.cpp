#include "tokens/template/ChatTemplate.h"

#include "tokens/template/JinjaError.h"
#include "tokens/template/JinjaInterpreter.h"
#include "tokens/template/JinjaParser.h"

#include <QCoreApplication>

#include <new>

namespace td {

namespace {

Error toError(const jinja::TemplateError& e)
{
    using K = jinja::TemplateError::Kind;
    const QString where =
        e.line > 0 ? QCoreApplication::translate("ChatTemplate", " (template line %1)").arg(e.line) : QString();
    const QString what = QString::fromStdString(e.message);
    Error err;
    switch (e.kind) {
    case K::Syntax:
        err = Error::make(
            Error::Code::Parse,
            QCoreApplication::translate("ChatTemplate", "The chat template is malformed%1: %2").arg(where, what));
        break;
    case K::Unsupported:
        err = Error::make(Error::Code::Unsupported,
                          QCoreApplication::translate(
                              "ChatTemplate", "The chat template uses Jinja that TuneDesk does not support%1: %2")
                              .arg(where, what));
        break;
    case K::Raised:
        err = Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("ChatTemplate", "The chat template refuses this conversation: %1").arg(what));
        break;
    case K::Render:
        err = Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("ChatTemplate", "The chat template failed on this conversation%1: %2")
                .arg(where, what));
        break;
    case K::Limit:
        err = Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("ChatTemplate", "The chat template was stopped%1: %2").arg(where, what));
        break;
    }
    err.line = e.line > 0 ? e.line : -1;
    return err;
}

Error outOfMemory()
{
    return Error::make(Error::Code::Internal,
                       QCoreApplication::translate("ChatTemplate", "Rendering the chat template ran out of memory."));
}

} // namespace

Result<ChatTemplate> ChatTemplate::compile(std::string_view source)
{
    try {
        ChatTemplate t;
        t.m_body = std::make_shared<const jinja::Body>(jinja::Parser::parse(source));
        return t;
    } catch (jinja::TemplateError e) {
        if (e.kind == jinja::TemplateError::Kind::Limit) // too deep to parse: malformed as far as we can tell
            e.kind = jinja::TemplateError::Kind::Syntax;
        return toError(e);
    } catch (const std::bad_alloc&) {
        return outOfMemory();
    }
}

Result<std::string> ChatTemplate::render(const ChatTemplateContext& context) const
{
    return render(context, Options{});
}

Result<std::string> ChatTemplate::render(const ChatTemplateContext& c, const Options& options) const
{
    return std::move(renderPrefixes(c, {std::size_t(-1)}, options).front());
}

std::vector<Result<std::string>> ChatTemplate::renderPrefixes(const ChatTemplateContext& c,
                                                              const std::vector<std::size_t>& counts,
                                                              const Options& options) const
{
    std::vector<Result<std::string>> out;
    out.reserve(counts.size());
    auto failAll = [&](const Error& e) {
        out.clear();
        for (std::size_t i = 0; i < counts.size(); ++i)
            out.emplace_back(e);
        return out;
    };
    if (!m_body)
        return failAll(Error::make(Error::Code::Internal,
                                   QCoreApplication::translate("ChatTemplate", "No chat template was compiled.")));
    try {
        jinja::Limits limits;
        limits.maxOutputBytes = options.maxOutputBytes;
        limits.maxSteps = options.maxSteps;
        limits.maxCallDepth = options.maxCallDepth;
        jinja::Interpreter in(limits, options.now ? *options.now : std::time(nullptr));
        in.setGlobal("tools", c.tools ? jinja::Value::fromJson(*c.tools) : jinja::Value::none());
        in.setGlobal("documents", jinja::Value::none());
        in.setGlobal("add_generation_prompt", jinja::Value::boolean(c.addGenerationPrompt));
        if (c.bosToken)
            in.setGlobal("bos_token", jinja::Value::string(*c.bosToken));
        if (c.eosToken)
            in.setGlobal("eos_token", jinja::Value::string(*c.eosToken));
        if (c.extra.is_object())
            for (auto it = c.extra.begin(); it != c.extra.end(); ++it)
                in.setGlobal(it.key(), jinja::Value::fromJson(it.value()));
        const jinja::Value messages = jinja::Value::fromJson(c.messages);
        for (const std::size_t count : counts) {
            try {
                if (messages.isList() && count < messages.items().size())
                    in.setGlobal("messages",
                                 jinja::Value::list(jinja::List(messages.items().begin(),
                                                                messages.items().begin() + std::ptrdiff_t(count))));
                else
                    in.setGlobal("messages", messages);
                out.emplace_back(in.render(*m_body));
            } catch (const jinja::TemplateError& e) {
                out.emplace_back(toError(e));
            }
        }
        return out;
    } catch (const jinja::TemplateError& e) {
        return failAll(toError(e));
    } catch (const std::bad_alloc&) {
        return failAll(outOfMemory());
    } catch (const std::length_error&) {
        return failAll(outOfMemory());
    }
}

} // namespace td
