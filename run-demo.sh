#!/usr/bin/env bash
# Installs what is missing, builds Comptoir (Release) and opens it on the demo workspace.
# Extra arguments go to comptoir (e.g. ./run-demo.sh --lang en).
set -euo pipefail
cd "$(dirname "$0")"
source packaging/install-build-deps.sh
comptoir_install_missing_packages

cmake --preset release >/dev/null
cmake --build --preset release

exec build/release/app/comptoir --demo "$@"
