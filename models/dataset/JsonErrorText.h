#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace td {

// A short quote of `text` around byte `pos`: up to `window` characters on each side, cut on
// UTF-8 character boundaries, with "…" where it was cut and control characters shown as
// escapes (\t, \r, \n, \u00XX). Error messages quote this instead of the whole row, which
// can be megabytes long.
QString excerptAround(QByteArrayView text, std::size_t pos, int window = 60);

// A person's version of nlohmann's parse-error text for `text`: without its
// "[json.exception...]" prefix and its "last read: '...'" part (which can repeat a whole
// long string), followed by a short quote of the text around `byte` (nlohmann's 1-based
// position of the last byte read).
QString jsonParseErrorText(QByteArrayView text, std::size_t byte, const char* what);

} // namespace td
