#!/usr/bin/env bash
# Makes a Docker engine available: uses one that answers, otherwise installs Debian's docker.io
# (when missing) and starts dockerd in the background. Idempotent; for CI machines and fresh hosts.
set -euo pipefail

if docker info >/dev/null 2>&1; then
  echo "Docker engine: $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"
  exit 0
fi

if ! command -v dockerd >/dev/null 2>&1; then
  echo "Installing Docker engine from Debian packages..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq docker.io >/dev/null
fi

echo "Starting dockerd..."
mkdir -p /var/log
nohup dockerd > /var/log/sluice-dockerd.log 2>&1 &
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    echo "Docker engine: $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"
    exit 0
  fi
  sleep 1
done
echo "dockerd did not answer within 60 s; its log:" >&2
tail -50 /var/log/sluice-dockerd.log >&2
exit 1
