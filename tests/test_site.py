"""The site's content (render.site): feeds, open data, stable addresses, status history,
determinism. The browser checks (links, axe, requests) are in tests/browser/test_site_browser.py;
the command's options and refusals in tests/cli/test_site.py."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import feedparser
import jsonschema
import pytest

from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.core.progress.history import checkpoints, status_changes
from medborgarlofte.core.progress.types import Status, last_day
from medborgarlofte.render.site.model import data_day
from medborgarlofte.render.site.share import HEIGHT, WIDTH
from tests.fixtures.report.cases import load
from tests.fixtures.site.cases import OLOFSTROM, PLEDGE_IDS, VINGAKER_2020, build_site

PLEDGES = {"olofstroms-kommun-2024": OLOFSTROM, "vingakers-kommun-2020": VINGAKER_2020}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("site") / "public")


def _day(pledge_id: str) -> dt.date:
    """The day the site judges the pledge on: the latest day in its data."""
    return data_day(load(PLEDGES[pledge_id]))


def test_two_builds_are_byte_identical(site: Path, tmp_path: Path) -> None:
    again = build_site(tmp_path / "again")
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    assert len(first) > 60


def test_addresses_come_from_ids(site: Path) -> None:
    for pledge_id, path in PLEDGES.items():
        pledge = load(path)
        for target in pledge.targets:
            assert (site / pledge_id / "c" / f"{target.id}.html").is_file()
        for indicator in pledge.indicators:
            assert (site / pledge_id / "i" / f"{indicator.id}.html").is_file()
    assert sorted(p.name for p in (site / "olofstroms-kommun-2024").glob("*.html")) == [
        "2024-t1.html", "2024-t2.html", "2024-t3.html", "index.html"]


@pytest.mark.parametrize("pledge_id", sorted(PLEDGES))
def test_the_pledge_feed_has_one_entry_per_activity_and_status_change(
        site: Path, pledge_id: str) -> None:
    pledge = load(PLEDGES[pledge_id])
    as_of = _day(pledge_id)
    feed = feedparser.parse((site / pledge_id / "feed.atom").read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    changes = status_changes(pledge, as_of)
    activities = [e for e in pledge.event_list if last_day(e) <= as_of]
    assert len(changes) > 0
    assert len(feed.entries) == len(activities) + len(changes)
    ids = [entry.id for entry in feed.entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    assert feed.feed.updated == f"{as_of.isoformat()}T00:00:00Z"
    dates = [entry.updated for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)  # newest first
    assert {e.updated[:10] for e in feed.entries} <= (
        {last_day(e).isoformat() for e in activities} | {c.day.isoformat() for c in changes})
    for entry in feed.entries:
        assert entry.link.endswith(".html")
        assert (site / pledge_id / entry.link).is_file()


def test_the_site_feed_holds_every_pledges_entries(site: Path) -> None:
    feed = feedparser.parse((site / "feed.atom").read_bytes())
    assert feed.bozo == 0
    per_pledge = [feedparser.parse((site / p / "feed.atom").read_bytes()) for p in PLEDGE_IDS]
    assert sorted(e.id for e in feed.entries) == sorted(
        e.id for f in per_pledge for e in f.entries)
    assert feed.feed.updated == "2024-12-10T00:00:00Z"


def test_entry_ids_stay_when_an_activity_is_added(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = OLOFSTROM.read_text(encoding="utf-8")
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    from tests.fixtures.site.cases import CliRunner, app

    def ids() -> set[str]:
        out = tmp_path / "out"
        result = CliRunner().invoke(app, ["site", str(folder), "-o", str(out),
                                          "--updated", "2024-12-20"])
        assert result.exit_code == 0, result.output
        feed = feedparser.parse((out / "olofstroms-kommun-2024" / "feed.atom").read_bytes())
        return {e.id for e in feed.entries}

    before = ids()
    (folder / "a.yaml").write_text(text + "  - {date: 2024-12-18, target: polis-mopedinsatser,"
                                   " note: 'Exempel: en till'}\n", encoding="utf-8")
    after = ids()
    assert before < after and len(after - before) >= 1


@pytest.mark.parametrize("pledge_id", PLEDGE_IDS)
def test_the_json_validates_against_its_published_schema(site: Path, pledge_id: str) -> None:
    data = json.loads((site / pledge_id / "data.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "schema" / "site-data-v1.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert (data["format"], data["version"]) == ("pledge-site-data", 1)
    assert data["$schema"] == "../schema/site-data-v1.schema.json"


def test_the_json_schema_rejects_a_broken_document(site: Path) -> None:
    data = json.loads((site / PLEDGE_IDS[0] / "data.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "schema" / "site-data-v1.schema.json").read_text("utf-8"))
    del data["commitments"][0]["status"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_the_json_tells_what_the_status_command_tells(site: Path) -> None:
    data = json.loads((site / "olofstroms-kommun-2024" / "data.json").read_text("utf-8"))
    progress = compute_progress(load(OLOFSTROM), dt.date(2024, 12, 10))
    assert data["as_of"] == data["updated"] == "2024-12-10"
    assert [(c["id"], c["status"]) for c in data["commitments"]] == [
        (t.id, t.status.value) for t in progress.targets]
    assert data["summary"]["total"] == 10
    assert {k: v for k, v in data["summary"].items() if k != "total"} == {
        s.value: n for s, n in progress.summary.counts.items()}
    assert len(data["activities"]) == 23
    assert [p["label"] for p in data["periods"]] == ["2024-T1", "2024-T2", "2024-T3"]


def test_status_changes_are_computed_at_activities_and_period_ends() -> None:
    pledge = load(OLOFSTROM)
    days = checkpoints(pledge, dt.date(2024, 12, 10))
    assert dt.date(2024, 4, 30) in days and dt.date(2024, 8, 31) in days
    assert dt.date(2024, 12, 10) == days[-1]
    assert dt.date(2024, 3, 12) in days  # an activity's day
    moped = [c for c in status_changes(pledge, dt.date(2024, 12, 10))
             if c.target_id == "polis-mopedinsatser"]
    # on track needs floor(4 x days elapsed / 366): 2 on 30 September (274 days, 2.99), 3 on
    # 3 October (277 days, 3.03) with 2 done, and the third comes on 15 October
    assert [(c.day.isoformat(), c.before, c.after) for c in moped] == [
        ("2024-10-03", Status.ON_TRACK, Status.BEHIND),
        ("2024-10-15", Status.BEHIND, Status.ON_TRACK),
    ]


def test_share_images_are_png_of_the_right_size(site: Path) -> None:
    for png in (site / "olofstroms-kommun-2024").glob("*.png"):
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (
            WIDTH, HEIGHT)
    page = (site / "olofstroms-kommun-2024" / "2024-t2.html").read_text("utf-8")
    assert '<meta property="og:image" content="2024-t2.png">' in page
    assert ('<meta property="og:image:alt" content="Medborgarlöfte 2024, Olofströms kommun, '
            "2024-T2: 10 löften: ✔ uppfyllt 1 · ● i fas 4 · ● pågår 1 · ▲ efter plan 2 · "
            "▲ inaktivt 2 (läget 31 augusti 2024)."
            '">') in page


def test_every_page_links_its_open_data_and_says_when_it_was_updated(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert 'data.json"' in html, page
        assert "schema/site-data-v1.schema.json" in html, page
        assert "Senast uppdaterad " in html, page
        assert '<html lang="sv">' in html
        assert '<a class="skip-link" href="#main">' in html


def test_the_sitemap_lists_every_page_under_the_base_url(tmp_path: Path) -> None:
    out = build_site(tmp_path / "s", "--base-url", "https://example.org/lofte/")
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    pages = sorted(str(p.relative_to(out)) for p in out.rglob("*.html"))
    assert sitemap.count("<url>") == len(pages)
    for page in pages:
        assert f"<loc>https://example.org/lofte/{page}</loc>" in sitemap
    assert ('<url><loc>https://example.org/lofte/vingakers-kommun-2020/index.html</loc>'
            "<lastmod>2020-12-15</lastmod></url>") in sitemap
    html = (out / "olofstroms-kommun-2024" / "index.html").read_text(encoding="utf-8")
    assert ('<meta property="og:image" '
            'content="https://example.org/lofte/olofstroms-kommun-2024/share.png">') in html


def test_the_site_in_english(tmp_path: Path) -> None:
    out = build_site(tmp_path / "en", "--lang", "en")
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Skip to the content" in html
    assert "Citizen promises: how it is going" in html
    page = (out / "olofstroms-kommun-2024" / "c" / "polis-mopedinsatser.html").read_text("utf-8")
    assert '<h1><span lang="sv">4 st riktade insatser kopplat till A-traktorer och mopeder.' in page
    assert "On track: 3 of 4 are done, and on track needs at least 3 today" in page


@pytest.mark.parametrize("target_id, rule", [
    ("kommun-kompetenshojning-narkotika", "Klart: genomfört 2024-09-26."),
    ("kommun-motorintresserade-unga",
     "Aktivt: fortlöpande arbete utan måltal; senaste aktivitet 2024-11-19, och aktivt betyder "
     "minst en aktivitet de senaste 90 dagarna."),
    ("polis-narkotikainsatser",
     # 10 December is day 345 of 366: 5 x 345 / 366 = 4,7, and on track needs 4
     "I fas: 4 av 5 är gjorda, och i fas kräver i dag minst 4 (målet fördelat jämnt över "
     "tiden ger 4,7)."),
    ("kommun-grannsamverkan-kommunikation",
     "Efter plan: 2 av 4 är gjorda, men i fas kräver i dag minst 3 (målet fördelat jämnt över "
     "tiden ger 3,8); det finns tid kvar till 2024-12-31."),
])
def test_a_commitment_page_tells_the_rule_behind_its_status(site: Path, target_id: str,
                                                            rule: str) -> None:
    html = (site / "olofstroms-kommun-2024" / "c" / f"{target_id}.html").read_text("utf-8")
    assert f'<p class="rule">{rule}' in html


def test_a_period_page_is_the_periods_report(site: Path) -> None:
    html = (site / "olofstroms-kommun-2024" / "2024-t2.html").read_text(encoding="utf-8")
    assert ("<p>Läget 31 augusti 2024: 10 löften: ✔ uppfyllt 1 · ● i fas 4 · ● pågår 1 · "
            "▲ efter plan 2 · ▲ inaktivt 2.</p>") in html
    assert '<a href="c/polis-mopedinsatser.html">' in html
    pledge = (site / "olofstroms-kommun-2024" / "index.html").read_text(encoding="utf-8")
    assert '<a href="2024-t2.html">Uppföljningen för 2024-T2</a>' in pledge


def test_site_feed_titles_name_their_pledge(site: Path) -> None:
    feed = feedparser.parse((site / "feed.atom").read_bytes())
    titles = {e.title for e in feed.entries}
    assert ("Vingåkers kommun 2020: Aktivitet 2020-09-24: genomföra den årliga "
            "trygghetsvandringen i Vingåker tillsammans med Polisen och medborgare från "
            "Vingåker. Vandringen ska ske med fokus på belysningen") in titles
    assert "Olofströms kommun 2024: Genomföra grannsamverkanutbildning vid 4 tillfällen under " \
           "2024. – nu efter plan" in titles


def test_a_count_commitments_chart_shows_its_goal(site: Path) -> None:
    html = (site / "olofstroms-kommun-2024" / "c" / "polis-mopedinsatser.html").read_text("utf-8")
    assert '<line class="chart-goal"' in html
    assert "Streckad linje: målet, 4 insatser.</desc>" in html


def test_an_english_site_marks_the_swedish_names_in_its_breadcrumbs(tmp_path: Path) -> None:
    out = build_site(tmp_path / "en", "--lang", "en")
    html = (out / "vingakers-kommun-2023" / "i" / "upplevd-trygghet.html").read_text("utf-8")
    assert ('<li><a href="../../index.html">Home</a></li><li><a href="../index.html" lang="sv">'
            "Medborgarlöfte 2023, Vingåkers kommun</a></li>") in html


def test_the_published_schema_names_every_status() -> None:
    """The open data's summary and status enum list exactly the statuses the rows can show."""
    import json
    from importlib.resources import files

    from medborgarlofte.core.progress.values import STATUS_ORDER

    schema = json.loads(files("medborgarlofte.render.site")
                        .joinpath("site-data-v1.schema.json").read_text(encoding="utf-8"))
    ids = [s.value for s in STATUS_ORDER]
    assert schema["$defs"]["summary"]["required"] == ["total", *ids]
    target_status = schema["properties"]["commitments"]["items"]["properties"]["status"]
    assert sorted(target_status["enum"]) == sorted(ids)
