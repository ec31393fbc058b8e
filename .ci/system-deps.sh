#!/usr/bin/env bash
# Installs the Debian packages the tests read exports with: Chromium (HTML and Mermaid), openpyxl (xlsx),
# xsltproc with GNOME Planner's msp2planner.xsl (MS Project XML) and TaskJuggler's tj3 (MS Project XML written by
# another tool). Does nothing when all of them are there.
set -euo pipefail

have_all() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/xsltproc ] && [ -x /usr/bin/tj3 ] &&
    [ -f /usr/share/planner/stylesheets/msp2planner.xsl ] &&
    /usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1
}

if have_all; then
  echo "system packages already installed: $(/usr/bin/chromium --version 2>/dev/null), tj3 $(/usr/bin/tj3 --version 2>/dev/null | head -n 1)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: apt-get not found; install chromium, python3-openpyxl, xsltproc, planner-data and tj3 by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "system-deps: not root and no sudo; cannot install the test packages" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium python3-openpyxl xsltproc planner-data tj3
have_all
