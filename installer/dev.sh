#!/usr/bin/env bash
# Kaishu from a fresh Debian/Ubuntu machine, in one command:
#   installer/dev.sh run    install what is missing, build (Release), start Kaishu on the local SQLite
#                           database: the desktop application where there is a display, otherwise the
#                           headless demo (kaishu-cli demo) that prints a summary
#   installer/dev.sh test   install what is missing, build (ci preset), run every test label
#                           (unit, integration, ui and postgres on a real PostgreSQL server)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libicu-dev libeigen3-dev
  libcurl4-openssl-dev fonts-noto-cjk postgresql python3-aiosmtpd libxml2-utils poppler-utils
  clang libclang-rt-14-dev
)

install_missing() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

case "${1:-}" in
run)
  install_missing
  cmake --preset release >/dev/null
  cmake --build --preset release
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/release/app/gui/kaishu
  fi
  echo "No display: running the headless demo on a scratch database."
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  build/release/app/cli/kaishu-cli --db "$scratch/kaishu.sqlite" demo --seed 1 --debtors 2000
  ;;
test)
  install_missing
  cmake --preset ci >/dev/null
  cmake --build --preset ci
  ctest --preset ci
  # Fuzz the bank-file readers for a minute each (libFuzzer + ASan/UBSan, clang): a crash, a
  # sanitizer report or a failed round trip stops the run. Fresh copies of the seed corpus keep the
  # repository's seeds as they are.
  cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DKAISHU_FUZZ=ON -DKAISHU_BUILD_GUI=OFF -DKAISHU_BUILD_TESTS=OFF -DKAISHU_WARNINGS_AS_ERRORS=OFF >/dev/null
  cmake --build build/fuzz --target fuzz_zengin fuzz_bankcsv
  for fuzzer in zengin bankcsv; do
    rm -rf "build/fuzz/corpus-$fuzzer" && cp -r "tests/fuzz/corpus/$fuzzer" "build/fuzz/corpus-$fuzzer"
    "build/fuzz/tests/fuzz/fuzz_$fuzzer" -max_total_time=60 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/crash-$fuzzer-" "build/fuzz/corpus-$fuzzer"
  done
  ;;
*)
  echo "usage: installer/dev.sh run|test" >&2
  exit 2
  ;;
esac
