"""The fault catalogue against connectors/http.py itself: safe reads are retried in place and
end in the typed error the fault means; writes are never retried, and a write whose fate is
unknown says so (the outbox then reconciles instead of sending again)."""

from __future__ import annotations

import httpx
import pytest

from connectors import errors, http
from tests.reliability.faults import CATALOGUE, Fault, FaultTransport

URL = "https://a.tiny.test/api/v1/thing"
TRANSPORT_FAULTS = [f for f in CATALOGUE if f.status or f.raise_]
BODY_FAULTS = [f for f in CATALOGUE if f.transform and f.expect is errors.BadPayload]


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"items": [{"id": "1", "text": "halo"}], "more": False})


def rig(fault: Fault) -> tuple[httpx.AsyncClient, FaultTransport]:
    transport = FaultTransport(httpx.MockTransport(ok), "a.tiny.test", fault)
    return httpx.AsyncClient(transport=transport), transport


@pytest.mark.parametrize("fault", TRANSPORT_FAULTS, ids=[f.name for f in TRANSPORT_FAULTS])
async def test_a_read_ends_in_the_typed_error_of_its_fault(
        fault: Fault, fast_sleep: list[float]) -> None:
    client, transport = rig(fault)
    with pytest.raises(errors.ConnectorError) as raised:
        await http.read(client, "GET", URL, "reading the thing")
    assert type(raised.value) is fault.expect
    if isinstance(raised.value, errors.RateLimited):  # too long to wait in place
        assert fault.wait[0] <= raised.value.retry_after <= fault.wait[1]
        assert transport.spoiled == 1
    elif isinstance(raised.value, errors.PlatformUnavailable):
        assert transport.spoiled == http.READ_ATTEMPTS  # retried, then given back
        assert fast_sleep == sorted(fast_sleep) and fast_sleep[0] > 0  # waits that grow
    else:
        assert transport.spoiled == 1  # a refused sign-in is not retried


@pytest.mark.parametrize("fault", BODY_FAULTS, ids=[f.name for f in BODY_FAULTS])
async def test_an_unreadable_body_is_a_bad_payload(fault: Fault) -> None:
    client, _ = rig(fault)
    response = await http.read(client, "GET", URL, "reading the thing")
    with pytest.raises(errors.BadPayload, match="not JSON"):
        http.json_of(response, "the thing")


@pytest.mark.parametrize(("fault", "expected"), [
    (Fault("connect timeout", raise_=httpx.ConnectTimeout), errors.PlatformUnavailable),
    (Fault("connect error", raise_=httpx.ConnectError), errors.PlatformUnavailable),
    (Fault("read timeout", raise_=httpx.ReadTimeout), errors.SendOutcomeUnknown),
    (Fault("connection reset", raise_=httpx.ReadError), errors.SendOutcomeUnknown),
    (Fault("dropped", raise_=httpx.RemoteProtocolError), errors.SendOutcomeUnknown),
    (Fault("429", 429, lambda: {"Retry-After": "3"}), errors.RateLimited),
    (Fault("401", 401), errors.AuthExpired),
], ids=lambda v: getattr(v, "name", ""))
async def test_a_write_is_never_retried_and_says_whether_it_may_have_landed(
        fault: Fault, expected: type[Exception], fast_sleep: list[float]) -> None:
    client, transport = rig(fault)
    with pytest.raises(expected) as raised:
        await http.write(client, "POST", URL, "posting a reply", json_body={"text": "hi"})
    assert transport.spoiled == 1 and fast_sleep == []
    if expected is errors.PlatformUnavailable:
        assert "nothing was sent" in str(raised.value)
