#!/usr/bin/env bash
# Make sure LibreOffice (soffice) is here, for the test that opens annotated Word files
# (plainlint --annotate) and converts them to PDF.
#
#   scripts/ensure-libreoffice.sh
#
# If soffice is missing and apt-get can be used, it installs the Debian package
# libreoffice-writer-nogui. Otherwise it prints a loud message and exits 0: the
# LibreOffice test then skips itself and says why. It never fails the build.
set -u

if command -v soffice >/dev/null 2>&1; then
  echo "LibreOffice is installed: $(command -v soffice)"
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then SUDO="sudo -n"; else SUDO="unavailable"; fi
  fi
  if [ "$SUDO" != "unavailable" ]; then
    echo "Installing LibreOffice (libreoffice-writer-nogui) for the --annotate tests. This is a large download."
    if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libreoffice-writer-nogui >/dev/null; then
      if command -v soffice >/dev/null 2>&1; then
        echo "LibreOffice is installed: $(command -v soffice)"
        exit 0
      fi
    fi
  fi
fi

cat <<'MSG'
############################################################################
#  WARNING: LibreOffice (soffice) is not installed and could not be        #
#  installed here. The test that opens annotated Word files in LibreOffice #
#  will be SKIPPED. To run it, install the Debian package                  #
#  libreoffice-writer-nogui (or any LibreOffice with soffice on the PATH). #
############################################################################
MSG
exit 0
