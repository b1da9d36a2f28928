"""The demo 组织生活会's Word minutes, rendered by LibreOffice, read as a reader would.

    python3 .ci/minutes/check.py BASE_URL WORK_DIR PAGES_DIR

Logs in as the demo secretary of 第一党支部, downloads the meeting's .docx, converts it to PDF
with `soffice --headless`, and checks with poppler's tools that every paragraph of the sample
speech is there in order, that every page carries its number as "— N —", that the lines to
sign are on the last page and nowhere before it, and that the headings are set in a sans apart
from the body's serif. Leaves a PNG of every page in PAGES_DIR. Standard library only.
"""

import json
import pathlib
import re
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests/fixtures/speech-branch-life-meeting.txt"
SIGNATURES = ["主持人（签字）", "记录人（签字）", "日期"]


def call(base, path, token=None, body=None):
    request = urllib.request.Request(base + path, method="POST" if body is not None else "GET")
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request) as response:
        return response.read()


def download(base, work):
    token = json.loads(
        call(base, "/api/v1/auth/login", body={"username": "demo.secretary1", "password": "minutebook-demo"})
    )["access_token"]
    query = urllib.parse.urlencode({"kind": "organizational_life", "limit": 200})
    meetings = json.loads(call(base, f"/api/v1/meetings?{query}", token))["items"]
    # The secretary's own branch: the one whose minutes hold the sample speech.
    life = [m for m in meetings if m["title"].endswith("组织生活会")]
    if len(life) != 1:
        sys.exit(f"expected one 组织生活会 in the secretary's reach, found {[m['title'] for m in life]}")
    docx = work / "minutes.docx"
    docx.write_bytes(call(base, f"/api/v1/meetings/{life[0]['id']}/minutes.docx", token))
    digest = life[0]["record_digest"]
    if not digest:
        sys.exit("the demo 组织生活会 is finalized but carries no record digest")
    return docx, digest


def render(docx, work):
    # A profile of its own, so that a LibreOffice already running elsewhere does not take over.
    profile = (work / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(work), str(docx)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = docx.with_suffix(".pdf")
    if not pdf.exists():
        sys.exit("LibreOffice wrote no PDF")
    return pdf


def squeeze(text):
    return re.sub(r"\s+", "", text)


def speech_paragraphs():
    """The sample speech as the demo records it: without the website's reprint notice."""
    lines = [l.strip() for l in SAMPLE.read_text(encoding="utf-8").splitlines()]
    return [l for l in lines if l and not l.startswith("本文系")]


def check(pdf, digest):
    failures = []
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    print(f"minutes: {len(pages)} pages")

    # Page numbers: "— N —" on page N, alone on its line.
    for n, page in enumerate(pages, start=1):
        if not re.search(rf"^\s*—\s*{n}\s*—\s*$", page, re.M):
            failures.append(f"page {n} does not carry its number — {n} —")

    # The speech in order, read across pages: the page numbers are taken out first, since a
    # paragraph may run over a page break.
    # The record's digest is at the foot of every page, so a printed page can be checked
    # against the service; taken out of the text like the numbers.
    footer = squeeze(f"定稿记录摘要（SHA-256）：{digest}")
    for n, page in enumerate(pages, start=1):
        if footer not in squeeze(page):
            failures.append(f"page {n} does not carry the record digest {digest}")
    body = squeeze("".join(re.sub(r"^\s*—\s*\d+\s*—\s*$", "", p, flags=re.M) for p in pages))
    body = body.replace(footer, "")
    at = 0
    for paragraph in speech_paragraphs():
        found = body.find(squeeze(paragraph), at)
        if found < 0:
            where = "earlier, out of order" if body.find(squeeze(paragraph)) >= 0 else "missing"
            failures.append(f"sample speech paragraph {where}: {paragraph[:40]}…")
        else:
            at = found + len(squeeze(paragraph))

    # The lines to sign: on the last page, and only there.
    for label in SIGNATURES[:2]:
        on = [n for n, p in enumerate(pages, start=1) if label in squeeze(p)]
        if on != [len(pages)]:
            failures.append(f"{label} is on pages {on}, not only on the last ({len(pages)})")
    if "日期：" not in squeeze(pages[-1]):
        failures.append("日期 is not on the last page")

    # Fonts: the body in a serif and the headings in a sans, each the face its font name
    # resolved to — not one fallback face for everything. (Noto's CJK collections share one
    # glyph table named "…jp", so the embedded name says jp whichever language's face was
    # picked; the language is the document's w:lang, checked by the unit tests.)
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    names = sorted({line.split()[0].split("+")[-1] for line in fonts if line.strip()})
    print("minutes: fonts " + ", ".join(names), flush=True)
    if not any("Serif" in n for n in names):
        failures.append(f"no serif face (仿宋/宋体) for the body and title: {names}")
    if not any("Sans" in n for n in names):
        failures.append(f"no sans face (黑体) for the headings: {names}")
    return failures


def pictures(pdf, out):
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / "page")], check=True)
    shutil.copy(pdf, out / "minutes.pdf")
    shutil.copy(pdf.with_suffix(".docx"), out / "minutes.docx")
    print(f"minutes: pages as PNG in {out}/")


def main():
    base, work, out = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    docx, digest = download(base, work)
    pdf = render(docx, work)
    pictures(pdf, out)
    failures = check(pdf, digest)
    for f in failures:
        print(f"minutes: FAIL {f}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print("minutes: the speech in order, every page numbered and carrying the record digest, "
          "the lines to sign on the last page")


if __name__ == "__main__":
    main()
