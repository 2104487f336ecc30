#!/usr/bin/env bash
# Makes sure the images our compose files use, postgres:16 and redis:7, exist
# locally. CI machines of this kind reach Debian's mirror but no container
# registry, so nothing can be pulled: we debootstrap a Debian rootfs, import
# it as a base image and build stand-ins that behave like the official images.
# If real images are already present (pulled elsewhere) they are left alone.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
base=twenty-devops/bookworm-base:latest
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
rootfs=/var/cache/twenty-devops/bookworm-rootfs

log() { echo "[ensure-images] $*"; }
has_image() { docker image inspect "$1" >/dev/null 2>&1; }

if has_image postgres:16 && has_image redis:7; then
  exit 0
fi

# Debootstrap into "<dir>.partial" and rename at the end, so a rootfs that
# exists under its final name is known to be complete.
make_rootfs() {
  local partial=$rootfs.partial
  if [ -d "$rootfs" ]; then
    log "reusing $rootfs"
    return
  fi

  # An interrupted debootstrap can leave /proc or /sys mounted inside.
  findmnt -rn -o TARGET | { grep "^$partial/" || true; } | sort -r \
    | xargs -r umount -l
  rm -rf --one-file-system "$partial"
  mkdir -p "$(dirname "$rootfs")"

  log "debootstrapping bookworm into $partial (a minute or so)"
  debootstrap --variant=minbase --include=postgresql,redis-server \
    bookworm "$partial" "$mirror" >/dev/null

  # Drop what a container never reads, about 270 of 430 MB. The cluster
  # Debian created at install time goes: the entrypoint makes its own. LLVM
  # only serves PostgreSQL's JIT; without llvmjit.so the server quietly runs
  # without JIT, as it would when built without it.
  local pg=$partial/usr/lib/postgresql/15/lib
  rm -rf "$partial"/var/lib/apt/lists/* "$partial"/var/cache/apt/* \
    "$partial"/usr/share/{doc,man,info,locale,i18n} \
    "$partial"/var/lib/postgresql/15/main "$partial"/etc/postgresql/15/main \
    "$partial"/usr/lib/x86_64-linux-gnu/{libLLVM-*,libz3.*} \
    "$pg"/llvmjit* "$pg"/bitcode
  mv "$partial" "$rootfs"
}

if ! has_image "$base"; then
  make_rootfs
  log "importing $rootfs as $base"
  tar -C "$rootfs" -c . | docker import - "$base" >/dev/null
fi

# No buildx plugin here, and the classic builder takes FROM from the local
# store without asking a registry. Its output, including a warning that it
# is deprecated, is shown only when a build fails.
for image in postgres:16 redis:7; do
  if ! has_image "$image"; then
    log "building $image"
    if ! out=$(DOCKER_BUILDKIT=0 docker build -t "$image" \
      "$here/images/${image%%:*}" 2>&1); then
      echo "$out" >&2
      exit 1
    fi
  fi
done
log "postgres:16 and redis:7 are ready"
