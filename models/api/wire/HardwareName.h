#pragma once

#include <QString>

namespace td {

// Hardware as a person reads it: "2x H100 80GB" for the ids the API speaks in
// (v1 "2x_nvidia_h100_80gb_sxm", v2 instance types "2xnvidia-h100-80gb", GPU types
// "nvidia-h100-80gb", "h100-80gb"). SXM, the usual form, is left out; PCIe is said. An id of
// another shape is returned as given: a name is never guessed.
QString readableHardware(const QString& id);
// The same for a GPU type and a count (count <= 0: the GPU alone).
QString readableHardware(int gpuCount, const QString& gpuType);

} // namespace td
