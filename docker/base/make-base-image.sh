#!/usr/bin/env bash
# Provides the base image every Sluice image starts FROM (debian:bookworm-slim). Where a registry
# answers, it is pulled; where none does, it is made from Debian packages with debootstrap and
# imported under the same name, so the Dockerfiles are the same in both cases.
set -euo pipefail
BASE=${SLUICE_BASE_IMAGE:-debian:bookworm-slim}

if docker image inspect "$BASE" >/dev/null 2>&1; then
  echo "Base image $BASE: present"
  exit 0
fi
if timeout 60 docker pull -q "$BASE" >/dev/null 2>&1; then
  echo "Base image $BASE: pulled"
  exit 0
fi

echo "No registry answers: building $BASE from Debian packages (debootstrap)..."
if ! command -v debootstrap >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
# The same mirror apt uses on this host, when it says one.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
root=$(mktemp -d /tmp/sluice-base.XXXXXX)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase bookworm "$root" ${mirror:+"$mirror"} >/dev/null
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import -c 'CMD ["/bin/bash"]' - "$BASE" >/dev/null
echo "Base image $BASE: made with debootstrap"
