#!/usr/bin/env bash
# Runs before `npm test` (the "pretest" script): makes sure what the tests need is on the
# machine. Installs missing Debian packages when it can (root, or sudo without a password),
# starts PostgreSQL and Redis when they are installed but not running, and otherwise stops
# at once with one message that names what is missing and the command that fixes it.
set -uo pipefail

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root=(sudo -n); else as_root=(none); fi
fi
can_root() { [ "${as_root[0]:-}" != none ]; }
root() { "${as_root[@]}" "$@"; }

fail() {
  echo >&2
  echo "npm test cannot run yet: $1" >&2
  echo "Fix it with:  $2" >&2
  echo >&2
  exit 1
}

# Debian package -> a file it installs.
declare -A needs=(
  [chromium]=/usr/bin/chromium
  [poppler-utils]=/usr/bin/pdftotext
  [fonts-dejavu-core]=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
  [haproxy]=/usr/sbin/haproxy
  [postgresql]=/usr/lib/postgresql
  [redis-server]=/usr/bin/redis-server
)
missing=()
for pkg in "${!needs[@]}"; do [ -e "${needs[$pkg]}" ] || missing+=("$pkg"); done

installed_postgres=no
if [ ${#missing[@]} -gt 0 ]; then
  install_cmd="apt-get update && apt-get install -y ${missing[*]}"
  can_root || fail "missing Debian packages: ${missing[*]} (and no root or password-less sudo to install them)" "sudo sh -c '$install_cmd'"
  echo "Installing Debian packages the tests need: ${missing[*]}"
  root apt-get update -qq >/dev/null || fail "apt-get update failed" "sudo apt-get update"
  root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || fail "installing ${missing[*]} failed" "sudo sh -c '$install_cmd'"
  [[ " ${missing[*]} " == *" postgresql "* ]] && installed_postgres=yes
fi

# PostgreSQL on 127.0.0.1:5432 with trust for local TCP connections (the tests create and
# drop their own databases as the postgres user).
pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! pg_up; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
  [ -n "$version" ] || fail "PostgreSQL is installed but has no cluster" "sudo pg_createcluster --start 15 main"
  can_root || fail "PostgreSQL is not running" "sudo pg_ctlcluster --skip-systemctl-redirect $version main start"
  if [ "$installed_postgres" = yes ]; then
    # A cluster this script just created: let local TCP connections in without a password, as on the project's machines.
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  fi
  echo "Starting PostgreSQL $version"
  root pg_ctlcluster --skip-systemctl-redirect "$version" main start || fail "PostgreSQL did not start" "sudo pg_ctlcluster --skip-systemctl-redirect $version main start"
  for _ in $(seq 1 50); do pg_up && break; sleep 0.2; done
  pg_up || fail "PostgreSQL does not answer on 127.0.0.1:5432" "sudo pg_ctlcluster --skip-systemctl-redirect $version main start"
fi
psql -h 127.0.0.1 -U postgres -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1 ||
  fail "PostgreSQL on 127.0.0.1:5432 does not let the postgres user in without a password" \
    "echo 'host all postgres 127.0.0.1/32 trust' | sudo tee -a /etc/postgresql/*/main/pg_hba.conf && sudo pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main reload"

# Redis on 127.0.0.1:6379 (nothing kept on disk).
redis_up() { [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; }
if ! redis_up; then
  echo "Starting Redis"
  if can_root; then
    root mkdir -p /var/lib/redis /var/log/redis
    root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null
  else
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no --dir "${TMPDIR:-/tmp}" --logfile "${TMPDIR:-/tmp}/kruiwagen-redis.log" >/dev/null
  fi
  for _ in $(seq 1 50); do redis_up && break; sleep 0.2; done
  redis_up || fail "Redis does not answer on 127.0.0.1:6379" "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no"
fi
exit 0
