#!/usr/bin/env bash
# A small version of the official redis entrypoint: bare flags or a config
# file go to redis-server, which runs as the redis user.
set -euo pipefail

if [ $# -eq 0 ] || [ "${1:0:1}" = - ] || [ "${1%.conf}" != "$1" ]; then
  set -- redis-server "$@"
fi
if [ "$1" != redis-server ]; then
  exec "$@"
fi
shift

# redis-server only honours these as its first argument.
case ${1:-} in
  -v | --version | -h | --help) exec redis-server "$@" ;;
esac

# Like the official image, turn protected mode off so other containers can
# connect without a password, unless a config file decides it. It goes
# before the flags given to us, so an explicit --protected-mode still wins.
config=()
if [ $# -gt 0 ] && [ -f "$1" ]; then
  config=("$1")
  shift
fi
protected=(--protected-mode no)
if [ ${#config[@]} -gt 0 ] && grep -q '^protected-mode' "${config[0]}"; then
  protected=()
fi
set -- redis-server "${config[@]}" "${protected[@]}" "$@"

if [ "$(id -u)" = 0 ]; then
  find . \! -user redis -exec chown redis: {} + 2>/dev/null || true
  exec setpriv --reuid=redis --regid=redis --init-groups "$@"
fi
exec "$@"
