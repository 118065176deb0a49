#pragma once

namespace td {

// Makes a screen reader read a splitter's panes in their order (left to right, top to
// bottom): QSplitter keeps its children last-added first, and Qt's accessibility lists a
// widget's children in that order, so the row editor was read before the table and the
// right-hand text before the left. Installs an accessibility factory once; later calls do
// nothing.
void installSplitterAccessibility();

} // namespace td
