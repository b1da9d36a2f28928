"""The demo 组织生活会's Word minutes, rendered by LibreOffice, read as a reader would.

    python3 .ci/minutes/check.py BASE_URL WORK_DIR PAGES_DIR

Logs in as the demo secretary of 第一党支部, downloads the meeting's .docx, converts it to PDF
with `soffice --headless`, and checks with poppler's tools that every paragraph of the sample
speech is there in order, that every page carries its number as "— N —", that the lines to
sign are on the last page and nowhere before it, and that the headings are set in a sans apart
from the body's serif. Then the demo 支部党员大会's minutes: its 决议 section with each motion,
those due to attend with a vote, 通过 twice and 未通过 once, the exclusion's approval and the
written opinion's author. Leaves a PNG of every page in PAGES_DIR (the 党员大会's in
PAGES_DIR/assembly). Standard library only.
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


def call(base, path, token=None, body=None, upload=None):
    post = body is not None or upload is not None
    request = urllib.request.Request(base + path, method="POST" if post else "GET")
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    if upload is not None:
        # An attachment is the raw body; the service decides its type from the bytes.
        request.data = upload
        request.add_header("Content-Type", "application/octet-stream")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request) as response:
        return response.read()


def login(base):
    return json.loads(
        call(base, "/api/v1/auth/login", body={"username": "demo.secretary1", "password": "minutebook-demo"})
    )["access_token"]


def download(base, work, token):
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
    return docx, digest, life[0]["org_unit_id"]


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


# The demo 支部党员大会 (src/demo.rs, `assembly`): what its 决议 section must say.
ASSEMBLY_TITLE = "发展党员支部党员大会"
MOTIONS = ["讨论接收赵敏同志为中共预备党员", "讨论郑晓东同志预备党员按期转为正式党员",
           "提请党委表彰陈党员同志为年度优秀共产党员"]


def assembly(base, work, token):
    query = urllib.parse.urlencode({"kind": "general_assembly", "limit": 200})
    meetings = json.loads(call(base, f"/api/v1/meetings?{query}", token))["items"]
    found = [m for m in meetings if m["title"] == ASSEMBLY_TITLE]
    if len(found) != 1:
        sys.exit(f"expected the demo {ASSEMBLY_TITLE} once, found {len(found)}")
    docx = work / "assembly" / "minutes.docx"
    docx.parent.mkdir(exist_ok=True)
    docx.write_bytes(call(base, f"/api/v1/meetings/{found[0]['id']}/minutes.docx", token))
    return docx, found[0]["record_digest"]


def check_assembly(pdf, digest):
    failures = []
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = [squeeze(p) for p in text.split("\f")]
    if pages and not pages[-1]:
        pages.pop()
    print(f"assembly minutes: {len(pages)} pages")
    for n, page in enumerate(pages, start=1):
        if f"—{n}—" not in page:
            failures.append(f"assembly: page {n} does not carry its number — {n} —")
        if squeeze(f"定稿记录摘要（SHA-256）：{digest}") not in page:
            failures.append(f"assembly: page {n} does not carry the record digest")
    body = "".join(re.sub(r"—\d+—", "", p) for p in pages)
    body = body.replace(squeeze(f"定稿记录摘要（SHA-256）：{digest}"), "")
    section = body.find("决议一、")
    if section < 0:
        return failures + ["assembly: no 决议 section starting with its 一、 heading"]
    decided = body[section:]
    # Each motion in order, each followed by its result: 通过, 通过, 未通过.
    at = 0
    for motion, result in zip(MOTIONS, ["通过", "通过", "未通过"]):
        found = decided.find(f"议题：{motion}", at)
        if found < 0:
            failures.append(f"assembly: motion missing or out of order: {motion}")
            continue
        outcome = decided.find("表决结果：", found)
        said = decided[outcome + len("表决结果："):][:3]
        if outcome < 0 or not said.startswith(result) or (result == "通过" and said.startswith("未")):
            failures.append(f"assembly: {motion} is not followed by 表决结果：{result}")
        at = found + 1
    if decided.count("表决结果：通过") != 2 or decided.count("表决结果：未通过") != 1:
        failures.append("assembly: not 通过 twice and 未通过 once")
    for part, what in [
        ("应到会有表决权的党员7人（正式党员8人，经批准不计入1人），实到6人", "the due count with the exclusion"),
        ("经批准不计入：周党员，因病住院治疗，经示范党委批准（示党委〔2026〕8号）", "the exclusion's approval"),
        ("书面意见：1份，吴党员（赞成）", "the written opinion's author"),
        ("应到会有表决权的党员8人，实到6人", "the due count of the commendation"),
        ("（须至少5票），未通过", "the rule that failed the commendation"),
    ]:
        if part not in decided:
            failures.append(f"assembly: {what} is missing ({part})")
    if "应到会有表决权的党员8人，实到6人" not in body[:section]:
        failures.append("assembly: the particulars do not show those with a vote")
    for label in SIGNATURES[:2]:
        on = [n for n, p in enumerate(pages, start=1) if label in p]
        if on != [len(pages)]:
            failures.append(f"assembly: {label} is on pages {on}, not only on the last")
    return failures


def annexed(base, work, token, unit, minutes_pdf):
    """A meeting of `unit` not yet finalized, given a JPEG 签到表 and a PDF 会议材料; its
    .docx and the hashes the service stored."""
    query = urllib.parse.urlencode({"org_unit_id": unit, "limit": 200})
    meetings = json.loads(call(base, f"/api/v1/meetings?{query}", token))["items"]
    open_ = [m for m in meetings if m["status"] not in ("finalized", "cancelled")]
    if not open_:
        sys.exit("no meeting of the branch is open to attachments")
    meeting = open_[0]
    sheet = work / "sheet"
    # The title and the particulars table of the first page (at 100 dpi): a form, as a
    # photographed sheet is.
    subprocess.run(["pdftoppm", "-jpeg", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
                    "-x", "60", "-y", "170", "-W", "710", "-H", "300",
                    str(minutes_pdf), str(sheet)], check=True)
    files = [("sign_in_sheet", "签到表.jpg", sheet.with_suffix(".jpg").read_bytes()),
             ("material", "学习材料.pdf", minutes_pdf.read_bytes())]
    hashes = []
    for kind, name, data in files:
        path = f"/api/v1/meetings/{meeting['id']}/attachments?" + urllib.parse.urlencode(
            {"kind": kind, "name": name})
        hashes.append((name, json.loads(call(base, path, token, upload=data))["sha256"]))
    docx = work / "attachments" / "minutes.docx"
    docx.parent.mkdir(exist_ok=True)
    docx.write_bytes(call(base, f"/api/v1/meetings/{meeting['id']}/minutes.docx", token))
    print(f"minutes: attachments added to {meeting['title']}")
    return docx, hashes


def check_annex(pdf, hashes):
    failures = []
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = [squeeze(p) for p in text.split("\f")]
    if pages and not pages[-1]:
        pages.pop()
    print(f"minutes with attachments: {len(pages)} pages")
    for n, page in enumerate(pages, start=1):
        if f"—{n}—" not in page:
            failures.append(f"attachments: page {n} does not carry its number — {n} —")
    # The 附件 pages: from the one that lists the first hash on.
    annex = next((n for n, p in enumerate(pages, start=1) if "SHA-256：" in p), None)
    if annex is None:
        return failures + ["attachments: no 附件 page listing SHA-256s"]
    listed = "".join(pages[annex - 1:])
    for name, digest in hashes:
        if f"SHA-256：{digest}" not in listed:
            failures.append(f"attachments: {name}'s SHA-256 {digest} is not on the 附件 pages")
        if name not in listed:
            failures.append(f"attachments: {name} is not listed on the 附件 pages")
    note = "".join(pages[:annex - 1])
    if f"附件：1.{hashes[0][0]}" not in note or f"2.{hashes[1][0]}" not in note:
        failures.append("attachments: no 附件说明 naming both files before the 附件 pages")
    # The lines to sign close the record, on the page before the 附件.
    for label in SIGNATURES[:2]:
        on = [n for n, p in enumerate(pages, start=1) if label in p]
        if on != [annex - 1]:
            failures.append(f"attachments: {label} is on pages {on}, not on {annex - 1} only")
    # The picture: an image drawn on a 附件 page.
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True,
                             text=True).stdout.splitlines()[2:]
    images = [(int(l.split()[0]), l.split()[3], l.split()[4]) for l in listing
              if len(l.split()) > 4 and l.split()[2] == "image"]
    print(f"minutes with attachments: images (page, width, height) {images}")
    if not any(page >= annex for page, _, _ in images):
        failures.append(f"attachments: no picture on the 附件 pages (from page {annex})")
    if "图1签到表：签到表.jpg" not in listed:
        failures.append("attachments: the sign-in sheet's caption is missing")
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
    token = login(base)
    docx, digest, unit = download(base, work, token)
    pdf = render(docx, work)
    pictures(pdf, out)
    failures = check(pdf, digest)
    annex_docx, hashes = annexed(base, work, token, unit, pdf)
    annex_pdf = render(annex_docx, annex_docx.parent)
    pictures(annex_pdf, out / "attachments")
    failures += check_annex(annex_pdf, hashes)
    assembly_docx, assembly_digest = assembly(base, work, token)
    assembly_pdf = render(assembly_docx, assembly_docx.parent)
    pictures(assembly_pdf, out / "assembly")
    failures += check_assembly(assembly_pdf, assembly_digest)
    for f in failures:
        print(f"minutes: FAIL {f}", file=sys.stderr)
    if failures:
        sys.exit(1)
    print("minutes: the speech in order, every page numbered and carrying the record digest, "
          "the lines to sign on the last page; the attachments listed with their hashes and the "
          "sign-in sheet pictured; the 党员大会's 决议 with each motion, its count and result")


if __name__ == "__main__":
    main()
