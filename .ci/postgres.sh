# Sourced by .ci/run: a throw-away PostgreSQL cluster on a loopback port for the SQL token store
# tests. Installs PostgreSQL with apt-get when no server binaries are found, runs it as an
# unprivileged user (postgres refuses to run as root), exports BOKIO_TEST_POSTGRES_URL and
# registers stop_postgres, which .ci/run calls on exit.

export PATH="$PATH:/usr/sbin:/sbin"  # runuser, useradd

pg_bin_dir() {
    local dir
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
        return 0
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

start_postgres() {
    local bin port
    if ! bin=$(pg_bin_dir); then
        echo "ci: PostgreSQL not found; installing it with apt-get" >&2
        if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
            apt-get update -qq >&2 || true
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || true
        fi
        if ! bin=$(pg_bin_dir); then
            echo "ci: no PostgreSQL server available; the PostgreSQL tests will fail" >&2
            return 0
        fi
    fi
    PG_DIR=$(mktemp -d /tmp/bokio-ci-postgres.XXXXXX)
    chmod 755 "$PG_DIR"
    PG_RUN=()
    if [ "$(id -u)" -eq 0 ]; then
        PG_USER=postgres
        if ! id -u "$PG_USER" >/dev/null 2>&1; then
            PG_USER=bokio-ci-postgres
            id -u "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
        fi
        chown "$PG_USER" "$PG_DIR"
        PG_RUN=(runuser -u "$PG_USER" --)
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    PG_CTL="$bin/pg_ctl"
    "${PG_RUN[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; return 1; }
    "${PG_RUN[@]}" "$PG_CTL" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c max_connections=50" start >/dev/null \
        || { cat "$PG_DIR/server.log" >&2; return 1; }
    "${PG_RUN[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres bokio_test
    export BOKIO_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/bokio_test"
    echo "ci: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop_postgres() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
        "${PG_RUN[@]}" "$PG_CTL" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "${PG_DIR:-}" ]; then
        rm -rf "$PG_DIR"
    fi
}
