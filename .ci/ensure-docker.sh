#!/usr/bin/env bash
# Makes sure a Docker engine answers and a Compose CLI exists. On a fresh
# machine of this kind only the docker client is present: the engine and
# Compose v1 come from Debian's packages, and dockerd is started by hand
# because no init system runs here.
set -euo pipefail

log() { echo "[ensure-docker] $*"; }

has_compose() {
  docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null 2>&1
}

if ! command -v dockerd >/dev/null 2>&1 || ! has_compose \
  || ! command -v debootstrap >/dev/null 2>&1; then
  log "installing docker.io, docker-compose and debootstrap from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || log "apt-get update reported errors; trying the install anyway"
  apt-get install -y -qq docker.io docker-compose debootstrap >/dev/null
fi

if docker info >/dev/null 2>&1; then
  log "engine already answering"
  exit 0
fi

log "starting dockerd (log: /var/log/dockerd.log)"
nohup dockerd >/var/log/dockerd.log 2>&1 &

for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    log "engine is up"
    exit 0
  fi
  sleep 1
done

log "dockerd did not answer within 60 s; its log ends with:"
tail -n 30 /var/log/dockerd.log >&2
exit 1
