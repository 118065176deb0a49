#include "widgets/common/ClearButton.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace td {

void enableClearButton(QLineEdit* edit)
{
    edit->setClearButtonEnabled(true);
    // The button is the line edit's only tool button (made by setClearButtonEnabled).
    for (QToolButton* button : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
        const QString name = QCoreApplication::translate("ClearButton", "Clear");
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

} // namespace td
