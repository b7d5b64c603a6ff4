"""Store safety (issue 14): the keyring must match the store, one undecryptable case must not break the
queue, key rotation cannot race a running server, and two servers cannot share one data directory.

Everything runs on real servers (in process, or `grooming-risk serve` as a child where the command line's
behaviour matters) and real SQLite / PostgreSQL.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import urllib.request
from dataclasses import replace
from pathlib import Path

import grpc
import pytest

from benchmarks.spawn import spawn_server
from grooming_risk.service.crypto import Keyring, new_keyring, write_keyring
from grooming_risk.service.errors import Unavailable
from grooming_risk.service.review_store import NewCase, ReviewStore
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import grooming_request

CLI = [sys.executable, "-m", "grooming_risk"]
SERVE = [*CLI, "serve", "--port", "0", "--metrics-port", "0"]
CANARY = "zebracanary4411"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str], command: str) -> str:
    """The CLI's refusal: exit 2 and exactly one line `grooming-risk COMMAND: ...` on stderr, no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"grooming-risk {command}: "), result.stderr
    return lines[0]


def serve_refused(*args: str) -> str:
    """Run `grooming-risk serve ARGS`; it must refuse to start (a server that starts is killed: failure)."""
    proc = subprocess.Popen([*SERVE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    line = proc.stdout.readline()
    if "serving" in line:
        proc.kill()
        proc.wait()
        pytest.fail(f"the server started: {line.strip()}")
    proc.wait(timeout=60)
    result = subprocess.CompletedProcess(proc.args, proc.returncode, line + proc.stdout.read(), proc.stderr.read())
    proc.stdout.close()
    proc.stderr.close()
    return one_line_error(result, "serve")


def route(channel: grpc.Channel, conversation_id: str, text: str = "") -> str:
    request = grooming_request(conversation_id)
    if text:
        request.messages[3].text = text
    response = pb_grpc.RiskScoringServiceStub(channel).ScoreConversation(request, timeout=10)
    assert response.decision == pb.DECISION_ROUTED_TO_REVIEW
    return response.review_case_id


def get_case(channel: grpc.Channel, case_id: str) -> rpb.ReviewCase:
    return rpb_grpc.ReviewServiceStub(channel).GetCase(rpb.GetCaseRequest(case_id=case_id, reviewer_id="r"), timeout=10)


def primary_of(path: Path) -> str:
    return str(json.loads(path.read_text())["primary"])


# --- 1. wrong or missing keyring ------------------------------------------------------------------------


def test_a_replaced_or_deleted_keyring_is_refused_naming_the_missing_key(tmp_path: Path) -> None:
    data = tmp_path / "data"
    served = spawn_server(data, capture_stderr=True)
    channel = grpc.insecure_channel(f"127.0.0.1:{served.port}")
    case_id = route(channel, "conv-keep")
    channel.close()
    assert served.stop() == 0
    keyring = data / "keyring.json"
    original = keyring.read_bytes()
    needed = primary_of(keyring)

    keyring.unlink()
    assert cli("keygen", "--out", str(keyring)).returncode == 0  # another keygen keyring in its place
    line = serve_refused("--data-dir", str(data))
    assert needed in line and "not in the keyring" in line and str(keyring) in line

    keyring.unlink()  # no keyring at all: none may be created for a store that holds data
    line = serve_refused("--data-dir", str(data))
    assert needed in line and "restore" in line.lower()
    assert not keyring.exists()

    keyring.write_bytes(original)
    again = spawn_server(data, capture_stderr=True)
    channel = grpc.insecure_channel(f"127.0.0.1:{again.port}")
    assert get_case(channel, case_id).conversation_id == "conv-keep"  # nothing was lost
    channel.close()
    assert again.stop() == 0


def test_an_empty_but_initialised_store_keeps_its_keyring(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    needed = primary_of(server.data_dir / "keyring.json")
    server.server.stop(grace=0)
    (server.data_dir / "keyring.json").unlink()
    with pytest.raises(ValueError, match=needed):
        start_server(data_dir=server.data_dir)
    assert not (server.data_dir / "keyring.json").exists()


def test_a_store_written_before_the_key_registry_is_checked_by_trial_decryption(tmp_path: Path) -> None:
    keyring = new_keyring()
    store = ReviewStore.open(tmp_path, None, keyring)
    store.create_case(NewCase("default", "c", 0.9, 0.5, ["SECRECY"], "v1", 1, {"participants": [], "messages": []}))
    store.close()
    with sqlite3.connect(tmp_path / "review.db") as db:
        db.execute("DELETE FROM key_check")  # as written by a version without the registry
    impostor = Keyring(keyring.primary, {keyring.primary: bytes(32)})  # the same key id, another key
    with pytest.raises(ValueError, match="does not decrypt the stored rows"):
        ReviewStore.open(tmp_path, None, impostor)
    ReviewStore.open(tmp_path, None, keyring).close()  # the right keyring passes, and is registered now
    with pytest.raises(ValueError, match="is not the key of that id"):
        ReviewStore.open(tmp_path, None, impostor)


@pytest.mark.parametrize("content", [b"this is not json", b"\xff\xfe\x00garbage", b'{"primary": "a", "keys": []}'])
def test_a_garbage_keyring_file_is_one_clear_line(tmp_path: Path, content: bytes) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "keyring.json").write_bytes(content)
    line = serve_refused("--data-dir", str(data))
    assert str(data / "keyring.json") in line and "not a keyring" in line
    keys = tmp_path / "keys.json"
    keys.write_bytes(content)
    line = serve_refused("--data-dir", str(tmp_path / "other"), "--encryption-keys-file", str(keys))
    assert str(keys) in line and "not a keyring" in line


def test_a_replica_on_postgresql_needs_a_shared_keyring(postgres, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = postgres.new_database()
    data = tmp_path / "replica"
    line = serve_refused("--data-dir", str(data), "--db-url", url)
    assert "keygen" in line and "--encryption-keys-file" in line
    assert not (data / "keyring.json").exists()  # no replica-private keyring was left behind


def test_replicas_with_different_keyrings_starting_together_one_wins(  # type: ignore[no-untyped-def]
    start_server, postgres, tmp_path: Path
) -> None:
    def replica(k: int, url: str, keys: list[Path], data_dir: Path, barrier: threading.Barrier, out: dict) -> None:  # type: ignore[type-arg]
        barrier.wait()
        try:
            out["started"].append(start_server(db_url=url, encryption_keys_file=keys[k], data_dir=data_dir))
        except ValueError as error:
            out["refused"].append(str(error))

    for attempt in range(3):
        url = postgres.new_database()
        keys = [tmp_path / f"a{attempt}" / "k1.json", tmp_path / f"a{attempt}" / "k2.json"]
        for path in keys:
            write_keyring(path, new_keyring())
        barrier = threading.Barrier(2)
        out: dict[str, list] = {"started": [], "refused": []}  # type: ignore[type-arg]
        threads = [
            threading.Thread(target=replica, args=(k, url, keys, tmp_path / f"r{attempt}-{k}", barrier, out))
            for k in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        started, refused = out["started"], out["refused"]
        assert len(started) == 1 and len(refused) == 1, (attempt, refused)
        winner = started[0]
        winner_key = primary_of(keys[0] if winner.data_dir.name.endswith("-0") else keys[1])  # type: ignore[attr-defined]
        assert winner_key in refused[0] and "not in the keyring" in refused[0]
        assert route(winner.channel, f"shared-{attempt}")  # type: ignore[attr-defined]
        winner.server.stop(grace=0)  # type: ignore[attr-defined]


# --- 2. one undecryptable case ----------------------------------------------------------------------------


def test_one_undecryptable_case_does_not_break_the_queue(start_server, caplog) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    good = route(server.channel, "conv-good", f"lol {CANARY}")
    tampered = route(server.channel, "conv-tampered", f"lol {CANARY}")
    keyless = route(server.channel, "conv-keyless", f"lol {CANARY}")
    with sqlite3.connect(server.data_dir / "review.db") as db:
        blob = bytearray(db.execute("SELECT conversation_enc FROM cases WHERE case_id = ?", (tampered,)).fetchone()[0])
        blob[-1] ^= 1
        db.execute("UPDATE cases SET conversation_enc = ?, content_enc = ? WHERE case_id = ?", (blob, blob, tampered))
        db.execute("UPDATE cases SET key_id = 'k9-gone' WHERE case_id = ?", (keyless,))
    review = rpb_grpc.ReviewServiceStub(server.channel)
    caplog.set_level(logging.INFO)
    for _ in range(2):  # listed twice: counted once per case
        listed = review.ListCases(rpb.ListCasesRequest(), timeout=5)
        by_id = {c.case_id: c for c in listed.cases}
        assert set(by_id) == {good, tampered, keyless}
        assert by_id[good].conversation_id == "conv-good" and not by_id[good].risk_factors
        for broken in (tampered, keyless):
            assert by_id[broken].conversation_id == "" and list(by_id[broken].risk_factors) == ["CONTENT_UNREADABLE"]
    assert get_case(server.channel, good).conversation_id == "conv-good"
    with pytest.raises(grpc.RpcError) as err:
        get_case(server.channel, keyless)
    assert err.value.code() == grpc.StatusCode.DATA_LOSS
    assert keyless in err.value.details() and "k9-gone" in err.value.details()
    with pytest.raises(grpc.RpcError) as err:
        get_case(server.channel, tampered)
    assert err.value.code() == grpc.StatusCode.DATA_LOSS
    assert tampered in err.value.details() and "authentication" in err.value.details()

    metrics = urllib.request.urlopen(server.metrics_url, timeout=5).read().decode()
    counted = re.findall(r"^grooming_risk_undecryptable_cases_total\{reason=\"(\w+)\"\} (\S+)$", metrics, re.M)
    assert sorted(counted) == [("authentication_failed", "1.0"), ("key_missing", "1.0")]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert tampered in logged and keyless in logged and "k9-gone" in logged
    assert CANARY not in logged and "conv-" not in logged  # the case id and the reason, never content

    # The reviewer can still erase the unreadable case (a false positive needs no content).
    done = review.SubmitVerdict(
        rpb.SubmitVerdictRequest(case_id=keyless, verdict=rpb.VERDICT_FALSE_POSITIVE, reviewer_id="r"), timeout=5
    )
    assert done.state == rpb.CASE_STATE_FALSE_POSITIVE


# --- 3. key rotation cannot race a running server ------------------------------------------------------


def test_rotate_key_refuses_while_a_server_runs_on_the_data_dir(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    case_id = route(server.channel, "conv-rot")
    keyring = server.data_dir / "keyring.json"
    before = keyring.read_text()
    line = one_line_error(cli("rotate-key", "--data-dir", str(server.data_dir), "--drop-old"), "rotate-key")
    assert "running" in line and str(server.data_dir) in line
    assert keyring.read_text() == before  # nothing changed
    assert route(server.channel, "conv-still-routes")
    # purge and report (cron) still run beside the server
    assert cli("purge", "--data-dir", str(server.data_dir)).returncode == 0
    report = cli("report", "--data-dir", str(server.data_dir), "--from", "2020-01-01", "--to", "2020-01-02")
    assert report.returncode == 0, report.stderr
    server.server.stop(grace=0)
    rotated = cli("rotate-key", "--data-dir", str(server.data_dir), "--drop-old")
    assert rotated.returncode == 0, rotated.stderr
    again = start_server(data_dir=server.data_dir)
    assert get_case(again.channel, case_id).conversation_id == "conv-rot"


def test_rotate_key_refuses_while_a_replica_runs_on_postgresql(  # type: ignore[no-untyped-def]
    start_server, postgres, tmp_path: Path
) -> None:
    url = postgres.new_database()
    keys = tmp_path / "keys" / "keyring.json"
    write_keyring(keys, new_keyring())
    stale = tmp_path / "stale.json"
    shutil.copy(keys, stale)
    replica = start_server(db_url=url, encryption_keys_file=keys)
    case_id = route(replica.channel, "conv-pg")
    rotate = ["rotate-key", "--db-url", url, "--keys-file", str(keys), "--drop-old"]
    line = one_line_error(cli(*rotate), "rotate-key")
    assert "running" in line and "1 " in line
    assert keys.read_text() == stale.read_text()
    replica.server.stop(grace=0)
    rotated = cli(*rotate)
    assert rotated.returncode == 0, rotated.stderr
    assert primary_of(stale) not in json.loads(keys.read_text())["keys"]  # dropped: no row uses it
    with pytest.raises(ValueError, match=primary_of(keys)):  # a replica left with the old keyring refuses
        start_server(db_url=url, encryption_keys_file=stale)
    again = start_server(db_url=url, encryption_keys_file=keys)
    assert get_case(again.channel, case_id).conversation_id == "conv-pg"


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_drop_old_never_drops_a_key_a_writer_still_uses(request, tmp_path: Path, engine: str) -> None:  # type: ignore[no-untyped-def]
    """Belt and braces under the lock: a writer checks its key is still registered in the same transaction as
    its insert, and a key is retired only in a transaction that finds no row using it."""
    url = request.getfixturevalue("postgres").new_database() if engine == "postgresql" else None
    old = new_keyring()
    writer = ReviewStore.open(tmp_path, url, old)  # a server that keeps the old keyring
    rotator = ReviewStore.open(tmp_path, url, old)
    case = NewCase("default", "c", 0.9, 0.5, ["SECRECY"], "v1", 1, {"participants": [], "messages": []})
    first = writer.create_case(case)
    new = old.with_new_primary()
    assert rotator.reencrypt(new) == 1
    late = writer.create_case(replace(case, conversation_id="c2"))  # the old key, after the re-encryption
    assert rotator.drop_keys(new, {old.primary}) == set()  # still used by `late`: kept
    rotator.reencrypt(new)
    assert rotator.drop_keys(new, {old.primary}) == {old.primary}
    with pytest.raises(Unavailable, match="retired"):
        writer.create_case(replace(case, conversation_id="c3"))  # the old key is retired: refused
    assert {r.case_id for r in rotator.list_cases(None, "PENDING", 10, None)[0]} == {first, late}
    assert all(rotator.get_case(c, "r").content is not None for c in (first, late))
    writer.close()
    rotator.close()


def test_rotate_key_names_an_undecryptable_case(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    route(server.channel, "conv-fine")
    broken = route(server.channel, "conv-broken")
    server.server.stop(grace=0)
    with sqlite3.connect(server.data_dir / "review.db") as db:
        blob = bytearray(db.execute("SELECT content_enc FROM cases WHERE case_id = ?", (broken,)).fetchone()[0])
        blob[-1] ^= 1
        db.execute("UPDATE cases SET content_enc = ? WHERE case_id = ?", (blob, broken))
    before = (server.data_dir / "keyring.json").read_text()
    line = one_line_error(cli("rotate-key", "--data-dir", str(server.data_dir), "--drop-old"), "rotate-key")
    assert broken in line and "nothing was changed" in line
    assert (server.data_dir / "keyring.json").read_text() == before


# --- 6. one data directory, one server ---------------------------------------------------------------


def test_a_second_server_on_one_data_dir_is_refused(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = start_server()
    with pytest.raises(ValueError, match="--db-url"):
        start_server(data_dir=first.data_dir)
    line = serve_refused("--data-dir", str(first.data_dir))
    assert str(first.data_dir) in line and "--processes" in line
    assert route(first.channel, "conv-first")


def test_kill_9_releases_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = spawn_server(data, capture_stderr=True)
    try:
        line = serve_refused("--data-dir", str(data))
        assert f"pid {first.pid}" in line
    finally:
        first.proc.send_signal(signal.SIGKILL)
        first.proc.wait(timeout=10)
        first.stop()
    second = spawn_server(data, capture_stderr=True)
    assert second.stop() == 0


def test_supervised_workers_share_the_data_dir_and_exclude_others(tmp_path: Path) -> None:
    data = tmp_path / "data"
    supervisor = spawn_server(data, "--processes", "2", capture_stderr=True)
    try:
        channels = [grpc.insecure_channel(f"127.0.0.1:{supervisor.port}") for _ in range(4)]
        cases = [route(channel, f"conv-w{k}") for k, channel in enumerate(channels)]
        assert all(get_case(channels[0], c).messages for c in cases)
        for channel in channels:
            channel.close()
        line = serve_refused("--data-dir", str(data))
        assert "workers" in line
        line = one_line_error(cli("rotate-key", "--data-dir", str(data)), "rotate-key")
        assert "running" in line
    finally:
        assert supervisor.stop() == 0, supervisor.log_text()
