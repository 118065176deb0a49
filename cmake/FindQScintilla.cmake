# Debian's QScintilla for Qt 6 ships neither a CMake config nor a pkg-config file:
# find the headers under Qt's include root and the library by name, and wrap both
# in an imported target.
#
#   QScintilla::QScintilla   imported target (links Qt6::Widgets and Qt6::PrintSupport)
#   QScintilla_FOUND

find_package(Qt6 REQUIRED COMPONENTS Widgets PrintSupport)
get_target_property(_td_qt_widgets_includes Qt6::Widgets INTERFACE_INCLUDE_DIRECTORIES)

find_path(QScintilla_INCLUDE_DIR
    NAMES Qsci/qsciscintilla.h
    HINTS ${_td_qt_widgets_includes} /usr/include/x86_64-linux-gnu/qt6 /usr/include/qt6
)
find_library(QScintilla_LIBRARY NAMES qscintilla2_qt6 qscintilla2-qt6)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR)

if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION "${QScintilla_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QScintilla_INCLUDE_DIR}"
        INTERFACE_COMPILE_DEFINITIONS QSCINTILLA_DLL
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
endif()
mark_as_advanced(QScintilla_INCLUDE_DIR QScintilla_LIBRARY)
