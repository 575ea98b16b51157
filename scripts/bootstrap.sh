#!/usr/bin/env bash
# Installs everything citegraph needs on a fresh Debian machine, then builds it.
#   - libgraphviz-dev: headers + pkg-config files for libcgraph/libgvc (the C API we link)
#   - libgvc6 (pulled in) ships the dot/neato/core/pango plugins; graphviz adds the CLI used
#     only by tests and benchmarks as an independent reference, never by citegraph itself
#   - fonts-noto-cjk: a CJK font so Graphviz measures Chinese labels correctly
#   - libjemalloc-dev: the allocator citegraph links (see Package.swift for why)
#   - libxml2-dev: libxml2's HTML parser, for .html pages (MIT licence, linked)
#   - zlib1g-dev: zlib, for the deflate streams inside Word files (zlib licence, linked)
#   - poppler-utils: pdftohtml, run as a separate program for .pdf files (GPL: never linked,
#     since citegraph links Graphviz, EPL-1.0; see README "Formats read")
#   - antiword: run as a separate program for old binary Word files (.doc), GPL likewise
#   - chromium: headless, only for the test that loads the HTML report in a real browser
#   - libxml2-utils: xmllint, only for the test that validates the GEXF export against Gephi's schema
#   - networkx (Debian's python3-networkx, or from PyPI) only for the reference scripts and one test
# Then it builds the release binary and installs it as ${PREFIX:-/usr/local}/bin/citegraph.
# Run it as yourself (it calls sudo for apt and for a PREFIX you cannot write), as root, or
# with sudo (the build then runs as the user who called sudo, so .build stays theirs).
# Running it again installs only what is missing and replaces the binary with a fresh build.
set -euo pipefail

need_apt=()
dpkg -s libgraphviz-dev >/dev/null 2>&1 || need_apt+=(libgraphviz-dev)
dpkg -s graphviz        >/dev/null 2>&1 || need_apt+=(graphviz)
dpkg -s fonts-noto-cjk  >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
dpkg -s pkg-config      >/dev/null 2>&1 || need_apt+=(pkg-config)
dpkg -s fontconfig      >/dev/null 2>&1 || need_apt+=(fontconfig)
dpkg -s libjemalloc-dev >/dev/null 2>&1 || need_apt+=(libjemalloc-dev)
dpkg -s libxml2-dev     >/dev/null 2>&1 || need_apt+=(libxml2-dev)
dpkg -s zlib1g-dev      >/dev/null 2>&1 || need_apt+=(zlib1g-dev)
dpkg -s poppler-utils   >/dev/null 2>&1 || need_apt+=(poppler-utils)
dpkg -s antiword        >/dev/null 2>&1 || need_apt+=(antiword)
dpkg -s chromium        >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libxml2-utils   >/dev/null 2>&1 || need_apt+=(libxml2-utils)
command -v python3 >/dev/null 2>&1      || need_apt+=(python3)

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "bootstrap: installing ${need_apt[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Graphviz finds its layout/render plugins through a config file written by `dot -c`;
# Debian's postinst normally writes it, but a minimal image may have skipped triggers.
if command -v dot >/dev/null 2>&1 && ! echo 'digraph{a}' | dot -Tsvg >/dev/null 2>&1; then
  ${SUDO:-} dot -c
fi

# networkx is only for the reference checks in scripts/ and one test that reads our GraphML
# back (never for the shipped tool). Debian's python3 takes it from apt (pip refuses to
# install into an externally managed Python); another python3 (pyenv, a venv) from PyPI.
if ! python3 -c 'import networkx' 2>/dev/null; then
  $SUDO apt-get install -y -qq python3-networkx >/dev/null 2>&1 || true
  python3 -c 'import networkx' 2>/dev/null || python3 -m pip install -q networkx >&2
fi

# Swift 6: the toolchain at /opt/swift if there is one, else the `swift` on PATH.
export PATH="/opt/swift/usr/bin:$PATH"
if ! command -v swift >/dev/null 2>&1; then
  echo "bootstrap: no Swift toolchain: install Swift 6 at /opt/swift or put its bin/ on PATH" >&2
  exit 1
fi
cd "$(dirname "$0")/.."

# Under sudo, build as the user who called it, so that .build is not left owned by root.
as_user=()
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
  as_user=(sudo -u "$SUDO_USER" env "PATH=$PATH" "HOME=$(getent passwd "$SUDO_USER" | cut -d: -f6)")
fi
"${as_user[@]}" swift build -c release --product citegraph >&2
binary="$("${as_user[@]}" swift build -c release --product citegraph --show-bin-path)/citegraph"

# Install on PATH. `install` replaces the file whole, so running this again is harmless.
bindir="${PREFIX:-/usr/local}/bin"
install_cmd=(install -D -m 0755 "$binary" "$bindir/citegraph")
if [ -w "$bindir" ] || { [ ! -e "$bindir" ] && [ -w "$(dirname "$bindir")" ]; }; then
  "${install_cmd[@]}"
else
  $SUDO "${install_cmd[@]}"
fi
echo "bootstrap: installed $bindir/citegraph ($("$bindir/citegraph" --version))" >&2
case ":$PATH:" in
  *":$bindir:"*) ;;
  *) echo "bootstrap: $bindir is not on PATH; add it to use citegraph by name" >&2 ;;
esac
