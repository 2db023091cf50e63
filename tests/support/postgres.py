"""A throw-away PostgreSQL cluster for the tests: initdb in a temp dir, started on a free
loopback port, removed afterwards. Never a mock.

PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def find_bin() -> Path | None:
    if os.environ.get("QUEUEDESK_PG_BIN"):
        return Path(os.environ["QUEUEDESK_PG_BIN"])
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent   # /usr/local/bin may hold only a few links
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(found[0]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """`password`: connections over TCP must give it (scram), as on a real server; by
    default they are trusted. `settings`: server settings beyond the tests' own
    (e.g. wal_level=logical); `wal_segment_mb`: a small WAL segment, so a test fills a
    replication slot's allowance quickly."""

    def __init__(self, password: str | None = None, settings: dict[str, str] | None = None,
                 wal_segment_mb: int | None = None):
        self.password = password
        self.settings = dict(settings or {})
        self.wal_segment_mb = wal_segment_mb
        self.bin = find_bin()
        if self.bin is None:
            raise PostgresUnavailable("PostgreSQL server binaries (initdb) not found")
        self.dir = Path(tempfile.mkdtemp(prefix="queuedesk-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self._as = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *cmd: str) -> None:
        env = {**os.environ, **({"PGPASSWORD": self.password} if self.password else {})}
        result = subprocess.run([*self._as, *cmd], capture_output=True, text=True, timeout=120, env=env)
        if result.returncode != 0:
            raise PostgresUnavailable(f"{cmd[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> "Cluster":
        auth = ["-A", "trust"]
        if self.password:
            secret = self.dir / "pw"
            secret.write_text(self.password + "\n")
            if self._as:
                os.chown(secret, pwd.getpwnam("postgres").pw_uid, -1)
            auth = ["--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={secret}"]
        segment = [f"--wal-segsize={self.wal_segment_mb}"] if self.wal_segment_mb else []
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "queuedesk", *auth, "-E", "UTF8",
                  "--no-locale", *segment)
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server on the existing data (after `start`, `halt`)."""
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   f"-c max_connections=200 -c shared_buffers=64MB"
                   + "".join(f" -c {key}={value}" for key, value in self.settings.items()))
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.dir / "log"), "-w", "-t", "60", "start")

    def halt(self) -> None:
        """Stop at once, like a crash or a pulled cable: connections die without goodbye.
        The data stays, so `resume` brings the same databases back."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def create_database(self, name: str) -> str:
        self._run(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "queuedesk", name)
        return self.url(name)

    def conninfo(self, name: str) -> str:
        """How another server (a head office) reaches database `name` here."""
        secret = f" password={self.password}" if self.password else ""
        return f"host=127.0.0.1 port={self.port} dbname={name} user=queuedesk{secret}"

    def url(self, name: str = "postgres") -> str:
        secret = f":{self.password}" if self.password else ""
        return f"postgresql+psycopg://queuedesk{secret}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self.halt()
        except PostgresUnavailable:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)
