#include "OpenDataset.h"

#include <QCoreApplication>
#include <QTextStream>

namespace td::cli {

std::unique_ptr<DatasetDocument> openDataset(const QString& path)
{
    auto doc = std::make_unique<DatasetDocument>();
    Error failure;
    QObject::connect(doc.get(), &DatasetDocument::loadFailed, doc.get(), [&failure](const Error& e) { failure = e; });
    doc->open(path);
    const bool ready = doc->waitForIndexed(24 * 3600 * 1000);
    QCoreApplication::sendPostedEvents(doc.get());
    if (!ready) {
        QTextStream(stderr) << QCoreApplication::translate("cli", "tunedesk-cli: %1").arg(failure.message) << Qt::endl;
        return nullptr;
    }
    return doc;
}

} // namespace td::cli
