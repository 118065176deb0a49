#include "curation/PiiKind.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

namespace td {

namespace {

struct KindText
{
    const char* code;
    const char* placeholder;
    const char* name;
};

constexpr std::array<KindText, std::size_t(PiiKind::Count)> kTexts = {{
    {"pii-email", "<EMAIL>", QT_TRANSLATE_NOOP("td::Curation", "e-mail address")},
    {"pii-phone", "<PHONE>", QT_TRANSLATE_NOOP("td::Curation", "phone number")},
    {"pii-ipv4", "<IP_ADDRESS>", QT_TRANSLATE_NOOP("td::Curation", "IPv4 address")},
    {"pii-ipv6", "<IP_ADDRESS>", QT_TRANSLATE_NOOP("td::Curation", "IPv6 address")},
    {"pii-credit-card", "<CREDIT_CARD>", QT_TRANSLATE_NOOP("td::Curation", "credit card number")},
    {"pii-iban", "<IBAN>", QT_TRANSLATE_NOOP("td::Curation", "IBAN")},
    {"secret-private-key", "<PRIVATE_KEY>", QT_TRANSLATE_NOOP("td::Curation", "private key")},
    {"secret-aws-key", "<AWS_KEY>", QT_TRANSLATE_NOOP("td::Curation", "AWS access key")},
    {"secret-openai-key", "<API_KEY>", QT_TRANSLATE_NOOP("td::Curation", "OpenAI API key")},
    {"secret-together-key", "<API_KEY>", QT_TRANSLATE_NOOP("td::Curation", "Together API key")},
    {"secret-github-token", "<API_KEY>", QT_TRANSLATE_NOOP("td::Curation", "GitHub token")},
    {"secret-huggingface-token", "<API_KEY>", QT_TRANSLATE_NOOP("td::Curation", "Hugging Face token")},
    {"secret-slack-token", "<API_KEY>", QT_TRANSLATE_NOOP("td::Curation", "Slack token")},
    {"secret-jwt", "<JWT>", QT_TRANSLATE_NOOP("td::Curation", "JSON web token")},
    {"secret-high-entropy", "<SECRET>", QT_TRANSLATE_NOOP("td::Curation", "secret value")},
}};

const KindText& text(PiiKind k)
{
    return kTexts[std::min(std::size_t(k), kTexts.size() - 1)];
}

} // namespace

const char* piiCode(PiiKind kind)
{
    return text(kind).code;
}

const char* piiPlaceholder(PiiKind kind)
{
    return text(kind).placeholder;
}

QString piiName(PiiKind kind)
{
    return QCoreApplication::translate("td::Curation", text(kind).name);
}

bool isSecretKind(PiiKind kind)
{
    return kind >= PiiKind::PrivateKey && kind < PiiKind::Count;
}

PiiKind piiKindFromCode(std::string_view code)
{
    for (std::size_t k = 0; k < kTexts.size(); ++k)
        if (code == kTexts[k].code)
            return PiiKind(k);
    return PiiKind::Count;
}

} // namespace td
