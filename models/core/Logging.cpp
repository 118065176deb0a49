#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcDataset, "tunedesk.dataset", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSave, "tunedesk.save", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJournal, "tunedesk.journal", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "tunedesk.ui", QtWarningMsg)
