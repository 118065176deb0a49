#pragma once

#include <QString>

#include <cstdint>

namespace td {

// Each kind of personal data or secret the scanner finds; each can be switched on or off.
enum class PiiKind : std::uint8_t {
    Email,
    Phone,
    IpV4,
    IpV6,
    CreditCard, // Luhn-checked
    Iban,       // mod-97 checked
    PrivateKey, // a PEM private key block
    AwsKey,
    OpenAiKey,
    TogetherKey,
    GitHubToken,
    HuggingFaceToken,
    SlackToken,
    Jwt,
    HighEntropySecret, // a random-looking value after key=, token=, secret=, password=
    Count
};

constexpr std::uint32_t kAllPiiKinds = (1u << unsigned(PiiKind::Count)) - 1;
constexpr std::uint32_t piiBit(PiiKind k)
{
    return 1u << unsigned(k);
}

// The stable code, as in the lint ("pii-email", "secret-aws-key").
const char* piiCode(PiiKind kind);
// What replaces a finding when it is redacted ("<EMAIL>").
const char* piiPlaceholder(PiiKind kind);
// A person's name for the kind ("e-mail address").
QString piiName(PiiKind kind);
// Whether the kind is a secret (a credential) rather than personal data.
bool isSecretKind(PiiKind kind);
// A kind by its code, or PiiKind::Count.
PiiKind piiKindFromCode(std::string_view code);

} // namespace td
