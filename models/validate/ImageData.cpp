#include "validate/ImageData.h"

#include <cstdio>

namespace td {

const char* imageSubtype(ImageType type)
{
    switch (type) {
    case ImageType::Png:
        return "png";
    case ImageType::Jpeg:
        return "jpeg";
    case ImageType::Webp:
        return "webp";
    case ImageType::Unknown:
        break;
    }
    return "";
}

const char* imageTypeName(ImageType type)
{
    switch (type) {
    case ImageType::Png:
        return "PNG";
    case ImageType::Jpeg:
        return "JPEG";
    case ImageType::Webp:
        return "WEBP";
    case ImageType::Unknown:
        break;
    }
    return "unknown";
}

ImageType declaredImageType(std::string_view subtype)
{
    if (subtype == "png")
        return ImageType::Png;
    if (subtype == "jpeg")
        return ImageType::Jpeg;
    if (subtype == "webp")
        return ImageType::Webp;
    return ImageType::Unknown;
}

namespace detail {

int base64Value(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return int(c - U'A');
    if (c >= U'a' && c <= U'z')
        return int(c - U'a') + 26;
    if (c >= U'0' && c <= U'9')
        return int(c - U'0') + 52;
    if (c == U'+')
        return 62;
    if (c == U'/')
        return 63;
    return -1;
}

Base64Image finishImage(const std::uint8_t* head, std::size_t n, bool valid)
{
    Base64Image out;
    out.validBase64 = valid;
    // The formats' signatures: PNG's 8 bytes, JPEG's SOI marker and the next marker's FF,
    // WEBP's RIFF container with the WEBP form type.
    static const std::uint8_t png[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    bool isPng = n >= 8;
    for (std::size_t i = 0; isPng && i < 8; ++i)
        isPng = head[i] == png[i];
    if (isPng)
        out.type = ImageType::Png;
    else if (n >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        out.type = ImageType::Jpeg;
    else if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W' &&
             head[9] == 'E' && head[10] == 'B' && head[11] == 'P')
        out.type = ImageType::Webp;
    for (std::size_t i = 0; i < n && i < 8; ++i) {
        char hex[4];
        std::snprintf(hex, sizeof hex, "%02x", unsigned(head[i]));
        if (i)
            out.head += ' ';
        out.head += hex;
    }
    return out;
}

} // namespace detail

} // namespace td
