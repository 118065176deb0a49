#pragma once

#include "jobs/ServingVerdict.h"

#include <QObject>
#include <QString>

#include <functional>

namespace td {

// The dedicated-inference facts ServingCheck needs for one base model: Together's v2
// supported-models entry named exactly like it (products, certified deployment profiles) and
// the priced instance types. An interface so that what asks can be swapped
// (V2DedicatedCatalogue over DmiClient; a fake in tests).
class DedicatedCatalogue
{
public:
    virtual ~DedicatedCatalogue() = default;
    // Fills the dedicated part of `facts` (catalogueRead/catalogueError, listed, the products,
    // profiles, instancesRead, instances) and calls `done` once, in `context`'s thread; nothing
    // is called after `context` is destroyed.
    virtual void ask(const ServingFacts& facts, QObject* context, std::function<void(ServingFacts)> done) = 0;
};

} // namespace td
