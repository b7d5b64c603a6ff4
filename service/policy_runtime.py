"""The live policy: the policy file plus changes made through PolicyService, reloaded without a restart.

Effective policy = the file's tenants (or the built-in default) with the API's persisted overrides merged
on top, validated as a whole. It is swapped atomically into the scoring core: a request uses the policy
set it started with, the next request the new one. Reloads happen on SIGHUP and when the file changes
on disk; a file that fails validation is logged and ignored (the running policy stays). Every change of
a value is audited (who, when, old -> new, reason) and threshold changes enter the threshold history.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from grooming_risk.model.policy import DEFAULT_TENANT, PolicyError, PolicySet, TenantPolicy, build_policy
from grooming_risk.service.errors import InvalidRequest, NotFound
from grooming_risk.service.metrics import Metrics
from grooming_risk.service.review_store import ReviewStore

log = logging.getLogger(__name__)
FIELDS = ("threshold", "adult_age", "min_age_gap_years", "peer_max_gap_years")


def _values(policy: TenantPolicy) -> dict[str, Any]:
    return {
        "threshold": policy.threshold,
        "adult_age": policy.rules.adult_age,
        "min_age_gap_years": policy.rules.min_age_gap_years,
        "peer_max_gap_years": policy.rules.peer_max_gap_years,
    }


class LivePolicy:
    def __init__(
        self,
        path: Path | None,
        default_threshold: float,
        store: ReviewStore,
        metrics: Metrics,
        on_change: Callable[[PolicySet], None],
        audit_reloads: bool = True,
    ) -> None:
        """`audit_reloads`: record file reloads in the audit log (one process of a supervised group does)."""
        self.path = path
        self.default_threshold = default_threshold
        self.store = store
        self.metrics = metrics
        self.on_change = on_change
        self.audit_reloads = audit_reloads
        self._lock = threading.Lock()
        self._file_data, self._file_digest = self._read_file()
        self._rejected_digest = ""
        self._overrides = store.policy_overrides()
        self.current = self._build(self._file_data, self._overrides)
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    # --- building -------------------------------------------------------------------------------
    def _raw(self) -> bytes:
        assert self.path is not None
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise PolicyError(f"{self.path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None

    def _parse(self, raw: bytes) -> dict[str, Any]:
        try:
            return tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise PolicyError(f"{self.path}: not valid TOML ({exc})") from None

    def _read_file(self) -> tuple[dict[str, Any], str]:
        if self.path is None:
            return {}, ""
        raw = self._raw()
        return self._parse(raw), hashlib.sha256(raw).hexdigest()

    def _build(self, file_data: Mapping[str, Any], overrides: Mapping[str, dict[str, Any]]) -> PolicySet:
        data = json.loads(json.dumps(file_data))  # deep copy
        tenants = data.setdefault("tenants", {})
        for tenant_id, values in overrides.items() if isinstance(tenants, dict) else ():  # else: build_policy says
            if tenant_id in tenants or tenant_id == DEFAULT_TENANT:
                table = tenants.setdefault(tenant_id, {})
                if isinstance(table, dict):
                    table.update(values)
        return build_policy(data, self.default_threshold, str(self.path) if self.path else "built-in")

    def source_of(self, tenant_id: str) -> str:
        if tenant_id in self.store.policy_overrides():
            return "api"
        return "file" if self.path else "built-in"

    # --- changes --------------------------------------------------------------------------------
    def _apply(self, new: PolicySet, actor: str, reason: str, source: str, audit: bool = True) -> None:
        """Swap in a validated policy set and audit every value that changed."""
        old = self.current
        for tenant_id in sorted(set(old.tenants) | set(new.tenants)) if audit else ():
            before = _values(old.tenants[tenant_id]) if tenant_id in old.tenants else {}
            after = _values(new.tenants[tenant_id]) if tenant_id in new.tenants else {}
            for field in FIELDS:
                if before.get(field) != after.get(field):
                    detail = json.dumps(
                        {
                            "tenant": tenant_id,
                            "field": field,
                            "old": before.get(field),
                            "new": after.get(field),
                            "reason": reason,
                            "source": source,
                        }
                    )
                    self.store.audit(actor, "policy_change", None, detail)
                    if field == "threshold" and "threshold" in after:
                        self.store.record_threshold_change(
                            tenant_id, before.get("threshold"), after["threshold"], actor, reason, source
                        )
        self.current = new
        self.on_change(new)
        self.publish()

    def publish(self) -> None:
        self.metrics.policy_threshold.clear()
        for tenant in self.current.tenants.values():
            self.metrics.policy_threshold.labels(tenant.tenant_id).set(tenant.threshold)

    def record_start(self) -> None:
        """Enter the thresholds in force at start into the history when they differ from the last recorded."""
        last = self.store.last_thresholds()
        for tenant in self.current.tenants.values():
            if last.get(tenant.tenant_id) != tenant.threshold:
                self.store.record_threshold_change(
                    tenant.tenant_id,
                    last.get(tenant.tenant_id),
                    tenant.threshold,
                    "grooming-risk",
                    "policy in force at start",
                    self.source_of(tenant.tenant_id),
                )
        self.publish()

    def reload(self, actor: str = "policy-file") -> bool:
        """Re-read the file; returns False (and keeps the running policy) when it is invalid or unchanged."""
        if self.path is None:
            return False
        with self._lock:
            digest = ""
            try:
                raw = self._raw()
                digest = hashlib.sha256(raw).hexdigest()
                if digest in (self._file_digest, self._rejected_digest):
                    return False  # unchanged, or the same bad content already reported
                data = self._parse(raw)
                new = self._build(data, self.store.policy_overrides())
            except PolicyError as exc:
                self._rejected_digest = digest
                self.metrics.policy_reload_errors.inc()
                log.error("policy file rejected, the running policy stays: %s", exc)
                return False
            self._file_data, self._file_digest = data, digest
            self._apply(new, actor, "policy file changed", "file", audit=self.audit_reloads)
            log.info("policy reloaded from %s", self.path)
            return True

    def update(self, tenant_id: str, changes: dict[str, Any], reason: str, actor: str) -> TenantPolicy:
        tenant_id = tenant_id or DEFAULT_TENANT
        if not reason.strip():
            raise InvalidRequest("reason is required")
        if not actor:
            raise InvalidRequest("actor is required")
        with self._lock:
            if tenant_id not in self.current.tenants:
                raise NotFound("tenant_id has no policy")
            overrides = self.store.policy_overrides()
            merged = {**overrides.get(tenant_id, {}), **changes}
            try:
                new = self._build(self._file_data, {**overrides, tenant_id: merged})
            except PolicyError as exc:
                raise InvalidRequest(str(exc).replace(f"tenants.{tenant_id}: ", "")) from None
            self.store.set_policy_override(tenant_id, merged, actor, reason)
            self._overrides = {**overrides, tenant_id: merged}
            self._apply(new, actor, reason, "api")
            return new.tenants[tenant_id]

    def reset(self, tenant_id: str, reason: str, actor: str) -> TenantPolicy:
        tenant_id = tenant_id or DEFAULT_TENANT
        if not reason.strip() or not actor:
            raise InvalidRequest("reason and actor are required")
        with self._lock:
            if tenant_id not in self.current.tenants:
                raise NotFound("tenant_id has no policy")
            overrides = {k: v for k, v in self.store.policy_overrides().items() if k != tenant_id}
            new = self._build(self._file_data, overrides)
            self.store.clear_policy_override(tenant_id, actor, reason)
            self._overrides = overrides
            self._apply(new, actor, reason, "api")
            return new.tenants[tenant_id]

    # --- watching -------------------------------------------------------------------------------
    def sync_overrides(self) -> bool:
        """Pick up API changes another process of the same group made (they are kept in the store)."""
        with self._lock:
            overrides = self.store.policy_overrides()
            if overrides == self._overrides:
                return False
            try:
                new = self._build(self._file_data, overrides)
            except PolicyError as exc:
                log.error("stored policy changes are invalid with the current file: %s", exc)
                return False
            self._overrides = overrides
            self._apply(new, "policy-sync", "changed by another process", "api", audit=False)
            return True

    def start_watching(self, interval: float) -> None:
        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.reload()
                    self.sync_overrides()
                except Exception as error:
                    log.error("policy watch failed: %s", error.__class__.__name__)

        self._watcher = threading.Thread(target=loop, name="policy-watch", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
