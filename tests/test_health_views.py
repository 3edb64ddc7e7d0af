"""The list's SLA countdowns and the "Breaching soon" view, from the window's read models."""

from __future__ import annotations

from app import health, views
from app.views.health import breaching, countdowns
from tests.test_ui_seed import Seeded

POLICY = {"name": "Fast", "first_response_minutes": 45, "business_hours": False}


def test_countdowns_and_the_breaching_soon_view(seeded: Seeded) -> None:
    health.save(seeded.store, {"time_zone": "UTC", "sla": [POLICY],
                               "breaching_soon_minutes": 30})
    ids = seeded.ids
    found = countdowns(seeded.store, list(ids.values()))
    assert ids["citra"] not in found  # done: nothing is coming due
    # Waiting 50, 40, 20 and 10 minutes for a first response due after 45.
    ani, budi, eve, dewi = (found[ids[k]] for k in ("ani", "budi", "eve", "dewi"))
    assert (ani.kind, round(budi.due - ani.due)) == ("first_response", 600)
    assert ani.soon and budi.soon and eve.soon and not dewi.soon
    assert breaching(seeded.store) == [ids["ani"], ids["budi"], ids["eve"]]
    rows = views.page(seeded.store, views.View("breaching"), "rina")
    assert [r.member_name for r in rows][:2] == ["Ani", "Budi"]
    # A refresh keeps a row while its conversation is not done.
    again = views.page(seeded.store, views.View("breaching"), "rina", ids=[ids["citra"]])
    assert again == []
