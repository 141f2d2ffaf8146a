"""The dashboard in a real browser (Debian chromium through Playwright) against a real uvicorn server."""

from __future__ import annotations

import httpx
import pytest
from web_data import HOSTILE, TOKEN

pytestmark = pytest.mark.slow


def _open(page, query=""):  # type: ignore[no-untyped-def]
    page.goto(page.base + "/" + query)
    page.wait_for_selector("#event-list li")
    # function form: the page's CSP forbids eval, which a bare expression would need
    page.wait_for_function("() => document.getElementById('status').textContent.indexOf('event') >= 0")


def test_dashboard_shows_the_reference_articles_events_on_the_map(page, seed_result, hostile_result):
    _open(page)
    items = page.locator("#event-list li")
    assert items.count() == len(seed_result.events) + len(hostile_result.events)
    assert page.locator("#event-list").get_by_text("between Hajīn and Ālbū Kamāl").count() == 1
    # every event with a location is a marker on the map; the countries are drawn from the shipped shapes
    located = sum(1 for e in [*seed_result.events, *hostile_result.events] if e.location is not None)
    assert page.locator("#map path.leaflet-interactive").count() == located
    assert page.locator("#map svg path").count() > located + 100  # country polygons
    assert page.locator("#timeline rect.bar").count() >= 3
    assert page.problems == []


def test_a_filter_narrows_the_list(page, seed_result):
    _open(page)
    before = page.locator("#event-list li").count()
    page.select_option("select[name=event_type]", "Explosions/Remote violence")
    page.wait_for_function("n => document.querySelectorAll('#event-list li').length < n", arg=before)
    expected = [e for e in seed_result.events if e.event_type == "Explosions/Remote violence"]
    assert page.locator("#event-list li").count() == len(expected)
    assert all("Explosions/Remote violence" in t for t in page.locator("#event-list .what").all_inner_texts())
    assert "event_type=Explosions" in page.url  # the filtered view can be bookmarked
    page.fill("input[name=actor]", "russia")
    page.press("input[name=actor]", "Enter")
    page.wait_for_function("() => document.querySelectorAll('#event-list li').length === 1")
    assert "Military Forces of Syria" in page.locator("#event-list li").inner_text()


def test_clicking_an_event_shows_its_evidence_highlighted(page, seed_result):
    _open(page)
    page.locator("#event-list li", has_text="between Hajīn and Ālbū Kamāl").locator("button").click()
    view = page.locator("#event-view")
    view.wait_for(state="visible")
    assert "Armed clash" in page.locator("#ev-title").inner_text()
    marks = {kind: page.locator(f"#ev-sources mark.k-{kind}").all_inner_texts()
             for kind in ("type", "actors", "place", "date", "claimant")}
    assert "fights" in marks["type"]
    assert "international coalition" in marks["actors"]
    assert "between the cities of Hajin and Boukamal" in "".join(marks["place"])
    assert "General Frederic Parisot" in "".join(marks["claimant"])
    assert marks["date"]
    # each kind has its own colour
    colours = {page.locator(f"#ev-sources mark.k-{kind}").first.evaluate("m => getComputedStyle(m).backgroundColor")
               for kind in ("type", "actors", "place", "date", "claimant")}
    assert len(colours) == 5
    # the field list names the claimant, and its chip jumps to the evidence
    assert "General Frederic Parisot" in page.locator("#ev-fields").inner_text()
    page.locator("#ev-fields button", has_text="Claimant").click()
    assert page.locator("#ev-sources mark.k-claimant.flash").count() == 1
    page.locator("#close-view").click()
    view.wait_for(state="hidden")


def test_marker_click_opens_the_event(page):
    _open(page)
    # a DOM click on the marker's path (a mouse click at its centre could land on a neighbour mid-animation)
    page.locator("#map path.leaflet-interactive").first.dispatch_event("click")
    page.locator("#event-view").wait_for(state="visible")
    assert page.locator("#ev-sources .doc").count() >= 1


def test_hostile_article_runs_no_script(page, server, hostile_result):
    base, _app = server
    event = hostile_result.events[0]
    # a reviewer correction puts markup in an actor name too
    response = httpx.post(f"{base}/api/events/{event.id}/revisions", headers={"Authorization": f"Bearer {TOKEN}"},
                          json={"field": "actor1", "value": {"name": '<img src=x onerror="window.__pwned=7">Gunmen'}})
    assert response.status_code == 201
    _open(page, "?country=Mali")
    page.locator("#event-list li", has_text='<img src=x onerror="window.__pwned=7">Gunmen').locator("button").click()
    page.locator("#event-view").wait_for(state="visible")
    page.wait_for_timeout(300)  # give any injected handler time to fire
    text = page.locator("#ev-sources .doc").first.inner_text()
    assert text == HOSTILE  # shown literally, tags and all
    assert "<script>window.__pwned=6</script>Mali" in page.locator("#ev-sources h3").first.inner_text()
    assert 'onerror="window.__pwned=7"' in page.locator("#ev-fields").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#ev-sources script, #ev-sources img, #ev-sources b, #ev-sources a[href^=javascript]").count() == 0
    assert page.locator("#event-list img, #ev-fields img").count() == 0
    assert page.problems == []


def test_phone_sized_screen(browser, server, seed_result):
    base, _app = server
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base + "/")
    page.wait_for_selector("#event-list li")
    box = page.locator("#map").bounding_box()
    assert box and box["width"] <= 390 and box["height"] > 200
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    page.locator("#event-list li button").first.tap()
    view = page.locator("#event-view")
    view.wait_for(state="visible")
    assert view.bounding_box()["width"] <= 390
    context.close()


def test_docs_page_works_offline(page):
    page.goto(page.base + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/events" in p for p in paths)
    assert page.problems == []
