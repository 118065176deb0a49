#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <cstdint>

namespace td {

// An error as a value: what went wrong in words a person understands, a stable code for
// programs, and where it happened when a position exists.
struct Error
{
    Q_GADGET

public:
    enum class Code {
        None,
        Io,
        NotFound,
        PermissionDenied,
        DiskFull,
        ReadOnly,
        Corrupt,
        Parse,
        Unsupported,
        Cancelled,
        Changed,
        Internal,
    };
    Q_ENUM(Code)

    Code code = Code::Internal;
    QString message;
    // Positions, when known; -1 means unknown.
    std::int64_t byteOffset = -1;
    std::int64_t line = -1;
    QString jsonPointer;

    static Error make(Code code, QString message) { return Error{code, std::move(message)}; }
    // Maps an errno value from a failed system call to a code and a readable message.
    static Error fromErrno(int err, const QString& what);

    bool isCancelled() const { return code == Code::Cancelled; }
};

QString codeName(Error::Code code);

} // namespace td

Q_DECLARE_METATYPE(td::Error)
