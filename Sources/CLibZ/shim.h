// zlib (zlib licence), used by CiteGraphCore's Documents/Readers/Inflate.swift only: the
// deflate streams inside Word files, and their CRC-32.
#include <zlib.h>
