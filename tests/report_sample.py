"""Sample report data (the shape SCHEMA.md documents) for the HTML report tests.

``sample_data()`` builds a small, realistic batch: an invented harbour fire
covered by three outlets, with numeric, date and attribution conflicts, an
update and a conflict dismissed by a baseline; with ``hostile=True`` it adds an
event whose name, report ids, titles, sources, URLs, text, explanations and
labels are cross-site-scripting payloads, and an event with no conflicts whose
name is a path traversal. ``big_event_data()`` builds one event with 2,000
conflicts. Offsets are computed from the texts, so they are always consistent.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

# From the OWASP XSS Filter Evasion Cheat Sheet, plus variants that set
# window.__xss so a browser test can tell that one ran even without a dialog.
XSS_PAYLOADS: list[str] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "<svg/onload=alert(1)>",
    '"><script>alert(1)</script>',
    '<iframe src="javascript:alert(1)"></iframe>',
    "<body onload=alert(1)>",
    "';alert(1)//",
    "</script><script>alert(1)</script>",
    '<a href="jav&#x09;ascript:alert(1)">click</a>',
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    "<img src=x onerror=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041>",
    '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<svg><script>alert(1)</script></svg>",
    "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "{{ 7*7 }} {% raw %}${7*7}",
    "<script>window.__xss=1</script>",
    "<img src=x onerror=window.__xss=1>",
    "<svg onload=window.__xss=1>",
    '"><img src=x onerror=window.__xss=1>',
    "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
    "<details open ontoggle=window.__xss=1>",
    "javascript:window.__xss=1",
    "</textarea><script>window.__xss=1</script>",
    "\u2028</script><script>window.__xss=1</script>",
]


@dataclass
class Doc:
    """A report whose text is built from paragraphs of sentences, with spans."""

    id: str
    source: str
    published: str | None
    title: str
    url: str
    paragraphs: list[list[str]]
    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        parts, pos = [], 0
        for p, sentences in enumerate(self.paragraphs):
            if p:
                parts.append("\n\n")
                pos += 2
            for s, sentence in enumerate(sentences):
                if s:
                    parts.append(" ")
                    pos += 1
                self.spans.append((pos, pos + len(sentence)))
                parts.append(sentence)
                pos += len(sentence)
        self.text = "".join(parts)

    def meta(self) -> dict[str, Any]:
        """The report entry of an event."""
        return {
            "id": self.id,
            "source": self.source,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "path": f"fixtures/events/sample/{self.id}.md",
        }

    def find(self, index: int, surface: str) -> tuple[int, int]:
        """Offsets in the text of ``surface`` inside sentence ``index``."""
        start, end = self.spans[index]
        at = self.text.index(surface, start, end)
        return at, at + len(surface)

    def claim(self, index: int, surface: str, value: str, speaker: str = "") -> dict[str, Any]:
        """A claim as a conflict lists it; ``speaker`` is the speaker's words."""
        start, end = self.spans[index]
        s_start, s_end = self.find(index, surface)
        k_start, k_end = self.find(index, speaker) if speaker else (-1, -1)
        return {
            "report": self.id,
            "source": self.source,
            "published": self.published,
            "sentence": self.text[start:end],
            "sentence_index": index,
            "start": start,
            "end": end,
            "surface": surface,
            "surface_start": s_start,
            "surface_end": s_end,
            "value": value,
            "attributed_to": speaker,
            "speaker_start": k_start,
            "speaker_end": k_end,
        }

    def listed(self, event: str, n: int, index: int, surface: str, kind: str, value: str, fact: str = "", speaker: str = "") -> dict[str, Any]:
        """A claim as the event's claim list holds it."""
        start, end = self.find(index, surface)
        return {
            "id": f"{event}/{self.id}/c{n}",
            "report": self.id,
            "sentence_index": index,
            "sentence_start": self.spans[index][0],
            "sentence_end": self.spans[index][1],
            "kind": kind,
            "start": start,
            "end": end,
            "surface": surface,
            "value": value,
            "attributed_to": speaker,
            "fact": fact,
        }


def fingerprint(*parts: str) -> str:
    """A stable sha1 like the checker's own conflict fingerprints."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def conflict(event: str, n: int, kind: str, severity: str, fact: str, explanation: str, claims: list[dict[str, Any]], *, status: str = "open", confidence: float = 0.8, scope: str = "cross-report") -> dict[str, Any]:
    """A conflict entry; the fingerprint hashes the event, fact and claim spans."""
    spans = [f"{c['report']}:{c['surface_start']}" for c in claims]
    return {
        "id": f"{event}/{n}",
        "kind": kind,
        "severity": severity,
        "confidence": confidence,
        "scope": scope,
        "status": status,
        "fingerprint": fingerprint(event, fact, *spans),
        "fact": fact,
        "explanation": explanation,
        "claims": claims,
    }


def harbour_fire() -> tuple[dict[str, Any], dict[str, str]]:
    """An invented warehouse fire reported by a wire, a paper and a blog."""
    ev = "harbour-fire"
    wire = Doc("coastal-wire-0312", "Coastal Wire", "2025-03-12", "Fire tears through North Quay warehouse",
               "https://coastalwire.example/2025/03/12/north-quay-fire", [
                   ["A fire tore through a grain warehouse at the North Quay late on Tuesday, the city's fire service said.",
                    "Around 120 firefighters were sent to the scene, fire chief Maria Okafor told reporters."],
                   ["Three people were killed and 14 were injured, according to the harbour authority.",
                    "\u201cWe will rebuild the quay,\u201d Mayor Daniel Reyes said on Wednesday."],
                   ["The port\u2019s insurers estimated the damage at \u20ac40 million."],
               ])
    ledger = Doc("daily-ledger-0313", "Daily Ledger", "2025-03-13", "Five dead as quay blaze burns through the night",
                 "https://ledger.example/news/quay-blaze", [
                     ["Firefighters battled a blaze at a North Quay warehouse that broke out on Wednesday night.",
                      "More than 300 firefighters were deployed, the fire service said."],
                     ["Five people died, the harbour authority said on Thursday, up from three on Wednesday.",
                      "\u201cWe will rebuild the quay,\u201d fire chief Maria Okafor said."],
                     ["Insurers put the damage at \u20ac40 million."],
                 ])
    blog = Doc("harbour-watch", "Harbour Watch (blog)", None, "What we saw at the quay", "harbourwatch.example/quay", [
        ["Locals watched the North Quay fire from the seawall on Tuesday evening.",
         "Some 120 firefighters fought the flames for nine hours, said Søren Ødegård, who lives nearby."],
        ["At least five people were killed, according to the harbour authority."],
    ])
    conflicts = [
        conflict(ev, 1, "numeric", "high", f"{ev}/f1",
                 "Coastal Wire says about 120 firefighters were sent; Daily Ledger says more than 300.",
                 [wire.claim(1, "Around 120 firefighters", "about 120 (108\u2013132) firefighters", "fire chief Maria Okafor"),
                  ledger.claim(1, "More than 300 firefighters", "more than 300 firefighters", "the fire service")],
                 confidence=0.91),
        conflict(ev, 2, "date", "medium", f"{ev}/f2",
                 "The fire broke out on Tuesday 11 March per Coastal Wire, on Wednesday 12 March per Daily Ledger.",
                 [wire.claim(0, "late on Tuesday", "Tue 11 Mar 2025"),
                  ledger.claim(0, "on Wednesday night", "Wed 12 Mar 2025")], confidence=0.74),
        conflict(ev, 3, "attribution", "high", f"{ev}/f3",
                 "The same quote is credited to Mayor Daniel Reyes by Coastal Wire and to fire chief Maria Okafor by Daily Ledger.",
                 [wire.claim(3, "\u201cWe will rebuild the quay,\u201d", "Daniel Reyes", "Mayor Daniel Reyes"),
                  ledger.claim(3, "\u201cWe will rebuild the quay,\u201d", "Maria Okafor", "fire chief Maria Okafor")],
                 confidence=0.86),
        conflict(ev, 4, "numeric", "low", f"{ev}/f4",
                 "The death toll rose from three (12 March) to five (13 March): a later report revises the figure.",
                 [wire.claim(2, "Three people", "3 people killed"), ledger.claim(2, "Five people", "5 people died")],
                 status="update", confidence=0.66),
        conflict(ev, 5, "numeric", "low", f"{ev}/f4",
                 "Coastal Wire reports three dead; Harbour Watch says at least five.",
                 [wire.claim(2, "Three people", "3 people killed"), blog.claim(2, "At least five people", "at least 5 people killed")],
                 status="dismissed", confidence=0.52),
    ]
    facts = [
        {"id": f"{ev}/f1", "kind": "quantity", "label": "firefighters sent to the fire",
         "cells": {wire.id: ["about 120"], ledger.id: ["more than 300"], blog.id: ["about 120"]},
         "numbers": {wire.id: 120.0, ledger.id: 300.0, blog.id: 120.0}, "consensus": "about 120", "disagreeing": [ledger.id]},
        {"id": f"{ev}/f2", "kind": "date", "label": "when the fire broke out",
         "cells": {wire.id: ["Tue 11 Mar 2025"], ledger.id: ["Wed 12 Mar 2025"], blog.id: ["Tuesday (unresolved)"]},
         "consensus": "Tue 11 Mar 2025", "disagreeing": [ledger.id]},
        {"id": f"{ev}/f3", "kind": "statement", "label": "\u201cWe will rebuild the quay\u201d",
         "cells": {wire.id: ["Daniel Reyes"], ledger.id: ["Maria Okafor"]}, "consensus": None,
         "disagreeing": [wire.id, ledger.id]},
        {"id": f"{ev}/f4", "kind": "quantity", "label": "people killed",
         "cells": {wire.id: ["3"], ledger.id: ["5"], blog.id: ["at least 5"]},
         "numbers": {wire.id: 3.0, ledger.id: 5.0, blog.id: 5.0}, "consensus": "5", "disagreeing": [wire.id]},
        {"id": f"{ev}/f5", "kind": "quantity", "label": "damage",
         "cells": {wire.id: ["\u20ac40 million"], ledger.id: ["\u20ac40 million"]},
         "numbers": {wire.id: 40e6, ledger.id: 40e6}, "consensus": "\u20ac40 million", "disagreeing": []},
    ]
    claims = [
        wire.listed(ev, 1, 0, "late on Tuesday", "date", "Tue 11 Mar 2025", f"{ev}/f2"),
        wire.listed(ev, 2, 1, "Around 120 firefighters", "quantity", "about 120 firefighters", f"{ev}/f1", "Maria Okafor"),
        wire.listed(ev, 3, 2, "Three people", "quantity", "3 people killed", f"{ev}/f4"),
        wire.listed(ev, 4, 2, "14", "quantity", "14 people injured"),
        wire.listed(ev, 5, 3, "\u201cWe will rebuild the quay,\u201d", "statement", "We will rebuild the quay", f"{ev}/f3", "Daniel Reyes"),
        wire.listed(ev, 6, 4, "\u20ac40 million", "quantity", "\u20ac40 million", f"{ev}/f5"),
        ledger.listed(ev, 1, 0, "on Wednesday night", "date", "Wed 12 Mar 2025", f"{ev}/f2"),
        ledger.listed(ev, 2, 1, "More than 300 firefighters", "quantity", "more than 300 firefighters", f"{ev}/f1"),
        ledger.listed(ev, 3, 2, "Five people", "quantity", "5 people died", f"{ev}/f4"),
        ledger.listed(ev, 4, 3, "\u201cWe will rebuild the quay,\u201d", "statement", "We will rebuild the quay", f"{ev}/f3", "Maria Okafor"),
        ledger.listed(ev, 5, 4, "\u20ac40 million", "quantity", "\u20ac40 million", f"{ev}/f5"),
        blog.listed(ev, 1, 0, "on Tuesday evening", "date", "Tuesday (unresolved)", f"{ev}/f2"),
        blog.listed(ev, 2, 1, "Some 120 firefighters", "quantity", "about 120 firefighters", f"{ev}/f1", "Søren Ødegård"),
        blog.listed(ev, 3, 2, "At least five people", "quantity", "at least 5 people killed", f"{ev}/f4"),
    ]
    docs = [wire, ledger, blog]
    event = {"event": ev, "notes": ["Harbour Watch has no publication date: its relative dates were not resolved."],
             "reports": [d.meta() for d in docs], "conflicts": conflicts, "facts": facts, "claims": claims}
    return event, {d.id: d.text for d in docs}


HOSTILE_EVENT = '"><svg onload=window.__xss=1>'


def hostile_event() -> tuple[dict[str, Any], dict[str, str]]:
    """An event whose every string a report can supply is an XSS payload."""
    ev = HOSTILE_EVENT
    p = XSS_PAYLOADS
    first = Doc("<script>window.__xss=1</script>", "<img src=x onerror=alert(1)>", "2025-01-02", p[0],
                "javascript:alert(1)", [[f"Payload {i}: {payload}"] for i, payload in enumerate(p)])
    second = Doc("../../etc/passwd", "';alert(1)//", "2025-01-03", '<a href="jav&#x09;ascript:alert(1)">title</a>',
                 'https://example.org/a?q="><script>window.__xss=1</script>', [
                     ["Officials said 40 <b>people</b> <img src=x onerror=window.__xss=1> were evacuated.",
                      "The spokesman </script><script>window.__xss=1</script> said on Monday."],
                 ])
    third = Doc("javascript:alert(1)", "</title><script>alert(1)</script>", None, "<body onload=alert(1)>",
                "jav&#x09;ascript:alert(1)", [["Officials said 400 people were evacuated, <svg/onload=alert(1)> said."]])
    conflicts = [
        conflict(ev, 1, "numeric", "high", f"{ev}/f1", "<script>alert(1)</script> vs <img src=x onerror=alert(1)>",
                 [second.claim(0, "40 <b>people</b>", "<svg onload=window.__xss=1>", "Officials"),
                  third.claim(0, "400 people", "400 people", "<svg/onload=alert(1)>")]),
        conflict(ev, 2, "attribution", "medium", f"{ev}/f2", "';alert(1)// credited to two speakers",
                 [first.claim(0, p[0], "<script>alert(1)</script>", "Payload 0"),
                  second.claim(1, "</script><script>window.__xss=1</script>", "quote", "The spokesman")],
                 scope="<b>within</b>"),
    ]
    facts = [
        {"id": f"{ev}/f1", "kind": "quantity", "label": "<img src=x onerror=window.__xss=1>",
         "cells": {second.id: ["40 <b>people</b>"], third.id: ["<script>alert(1)</script>"]},
         "numbers": {second.id: 40.0, third.id: 400.0}, "consensus": "<svg onload=window.__xss=1>",
         "disagreeing": [third.id]},
        {"id": f"{ev}/f2", "kind": "<script>", "label": "</script>", "cells": {}, "consensus": None, "disagreeing": []},
    ]
    claims = [
        second.listed(ev, 1, 0, "40 <b>people</b>", "quantity", "<script>alert(1)</script>", f"{ev}/f1", "<svg onload=window.__xss=1>"),
        third.listed(ev, 1, 0, "400 people", "<img src=x>", "400", f"{ev}/f1"),
        first.listed(ev, 1, 3, "<svg/onload=alert(1)>", "statement", "x", ""),
    ]
    docs = [first, second, third]
    event = {"event": ev, "notes": ["<script>alert(1)</script>", "javascript:alert(1)"],
             "reports": [d.meta() for d in docs], "conflicts": conflicts, "facts": facts, "claims": claims}
    return event, {d.id: d.text for d in docs}


def summarise(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The data dict's summary block for ``events``."""
    conflicts = [c for e in events for c in e["conflicts"]]
    by_kind: dict[str, int] = {}
    by_severity: dict[str, int] = {}
    for c in conflicts:
        by_kind[c["kind"]] = by_kind.get(c["kind"], 0) + 1
        by_severity[c["severity"]] = by_severity.get(c["severity"], 0) + 1
    return {"events": len(events), "reports": sum(len(e["reports"]) for e in events), "conflicts": len(conflicts),
            "by_kind": by_kind, "by_severity": by_severity}


def sample_data(hostile: bool = True) -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    """The data dict and texts (event -> report id -> text) of a small batch."""
    parts = [harbour_fire()]
    if hostile:
        parts.append(hostile_event())
        parts.append(({"event": "../../etc/passwd", "notes": [], "reports": [], "conflicts": [], "facts": [], "claims": []}, {}))
    events = [e for e, _ in parts]
    texts = {e["event"]: t for e, t in parts}
    skipped = ["fixtures/events/harbour-fire/scan.pdf: not a report file (.pdf); convert it to .txt or remove it"]
    return {"checker_version": "0.1.0", "summary": summarise(events), "skipped": skipped, "events": events}, texts


CROWDED_EVENT = "quake-relief"
WIRE_SENTENCE = "About 4,000 people were evacuated from the valley, the regional government said."


def crowded_event_data() -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    """One event covered the way real news is: wire copy reprinted word for word.

    Six outlets print ``WIRE_SENTENCE`` unchanged; conflict 1 gives five
    values in nine statements, conflict 2 three dates of which two resolve to
    one day, and conflict 3 has a statement whose sentence is a lone closing
    quote mark (as a sentence splitter can leave one).
    """
    ev = CROWDED_EVENT
    docs = [
        Doc(f"outlet-{r}", f"Outlet {r}", "2025-06-03" if r < 5 else "2025-06-04", f"Quake relief {r}", "", [
            [WIRE_SENTENCE, "Relief flights resumed on Tuesday, officials said."],
            ["“We have tents for everyone. Nobody sleeps outside tonight.", "”", "Minister Ana Ruiz spoke in the valley."],
        ])
        for r in range(6)
    ]
    docs += [
        Doc("valley-post", "Valley Post", "2025-06-04", "Thousands leave the valley", "", [
            ["Some 4,000 residents left their homes, the regional government said.", "Relief flights resumed on June 3."],
        ]),
        Doc("metro-daily", "Metro Daily", "2025-06-04", "Mass evacuation", "", [
            ["40,000 people were evacuated from the valley, the regional government said.",
             "“Nobody sleeps outside tonight,” governor Tom Hale said."],
        ]),
        Doc("hill-times", "Hill Times", "2025-06-04", "Evacuation", "", [
            ["Only 400 people were evacuated, the regional government said.", "Relief flights resumed on Wednesday."],
        ]),
        Doc("river-news", "River News", None, "Valley emptied", "", [
            ["Nearly 14,000 people fled the valley, a volunteer said.", "Another count put it at 4,400 people."],
        ]),
    ]
    by_id = {d.id: d for d in docs}
    about = "about 4,000 (3,600\u20134,400) people"
    numeric = [d.claim(0, "About 4,000 people", about) for d in docs[:6]]
    numeric += [
        by_id["valley-post"].claim(0, "Some 4,000 residents", about),
        by_id["metro-daily"].claim(0, "40,000 people", "40,000 people"),
        by_id["hill-times"].claim(0, "400 people", "400 people"),
        by_id["river-news"].claim(0, "Nearly 14,000 people", "nearly 14,000 (12,600\u201314,000) people", "a volunteer"),
        by_id["river-news"].claim(1, "4,400 people", "4,400 people"),
    ]
    dates = [d.claim(1, surface, value) for d, surface, value in (
        (docs[0], "Tuesday", "Tuesday (2025-06-03)"),
        (docs[1], "Tuesday", "Tuesday (2025-06-03)"),
        (docs[2], "Tuesday", "Tuesday (2025-06-03)"),
        (by_id["valley-post"], "June 3", "June 3 (2025-06-03)"),
        (by_id["hill-times"], "Wednesday", "Wednesday (2025-06-04)"),
    )]
    quote = [docs[0].claim(3, "\u201d", "said by Ana Ruiz"), by_id["metro-daily"].claim(1, "governor Tom Hale", "said by Tom Hale", "governor Tom Hale")]
    quote[0]["attributed_to"] = "Ana Ruiz"
    conflicts = [
        conflict(ev, 1, "numeric", "high", f"{ev}/f1",
                 f"Outlet 0 (outlet-0, 2025-06-03) says {about}; Hill Times (hill-times, 2025-06-04) says 400 people. "
                 "Even allowing for hedges and rounding, the two figures cannot both hold.", numeric, confidence=0.9),
        conflict(ev, 2, "date", "high", f"{ev}/f2",
                 "Outlet 0 says Tuesday (2025-06-03); Hill Times says Wednesday (2025-06-04).", dates, confidence=0.7),
        conflict(ev, 3, "attribution", "high", f"{ev}/f3",
                 "The same quote is credited to Ana Ruiz and to Tom Hale; at most one of them said it.", quote),
    ]
    # Every claim of the conflicts, plus one in each wire copy that no conflict uses.
    claims = [
        {**by_id[c["report"]].listed(ev, n, c["sentence_index"], c["surface"], kind, c["value"]), "attributed_to": c["attributed_to"]}
        for kind, group in (("quantity", numeric), ("date", dates), ("statement", quote))
        for n, c in enumerate(group, 1)
    ]
    claims += [d.listed(ev, 9, 4, "Minister Ana Ruiz", "statement", "said by Ana Ruiz", speaker="Ana Ruiz") for d in docs[:6]]
    event = {"event": ev, "notes": [], "reports": [d.meta() for d in docs], "conflicts": conflicts, "facts": [], "claims": claims}
    data = {"checker_version": "0.1.0", "summary": summarise([event]), "skipped": [], "events": [event]}
    return data, {ev: {d.id: d.text for d in docs}}


def big_event_data(n_conflicts: int = 2000, n_reports: int = 10) -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    """One event ("storm-surge") with ``n_conflicts`` conflicts over ``n_reports`` reports.

    Conflict ``i`` compares sentence ``i`` of two reports; its explanation
    contains the unique token ``case-{i:04d}`` for search tests.
    """
    ev = "storm-surge"
    kinds = ("numeric", "date", "attribution")
    severities = ("high", "medium", "low")
    speakers = ("Governor Lena Park", "the coast guard", "Mayor Tomás Ruiz", "the utility")
    sentences: list[list[tuple[int, str]]] = [[] for _ in range(n_reports)]
    pairs = []
    for i in range(n_conflicts):
        a, b = i % n_reports, (i + 1 + (i // n_reports) % (n_reports - 1)) % n_reports
        kind = kinds[i % 3]
        fact = i // 5
        for r, variant in ((a, 0), (b, 1)):
            if kind == "numeric":
                text = f"Officials said {1000 + 37 * i + 500 * variant:,} homes in district {fact} were flooded."
            elif kind == "date":
                text = f"The levee in district {fact} failed on {3 + variant} March, engineers said."
            else:
                text = f"\u201cRepairs in district {fact} will take weeks,\u201d {speakers[(i + variant) % 4]} said."
            sentences[r].append((i, text))
        pairs.append((i, a, b, kind, fact))
    docs = [
        Doc(f"outlet-{r:02d}", f"Outlet {r:02d}", f"2025-09-{1 + r:02d}" if r % 4 else None, f"Storm surge update {r}",
            f"https://outlet{r:02d}.example/storm", [[t for _, t in sentences[r][k:k + 5]] for k in range(0, len(sentences[r]), 5)])
        for r in range(n_reports)
    ]
    where = {(r, i): n for r in range(n_reports) for n, (i, _) in enumerate(sentences[r])}
    conflicts, facts_cells = [], {}
    for i, a, b, kind, fact in pairs:
        claims = []
        for r in (a, b):
            n = where[(r, i)]
            text = docs[r].text[slice(*docs[r].spans[n])]
            if kind == "numeric":
                surface = text.split("said ")[1].split(" homes")[0] + " homes"
                speaker = "Officials"
            elif kind == "date":
                surface = text.split("on ")[1].split(",")[0]
                speaker = "engineers"
            else:
                surface = text.split("\u201d ")[0] + "\u201d"
                speaker = text.split("\u201d ")[1].removesuffix(" said.")
            claims.append(docs[r].claim(n, surface, surface, speaker))
            facts_cells.setdefault(fact, {}).setdefault(docs[r].id, []).append(surface)
        conflicts.append(conflict(ev, i + 1, kind, severities[(i // 3) % 3], f"{ev}/f{fact}",
                                  f"Reports disagree (case-{i:04d}).", claims,
                                  status="update" if i % 17 == 0 else "dismissed" if i % 23 == 0 else "open",
                                  confidence=round(0.5 + (i % 50) / 100, 2)))
    facts = []
    for fact, cells in sorted(facts_cells.items()):
        kind = ("quantity", "date", "statement")[(fact * 5) % 3]
        entry: dict[str, Any] = {"id": f"{ev}/f{fact}", "kind": kind, "label": f"district {fact}",
                                 "cells": {k: sorted(set(v)) for k, v in sorted(cells.items())},
                                 "consensus": None, "disagreeing": sorted(cells)[:1]}
        if kind == "quantity":
            entry["numbers"] = {k: float(v[0].split()[0].replace(",", "")) for k, v in sorted(cells.items())
                                if v[0].split()[0].replace(",", "").isdigit()}
        facts.append(entry)
    event = {"event": ev, "notes": [], "reports": [d.meta() for d in docs], "conflicts": conflicts, "facts": facts, "claims": []}
    data = {"checker_version": "0.1.0", "summary": summarise([event]), "events": [event]}
    return data, {ev: {d.id: d.text for d in docs}}
