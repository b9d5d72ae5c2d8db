#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-packages.txt that are missing.
# Sourced by run-demo.sh and run-tests.sh; does nothing (and needs no network) when all are there.
set -euo pipefail

comptoir_install_missing_packages() {
    local list
    list="$(dirname "${BASH_SOURCE[0]}")/debian-packages.txt"
    local missing=()
    local pkg
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done <"$list"
    [[ ${#missing[@]} -eq 0 ]] && return 0

    echo "Installation des paquets manquants : ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "Il faut être root ou disposer de sudo pour installer : ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
