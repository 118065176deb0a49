#pragma once

#include <QHeaderView>
#include <QString>
#include <QTableView>

namespace td {

// The panes' tables of records (jobs, endpoints v1 and v2) behave alike: one whole row
// selected at a time, Tab leaves the table (arrows move in it), long names elided in the
// middle, the last column takes the rest of the width.
inline void setUpRecordTable(QTableView* table, const QString& objectName, const QString& accessibleName)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setWordWrap(false);
}

} // namespace td
