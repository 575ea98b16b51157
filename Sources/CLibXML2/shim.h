// libxml2's HTML parser (MIT licence), used by CiteGraphCore's HTMLTree.swift only.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy of ICU inside Foundation.
// citegraph never touches the encoding handlers that hold ICU converters (it hands libxml2
// UTF-8 only), so the ICU declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
