"""A real PostGIS server for the store tests: Debian's postgresql + postgis, started here.

``initdb`` into a temporary folder (as the ``postgres`` user when the tests run as root, as
CI does), listening only on a unix socket inside that folder, stopped when the session ends.
Where it cannot start the PostGIS tests skip with the reason, unless
``GEOMAP_REQUIRE_POSTGIS=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    for bindir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        version = Path(bindir).parent.name
        control = Path(f"/usr/share/postgresql/{version}/extension/postgis.control")
        if (Path(bindir) / "initdb").exists() and control.exists():
            return Path(bindir)
    return None


def _unavailable(reason: str):
    if os.environ.get("GEOMAP_REQUIRE_POSTGIS") == "1":
        pytest.fail(f"GEOMAP_REQUIRE_POSTGIS=1 but {reason}")
    pytest.skip(reason)


class PostGIS:
    """A throw-away server: ``url(db)`` gives a store URL on its unix socket."""

    def __init__(self, bindir: Path, root: Path, as_postgres: bool):
        self.bindir, self.root, self.as_postgres = bindir, root, as_postgres
        self.socket = root
        self.data = root / "data"
        self.user = "postgres" if as_postgres else os.environ.get("USER", "postgres")
        self._n = 0

    def run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / tool), *args]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)

    def psql(self, db: str, sql: str) -> str:
        return self.run(
            "psql",
            "-X",
            "-q",
            "-At",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            str(self.socket),
            "-U",
            self.user,
            "-d",
            db,
            "-c",
            sql,
        ).stdout

    def new_db(self, *, postgis: bool = True, template: str | None = None) -> str:
        """A new database: with PostGIS, or a copy of ``template`` (fast: a file copy)."""
        self._n += 1
        name = f"t{self._n}"
        extra = ["-T", template] if template else []
        self.run("createdb", "-h", str(self.socket), "-U", self.user, *extra, name)
        if postgis and not template:
            self.psql(name, "CREATE EXTENSION postgis")
        return name

    def url(self, db: str, **query: str) -> str:
        q = "&".join(f"{k}={v}" for k, v in {"host": str(self.socket), **query}.items())
        return f"postgresql://{self.user}@/{db}?{q}"


@pytest.fixture(scope="session")
def postgis():
    bindir = _bindir()
    if bindir is None:
        _unavailable("no PostgreSQL server with PostGIS (apt-get install postgresql-15-postgis-3)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'geomap[postgis]')")
    as_postgres = os.geteuid() == 0
    if as_postgres and shutil.which("runuser") is None:
        _unavailable("running as root without runuser to start the server as postgres")
    root = Path(tempfile.mkdtemp(prefix="geomap-pg-"))
    if as_postgres:
        shutil.chown(root, "postgres")
    server = PostGIS(bindir, root, as_postgres)
    try:
        server.run("initdb", "-D", str(server.data), "-A", "trust", "--no-sync", "-U", server.user)
        server.run(
            "pg_ctl",
            "-D",
            str(server.data),
            "-w",
            "-s",
            "-l",
            str(root / "log"),
            "-o",
            f"-k {root} -c listen_addresses='' -c fsync=off",
            "start",
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(f"the test server did not start: {getattr(exc, 'stderr', exc)}")
    try:
        yield server
    finally:
        server.run("pg_ctl", "-D", str(server.data), "-m", "fast", "-s", "stop", check=False)
        shutil.rmtree(root, ignore_errors=True)
