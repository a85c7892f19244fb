#!/usr/bin/env bash
# Installs the command-line tools some tests use (kcat, promtool, Chromium and its WebDriver for the cockpit's
# browser tests), where this machine allows it.
# Never fails: a test whose tool is missing skips with a message saying so.
set -u
missing=()
command -v kcat >/dev/null 2>&1 || missing+=(kcat)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; } \
    || echo "could not install ${missing[*]}: the tests that need them will skip"
else
  echo "not root or no apt-get: ${missing[*]} not installed; the tests that need them will skip"
fi
exit 0
