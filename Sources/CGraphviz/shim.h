#ifndef CITEGRAPH_CGRAPHVIZ_SHIM_H
#define CITEGRAPH_CGRAPHVIZ_SHIM_H

// The system's own Graphviz headers, found through pkg-config (libgvc), never a copy.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Graphviz keeps its error level in a global; Swift 6 treats imported mutable globals as
// unsafe, so reach it through a function.
static inline void cg_capture_errors(void) {
    agseterr(AGMAX);   // buffer errors for aglasterr() instead of printing them
    agreseterrors();
}

#endif
