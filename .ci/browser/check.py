"""The web client in a real browser (Debian's Chromium, driven by Playwright), as its users
meet it: the service built by CI, on a fresh database with the demo data.

    python check.py BASE_URL SHOTS_DIR

A member logs in (a wrong password first: the refusal is shown in words), sees the meetings
in reach and its own items, reports progress on an open item (a value past its range is
refused next to its field), submits it, reloads the tab without losing the session, logs out
(and a reload stays logged out), and gives an email address for reminders (a wrong one is
refused next to its field); the reviewer of the committee above then finds the item waiting
(its bell counts it) and verifies it (销号). A secretary sets up the branch's 企业微信 robot
(played by a small HTTP receiver the walk starts on this machine), sends a test message that
the receiver gets, and finds it in the delivery log; links such as messages carry
(`/#/meetings/<id>`, `/#/items/<id>`) open their record, also through the login. The
secretary uploads a JPEG 签到表 (drawn and encoded by the browser itself) to a meeting, sees
its thumbnail, downloads the same bytes, is refused an HTML page named .jpg in words, and
after finalizing finds the list read-only; the member attaches PDFs (printed by the browser)
as evidence to its item and to a progress update, and the reviewer sees them beside the
verify button. A secretary registers members' party standing and records the votes of a
支部党员大会: an admission that passes with its rule, a motion that fails on exactly half, a
count with more votes than voters refused with its field named. At 390 px
and 1280 px wide: no horizontal scrolling, no script error, no request to any other origin.
Screenshots of each screen land in SHOTS_DIR for a person to
look at.
"""

import base64
import json
import os
import re
import sys
import threading
import urllib.request
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from zoneinfo import ZoneInfo

from playwright.sync_api import expect, sync_playwright

BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


ITEM = "理论学习不够系统深入"
# The refusals the walk provokes on purpose: the wrong password, the progress past 100 %.
# The short secret of a generic webhook, the email address that is none.
# An HTML page named .jpg, refused by its content. A decision with more votes than voters.
PROVOKED = {(401, "login"), (422, "updates"), (422, "import?dry_run=true"), (422, "webhooks"), (422, "me"),
            (415, "attachments?kind=sign_in_sheet&name=scan.jpg"), (422, "decisions")}
# The day in the browser's (and the service's) zone: a change of standing takes effect on it.
TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()


def login(page, username: str) -> None:
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill("minutebook-demo")
    page.get_by_role("button", name="登录").click()


def make_files(browser) -> tuple[bytes, bytes]:
    """A real photo of a 签到表 (drawn on a canvas, encoded as JPEG by Chromium) and a real PDF
    (a page printed by Chromium): files as a phone or a desktop makes them, not fixtures."""
    page = browser.new_page()
    data_url = page.evaluate(
        """() => {
            const canvas = document.createElement("canvas");
            canvas.width = 800; canvas.height = 600;
            const g = canvas.getContext("2d");
            g.fillStyle = "#fdfcf7"; g.fillRect(0, 0, 800, 600);
            g.fillStyle = "#222"; g.font = "40px sans-serif"; g.fillText("签到表", 330, 70);
            g.strokeStyle = "#444"; g.lineWidth = 2;
            for (let y = 110; y <= 560; y += 50) { g.beginPath(); g.moveTo(60, y); g.lineTo(740, y); g.stroke(); }
            g.font = "28px serif";
            ["张书记", "李党员", "王委员"].forEach((n, i) => g.fillText(n, 90, 148 + i * 50));
            return canvas.toDataURL("image/jpeg", 0.9);
        }"""
    )
    jpeg = base64.b64decode(data_url.split(",", 1)[1])
    assert jpeg[:3] == b"\xff\xd8\xff", "the canvas did not give a JPEG"
    page.set_content("<h1>整改佐证材料</h1><p>已制定学习计划，完成第一章精读。</p>")
    pdf = page.pdf()
    assert pdf[:5] == b"%PDF-", "the browser did not print a PDF"
    page.close()
    return jpeg, pdf


def attach_to_the_meeting(page, shots: str, width: int, jpeg: bytes) -> None:
    """The secretary photographs the signed 签到表 and uploads it; its thumbnail shows, its
    download is the same bytes; an HTML page named .jpg is refused in words; a photo uploaded
    by mistake is deleted after a confirmation."""
    login(page, "demo.secretary1")
    page.get_by_role("link", name=MEETING).click()
    expect(page.get_by_role("heading", name=MEETING)).to_be_visible()
    section = page.locator("section.attachments-of")
    # Counted once the list is in (the earlier width's upload is there too).
    expect(section).to_have_attribute("aria-busy", "false")
    sheets = section.get_by_role("list", name="签到表", exact=True).locator("li")
    before = sheets.count()
    page.get_by_label("上传附件：类别").select_option(label="签到表")
    # A phone offers its camera for the sign-in sheet and photos; materials come from files.
    camera = section.locator('input[capture="environment"]')
    expect(camera).to_have_attribute("accept", "image/*")
    section.get_by_label("选择文件").set_input_files({"name": "签到表.jpg", "mimeType": "image/jpeg", "buffer": jpeg})
    expect(section.get_by_role("status")).to_have_text("已上传“签到表.jpg”。")
    expect(sheets).to_have_count(before + 1)
    thumb = sheets.last.get_by_role("img", name="签到表.jpg的缩略图")
    expect(thumb).to_be_visible()
    # The server's thumbnail, decoded by the browser: a JPEG at most 320 px a side.
    shown = thumb.evaluate("img => [img.src.slice(0, 23), img.naturalWidth, img.naturalHeight]")
    assert shown[0] == "data:image/jpeg;base64," and 0 < shown[1] <= 320 and 0 < shown[2] <= 320, shown
    expect(sheets.last).to_contain_text("KB")
    with page.expect_download() as info:
        sheets.last.get_by_role("link", name="下载签到表.jpg").click()
    with open(info.value.path(), "rb") as file:
        assert file.read() == jpeg, "the downloaded 签到表 is not the uploaded bytes"
    assert info.value.suggested_filename == "签到表.jpg", info.value.suggested_filename

    # An HTML page named .jpg: refused by its content, in words; nothing added.
    section.get_by_label("选择文件").set_input_files(
        {"name": "scan.jpg", "mimeType": "image/jpeg", "buffer": b"<!doctype html><script>alert(1)</script>"}
    )
    expect(section.get_by_role("alert")).to_contain_text(
        "只能上传图片（JPEG/PNG/WebP/HEIC）、PDF 或 Word/Excel/PowerPoint 文件"
    )
    expect(sheets).to_have_count(before + 1)
    page.wait_for_load_state("networkidle")
    no_sideways_scroll(page, "the meeting's attachments")
    page.screenshot(path=f"{shots}/meeting-attachments-{width}.png", full_page=True)

    if width == 1280:
        # A photo uploaded by mistake goes again, after a confirmation.
        page.get_by_label("上传附件：类别").select_option(label="会议照片")
        section.get_by_label("拍照上传").set_input_files({"name": "现场.jpg", "mimeType": "image/jpeg", "buffer": jpeg})
        photos = section.get_by_role("list", name="会议照片", exact=True).locator("li")
        expect(photos).to_have_count(1)
        expect(photos.get_by_role("img", name="现场.jpg的缩略图")).to_be_visible()
        page.once("dialog", lambda dialog: dialog.accept())
        photos.get_by_role("button", name="删除现场.jpg").click()
        expect(photos).to_have_count(0)
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


def attach_evidence(card, name: str, pdf: bytes, update: str | None = None) -> None:
    """The owner attaches a PDF to its item, or to the progress update whose note is `update`."""
    if update:
        option = card.locator("option", has_text=update)
        card.get_by_label("佐证材料附于").select_option(option.get_attribute("value"))
    card.get_by_label("选择文件").set_input_files({"name": name, "mimeType": "application/pdf", "buffer": pdf})
    expect(card.get_by_role("status")).to_have_text(f"已上传“{name}”。")
    expect(card.get_by_role("link", name=f"下载{name}")).to_be_visible()


def work_an_item(page, shots: str, pdf: bytes) -> None:
    """The member reports progress on its open item (which starts it), then submits it."""
    page.get_by_role("button", name="我的整改事项").click()
    card = page.locator("li", has_text=ITEM)
    expect(card).to_contain_text("未开始")
    # A refusal is shown next to its field: 101 % is past the declared range.
    card.get_by_label("整改进展").fill("已制定学习计划，完成第一章精读。")
    card.get_by_label("完成进度（%）").fill("101")
    card.get_by_role("button", name="报告进展").click()
    expect(card.locator("p.error").first).to_be_visible()
    card.get_by_label("完成进度（%）").fill("40")
    card.get_by_role("button", name="报告进展").click()
    expect(card).to_contain_text("整改中")
    expect(card).to_contain_text("进度 40%")
    # The evidence of that progress: the study notes, attached to the update itself.
    attach_evidence(card, "学习笔记.pdf", pdf, update="完成第一章精读")
    update = card.get_by_role("list", name="进展的佐证材料：已制定学习计划，完成第一章精读。")
    expect(update.get_by_role("link", name="下载学习笔记.pdf")).to_be_visible()
    card.get_by_role("button", name="提交验收").click()
    expect(card).to_contain_text("待验收")
    page.screenshot(path=f"{shots}/item-submitted-1280.png", full_page=True)

    # The calendar subscription address, absolute, to copy into a calendar app.
    page.get_by_role("button", name="日历订阅").click()
    page.get_by_role("button", name="生成订阅地址").click()
    address = page.get_by_label("订阅地址")
    expect(address).to_have_value(re.compile(r"^http://127\.0\.0\.1:\d+/calendar/[A-Za-z0-9_-]+\.ics$"))

    # Email reminders: an address that is none is refused next to its field; a good one is kept.
    page.get_by_role("button", name="个人设置").click()
    page.get_by_label("邮箱地址（留空则不接收邮件）").fill("li.dangyuan at example")
    page.get_by_label("通过邮件接收提醒").check()
    page.get_by_role("button", name="保存", exact=True).click()
    expect(page.locator("form p.error").first).to_be_visible()
    page.get_by_label("邮箱地址（留空则不接收邮件）").fill("li.dangyuan@example.org")
    page.get_by_role("button", name="保存", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("已保存。")
    page.screenshot(path=f"{shots}/settings-1280.png", full_page=True)
    page.get_by_role("button", name="日历订阅").click()
    page.get_by_role("button", name="个人设置").click()
    expect(page.get_by_label("邮箱地址（留空则不接收邮件）")).to_have_value("li.dangyuan@example.org")
    expect(page.get_by_label("通过邮件接收提醒")).to_be_checked()


def verify_the_item(page, shots: str, pdf: bytes) -> None:
    """The reviewer of the committee above finds the submitted item and verifies it."""
    login(page, "demo.reviewer")
    expect(page.get_by_role("heading", name="整改事项", exact=True)).to_be_visible()
    # The bell counts the submission waiting for the reviewer; its notification leads here.
    bell = page.get_by_role("button", name=re.compile(r"^通知，\d+ 条未读$"))
    expect(bell).to_be_visible()
    bell.click()
    told = page.locator("section.notifications li.unread", has_text=f"整改事项已提交，等待您验收：{ITEM}")
    expect(told).to_have_count(1)
    page.screenshot(path=f"{shots}/notifications-1280.png", full_page=True)
    # From another screen, the notification opens the items waiting for verification.
    page.get_by_role("button", name="报表").click()
    told.get_by_role("link").click()
    expect(page.locator("section.notifications")).to_have_count(0)
    expect(page.get_by_role("heading", name="整改事项", exact=True)).to_be_visible()
    card = page.locator("li", has_text=ITEM)
    expect(card).to_be_visible()
    # Whose it is and where, by name.
    expect(card).to_contain_text("责任人 李党员")
    expect(card).to_contain_text("第一党支部")
    # The evidence beside the verify button, to download and read; none to add or remove.
    expect(card.locator(".evidence h4")).to_have_text("佐证材料（2）")
    with page.expect_download() as info:
        card.get_by_role("link", name="下载学习笔记.pdf").click()
    with open(info.value.path(), "rb") as file:
        assert file.read() == pdf, "the evidence downloaded is not the PDF uploaded"
    expect(card.get_by_role("link", name="下载整改方案.pdf")).to_be_visible()
    expect(card.get_by_label("选择文件")).to_have_count(0)
    expect(card.get_by_role("button", name=re.compile("^删除"))).to_have_count(0)
    page.screenshot(path=f"{shots}/to-verify-1280.png", full_page=True)
    card.get_by_label("验收意见").fill("学习计划落实到位，同意销号。")
    card.get_by_role("button", name="验收销号").click()
    expect(page.locator("li", has_text=ITEM)).to_have_count(0)
    # Filtered by status, the verified item is there, with no actions left.
    page.get_by_label("状态").select_option(label="已销号")
    expect(page.locator("li", has_text=ITEM)).to_contain_text("已销号")
    expect(page.locator("li", has_text=ITEM).get_by_role("button")).to_have_count(0)

    # The reports: rectification by status (a chart and a table), 三会一课 of this year.
    page.get_by_role("button", name="报表").click()
    expect(page.get_by_role("img", name="整改事项按状态统计")).to_be_visible()
    expect(page.locator("table.report").first.locator("tbody tr").first).to_be_visible()
    expect(page.get_by_text("“三会一课”落实情况")).to_be_visible()
    page.screenshot(path=f"{shots}/reports-1280.png", full_page=True)
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


# Each width's own people and meeting: a standing is recorded once per person and day.
VOTE_PEOPLE = {
    390: ("陈晓", "林芳", "马骏", "发展党员支部党员大会（一）"),
    1280: ("何静", "高远", "罗兰", "发展党员支部党员大会（二）"),
}


def record_standing(page, name: str, standing: str, days_ago: int, note: str | None) -> None:
    """On the people screen, record `name`'s party standing from `days_ago` days ago."""
    row = page.locator("ul.list > li").filter(has=page.locator("strong", has_text=re.compile(f"^{name}$")))
    row.get_by_role("button", name=f"{name}的政治面貌").click()
    panel = row.get_by_role("group", name=f"{name}的政治面貌")
    # Nothing recorded yet: the member counts as a full member, and is told so.
    expect(panel).to_contain_text("政治面貌：正式党员（未登记变动，按正式党员计）")
    panel.get_by_label("政治面貌", exact=True).select_option(label=standing)
    effective = panel.get_by_label("生效日期（预备党员为预备期开始之日）")
    expect(effective).to_have_value(TODAY)
    day = (date.fromisoformat(TODAY) - timedelta(days=days_ago)).isoformat()
    effective.fill(day)
    if note:
        panel.get_by_label("说明（可选）").fill(note)
    panel.get_by_role("button", name="登记变动").click()
    expect(panel.get_by_role("status")).to_have_text(f"已登记：{day} 起为{standing}。")
    expect(panel.locator("p strong")).to_have_text(f"政治面貌：{standing}")
    expect(panel).not_to_contain_text("未登记变动")
    expect(panel.locator("ol.changes li").first).to_contain_text(f"{day} 起为{standing}")


def decide(page, kind: str, motion: str, method: str, counts: tuple[int, int, int]):
    """Open the decision form and fill in what every decision has; answers the form."""
    page.get_by_role("button", name="记录表决事项").click()
    form = page.locator("form.decision-form")
    form.get_by_label("类型", exact=True).select_option(label=kind)
    form.get_by_label("表决事项", exact=True).fill(motion)
    form.get_by_label("表决方式", exact=True).select_option(label=method)
    for label, n in zip(("赞成（票）", "反对（票）", "弃权（票）"), counts):
        form.get_by_label(label, exact=True).fill(str(n))
    return form


def exclude(form, i: int, name: str, reason: str) -> None:
    form.get_by_role("button", name="添加不计入的党员").click()
    form.get_by_label(f"不计入应到人数的第 {i} 名党员", exact=True).select_option(label=name)
    form.get_by_label(f"第 {i} 名的事由").fill(reason)
    form.get_by_label(f"第 {i} 名的批准情况").fill("经机关党委批准")


def vote_at_a_meeting(page, shots: str, width: int) -> None:
    """The secretary registers three members — one a 发展对象, one a 预备党员, one a full member
    transferred in — schedules a 支部党员大会 and records its attendance (two full members
    absent, each with a reason), then the votes: an admission by secret ballot with one
    written opinion and one member left out with approval passes, with the rule that says
    why; a motion with exactly half of those due in favour does not; a count with more votes
    than voters is refused with its field named, and nothing is added."""
    candidate, probationary, transferred, title = VOTE_PEOPLE[width]
    login(page, "demo.secretary1")
    page.get_by_role("button", name="人员").click()
    add = page.locator("form.card").filter(has=page.get_by_role("heading", name="添加人员"))
    for name in (candidate, probationary, transferred):
        add.get_by_label("姓名").fill(name)
        add.get_by_role("button", name="添加", exact=True).click()
        expect(page.locator("ul.list > li strong", has_text=re.compile(f"^{name}$"))).to_have_count(1)
    record_standing(page, candidate, "发展对象", 60, None)
    record_standing(page, probationary, "预备党员", 200, "经支部党员大会讨论接收，预备期一年")
    record_standing(page, transferred, "正式党员", 10, "由第二党支部转入")

    page.get_by_role("button", name="会议", exact=True).click()
    page.get_by_role("button", name="新建会议").click()
    page.get_by_label("会议类型").select_option(label="支部党员大会")
    page.get_by_label("会议名称").fill(title)
    page.get_by_label("开始时间").fill(f"{TODAY}T19:30")
    page.get_by_role("button", name="创建会议").click()
    expect(page.get_by_role("heading", name=title)).to_be_visible()

    # Everyone present but two full members, each absent with a reason (now required);
    # guests are left off the list.
    grid = page.locator("table.attendance tbody tr")
    expect(grid.first).to_be_visible()
    absent = {"李党员": "因公出差", transferred: "因病住院"}
    for i in range(grid.count()):
        row = grid.nth(i)
        name = row.locator("th").inner_text()
        select = row.get_by_role("combobox")
        if select.locator("option", has_text="列席").count() > 0:
            select.select_option("")
        elif name in absent:
            select.select_option("absent")
            row.get_by_role("textbox").fill(absent[name])
        else:
            select.select_option("present")
    page.get_by_role("button", name="保存出席情况").click()
    voting = page.locator("p.voting")
    expect(voting).to_have_text(re.compile(r"^应到会有表决权党员 \d+ 人，实到 [1-9]\d* 人；预备党员 \d+ 人，不参加表决$"))
    full, present = (int(n) for n in re.findall(r"\d+", voting.inner_text())[:2])
    # The probationary member is present and counted apart; the two absent do not count as present.
    assert present == full - 2, (full, present)
    assert full >= 4, f"the walk needs at least 4 full members in the branch, found {full}"

    # The admission: secret ballot, one written opinion, one member left out with approval.
    form = decide(page, "接收预备党员", f"讨论接收{candidate}同志为中共预备党员", "无记名投票", (full - 1, 0, 0))
    offered = form.get_by_label("表决对象", exact=True)
    # Only development candidates are offered for an admission.
    expect(offered.locator("option", has_text=probationary)).to_have_count(0)
    offered.select_option(label=f"{candidate}（发展对象）")
    form.get_by_role("button", name="添加书面意见").click()
    form.get_by_label("第 1 份书面意见：提交人").select_option(label="李党员")
    form.get_by_label("第 1 份书面意见：意见").select_option(label="赞成")
    exclude(form, 1, transferred, "因病长期住院")
    form.get_by_role("button", name="保存表决事项").click()
    cards = page.locator("ol.decisions > li")
    expect(cards).to_have_count(1)
    due = full - 1
    admission = cards.nth(0)
    expect(admission.locator(".result")).to_have_text("通过")
    expect(admission.locator(".basis")).to_have_text(
        f"依据：应到会有表决权的党员{due}人（经批准不计入1人），实到{present}人，超过半数；赞成{due}票（含书面意见1份）、反对0票、弃权0票，"
        "赞成票超过应到会有表决权党员的半数，通过"
    )
    expect(admission).to_contain_text(f"表决对象：{candidate}")
    expect(admission).to_contain_text("书面意见：李党员（赞成）")
    expect(admission).to_contain_text(f"{transferred}：因病长期住院（经机关党委批准）")
    expect(admission).to_contain_text("不参加表决")
    # Recording a decision marks the meeting held.
    expect(page.locator("p.meta").first).to_contain_text("已召开")
    # The candidate's new standing, recorded from the decision: probation starts on its day.
    admission.get_by_role("button", name=f"据此登记{candidate}的政治面貌").click()
    expect(admission.get_by_label("生效日期（预备期自支部党员大会通过之日起）")).to_have_value(TODAY)
    admission.get_by_role("button", name="登记", exact=True).click()
    expect(admission.get_by_role("status")).to_have_text(f"已登记：{candidate}自 {TODAY} 起为预备党员。")

    # Exactly half of those due in favour: not passed. Those left out make the due count even.
    leave_out = [transferred] if full % 2 == 1 else ["李党员", transferred]
    due = full - len(leave_out)
    half = due // 2
    form = decide(page, "其他", "提议将每月第一个星期五固定为支部主题党日", "举手表决", (half, present - half, 0))
    for i, name in enumerate(leave_out, start=1):
        exclude(form, i, name, "在外地挂职超过六个月")
    if width == 1280:
        # Who voted how, by name; the counts are added up from them.
        form.locator("details.pick summary", has_text="记名表决").click()
        voters = form.locator("details.pick .row select")
        expect(voters).to_have_count(present)
        for i in range(present):
            voters.nth(i).select_option(label="赞成" if i < half else "反对")
        for label in ("赞成（票）", "反对（票）"):
            form.get_by_label(label, exact=True).fill("0")
        form.get_by_role("button", name="按记名表决和书面意见合计票数").click()
        expect(form.get_by_label("赞成（票）", exact=True)).to_have_value(str(half))
        expect(form.get_by_label("反对（票）", exact=True)).to_have_value(str(present - half))
    form.get_by_role("button", name="保存表决事项").click()
    expect(cards).to_have_count(2)
    failed = cards.nth(1)
    expect(failed.locator(".result")).to_have_text("未通过")
    expect(failed.locator(".basis")).to_have_text(
        f"依据：应到会有表决权的党员{due}人（经批准不计入{len(leave_out)}人），实到{present}人，超过半数；赞成{half}票、反对{present - half}票、弃权0票，"
        f"赞成票未超过应到会有表决权党员的半数（须至少{half + 1}票），未通过"
    )
    if width == 1280:
        expect(failed).to_contain_text("记名表决：赞成：")
    page.wait_for_load_state("networkidle")
    no_sideways_scroll(page, "the meeting's decisions")
    page.screenshot(path=f"{shots}/meeting-decisions-{width}.png", full_page=True)

    # More votes than voters: refused, the field named, nothing added.
    form = decide(page, "表彰", "表彰优秀共产党员", "举手表决", (full + 5, 0, 0))
    form.get_by_role("button", name="保存表决事项").click()
    alert = form.get_by_role("alert")
    expect(alert).to_contain_text("填写的内容有误，未保存")
    expect(alert).to_contain_text(f"赞成票数：{full + 5} votes are counted, but only {present} can vote")
    expect(form.locator("fieldset.counts p.error")).to_contain_text("can vote")
    expect(cards).to_have_count(2)
    no_sideways_scroll(page, "a refused decision")
    page.screenshot(path=f"{shots}/meeting-decision-refused-{width}.png", full_page=True)
    form.get_by_role("button", name="取消").click()

    if width == 1280:
        # A correction sends the whole decision again; a deletion asks first.
        failed.get_by_role("button", name="修改第 2 项表决").click()
        failed.get_by_label("表决事项", exact=True).fill("提议将每月第一个星期五下午固定为支部主题党日")
        failed.get_by_role("button", name="保存修改").click()
        expect(failed.locator(".motion")).to_have_text("提议将每月第一个星期五下午固定为支部主题党日")
        expect(failed.locator(".result")).to_have_text("未通过")
        page.once("dialog", lambda dialog: dialog.accept())
        failed.get_by_role("button", name="删除第 2 项表决").click()
        expect(cards).to_have_count(1)
        # Opened again, the change recorded from the decision is said, not offered again.
        page.get_by_role("button", name="← 返回会议列表").click()
        page.get_by_role("link", name=title).click()
        expect(cards).to_have_count(1)
        expect(admission.get_by_role("status")).to_have_text(f"已据此登记：{candidate}自 {TODAY} 起为预备党员。")
        # The attendance list corrected so that the written opinion's author was present: the
        # decision no longer holds, and says which part; corrected back, it passes again.
        li = grid.filter(has=page.locator("th", has_text=re.compile("^李党员$")))
        li.get_by_role("combobox").select_option("present")
        page.get_by_role("button", name="保存出席情况").click()
        expect(admission.locator(".result")).to_have_text("待更正")
        expect(admission.locator(".warning")).to_contain_text("第 1 份书面意见的提交人：was present")
        li.get_by_role("combobox").select_option("absent")
        li.get_by_role("textbox").fill("因公出差")
        page.get_by_role("button", name="保存出席情况").click()
        expect(admission.locator(".result")).to_have_text("通过")

    # The candidate's history names the meeting that admitted them.
    page.get_by_role("button", name="人员").click()
    row = page.locator("ul.list > li").filter(has=page.locator("strong", has_text=re.compile(f"^{candidate}$")))
    row.get_by_role("button", name=f"{candidate}的政治面貌").click()
    panel = row.get_by_role("group", name=f"{candidate}的政治面貌")
    expect(panel.locator("p strong")).to_have_text("政治面貌：预备党员")
    expect(panel.locator("ol.changes li")).to_have_count(2)
    expect(panel.locator("ol.changes li").first).to_contain_text(f"{TODAY} 起为预备党员经“{title}”决定")
    page.wait_for_load_state("networkidle")
    no_sideways_scroll(page, "a person's party standing")
    page.screenshot(path=f"{shots}/person-standing-{width}.png", full_page=True)
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


MEETING = "12月主题党日"


def record_a_meeting(page, shots: str) -> None:
    """A secretary records a scheduled meeting: attendance with a leave and its reason, three
    speeches (one a criticism), a reorder, finalizing, and the Word minutes."""
    login(page, "demo.secretary1")
    # A visiting leader is registered as a guest with a position, then the position corrected.
    page.get_by_role("button", name="人员").click()
    page.get_by_label("姓名").fill("陈部长")
    page.get_by_label("职务（可选）").fill("区委组织部副部长")
    page.get_by_label("类别").select_option(label="列席人员")
    page.get_by_role("button", name="添加", exact=True).click()
    guest = page.locator(".list li", has_text="陈部长")
    expect(guest).to_contain_text("列席人员 · 区委组织部副部长")
    guest.get_by_role("button", name="修改陈部长").click()
    guest.get_by_label("职务（可选）").fill("区委组织部部长")
    guest.get_by_role("button", name="保存修改").click()
    expect(guest).to_contain_text("列席人员 · 区委组织部部长")
    page.screenshot(path=f"{shots}/people-1280.png", full_page=True)
    page.get_by_role("button", name="会议", exact=True).click()
    # Schedule a new meeting first: it opens on its own page.
    page.get_by_role("button", name="新建会议").click()
    page.get_by_label("会议名称").fill(NEW_MEETING)
    page.get_by_label("开始时间").fill("2026-12-22T14:30")
    page.get_by_label("地点（可选）").fill("机关三楼会议室")
    page.get_by_role("button", name="创建会议").click()
    expect(page.get_by_role("heading", name=NEW_MEETING)).to_be_visible()
    expect(page.get_by_text("2026年12月22日 14:30")).to_be_visible()
    page.get_by_role("button", name="← 返回会议列表").click()
    page.get_by_role("link", name=MEETING).click()
    expect(page.get_by_role("heading", name=MEETING)).to_be_visible()
    grid = page.locator("table.attendance tbody tr")
    expect(grid.first).to_be_visible()
    names = [grid.nth(i).locator("th").inner_text() for i in range(grid.count())]
    assert len(names) >= 3, names
    # Everyone present but the second, on leave with a reason.
    for i in range(len(names)):
        grid.nth(i).get_by_role("combobox").select_option("leave" if i == 1 else "present")
    grid.nth(1).get_by_role("textbox").fill("外出参加培训")
    page.get_by_role("button", name="保存出席情况").click()
    # 应到/实到 count the members; guests (their "present" reads 列席) attend outside them.
    guests = sum(
        1
        for i in range(len(names))
        if grid.nth(i).get_by_role("combobox").locator("option", has_text="列席").count() > 0
    )
    n = len(names) - guests
    expect(page.get_by_text(f"应到 {n} 人 · 实到 {n - 1} 人 · 请假 1 人 · 缺席 0 人")).to_be_visible()

    for speaker, kind, target, text in [
        (names[0], "讲话", None, "同志们，今天我们召开主题党日活动。"),
        (names[2], "剖析发言", None, "我对照检查，查摆了理论学习不够深入的问题。"),
        (names[0], "批评意见", names[2], "希望你在理论学习上再下功夫，联系实际更紧密一些。"),
    ]:
        # The speaker's option shows the person's position (职务) too.
        option = page.locator("#speaker option", has_text=speaker).first
        page.get_by_label("发言人").select_option(option.get_attribute("value"))
        page.get_by_label("类型").select_option(label=kind)
        if target:
            page.get_by_label("批评对象").select_option(label=target)
        page.get_by_label("发言内容").fill(text)
        page.get_by_role("button", name="保存发言").click()
        expect(page.locator(".speeches li", has_text=kind).last).to_be_visible()
    expect(page.locator(".speeches > li")).to_have_count(3)
    # The meeting is held now that it has speeches; move the second speech up.
    page.get_by_role("button", name="上移第 2 位发言").click()
    expect(page.locator(".speeches > li").first).to_contain_text("剖析发言")
    # Edit the first speech's text.
    page.get_by_role("button", name="编辑第 1 位发言").click()
    first = page.locator(".speeches > li").first
    first.get_by_label("发言内容").fill("我对照检查，查摆了理论学习不够深入、联系群众不够紧密的问题。")
    first.get_by_role("button", name="保存修改").click()
    expect(first.get_by_role("button", name="保存修改")).to_have_count(0)
    expect(first).to_contain_text("30 字")
    page.screenshot(path=f"{shots}/meeting-recorded-1280.png", full_page=True)

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="定稿").click()
    expect(page.get_by_text("已定稿")).to_be_visible()
    expect(page.get_by_role("button", name="保存发言")).to_have_count(0)
    # The attachments stay, read-only: downloads, no uploads, no deletes.
    attachments = page.locator("section.attachments-of")
    expect(attachments.get_by_role("link", name="下载签到表.jpg").first).to_be_visible()
    expect(attachments.get_by_label("选择文件")).to_have_count(0)
    expect(attachments.get_by_role("button", name=re.compile("^删除"))).to_have_count(0)
    with page.expect_download() as info:
        page.get_by_role("button", name="下载 Word 会议记录").click()
    path = info.value.path()
    with open(path, "rb") as file:
        assert file.read(2) == b"PK", "the minutes are not a Word (zip) file"
    assert info.value.suggested_filename.endswith(".docx"), info.value.suggested_filename
    page.screenshot(path=f"{shots}/meeting-finalized-1280.png", full_page=True)

    # A rectification item out of the criticism, owned by the one criticised.
    page.get_by_role("button", name="据第 3 位发言创建整改事项").click()
    page.get_by_label("查摆问题").fill("理论学习与工作实际结合不够紧密")
    page.get_by_label("整改措施").fill("每月结合业务工作撰写一篇学习体会")
    page.get_by_label("整改时限").fill("2027-03-31")
    page.get_by_role("button", name="创建整改事项", exact=True).click()
    expect(page.get_by_text("整改事项已创建。")).to_be_visible()

    # Filters: only finalized 主题党日 of the meeting's month.
    page.get_by_role("button", name="← 返回会议列表").click()
    page.get_by_label("类型").select_option(label="主题党日")
    page.get_by_label("状态").select_option(label="已定稿")
    page.get_by_label("从").fill("2026-12-01")
    page.get_by_label("到").fill("2026-12-31")
    expect(page.locator(".list li")).to_have_count(1)
    expect(page.locator(".list li")).to_contain_text(MEETING)

    # Search finds a word of a speech and shows it highlighted.
    page.get_by_label("搜索").fill("理论学习")
    page.get_by_role("button", name="搜索", exact=True).click()
    expect(page.locator(".hits mark").first).to_have_text("理论学习")
    page.screenshot(path=f"{shots}/search-1280.png", full_page=True)
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


NEW_MEETING = "12月支部委员会（临时）"


def import_the_member_list(page, shots: str) -> None:
    """The secretary imports the branch's member list from a CSV file: a bad row is named by its
    row and column and nothing is written; corrected, it is checked, then imported, and the new
    account's one-time password is shown once."""
    login(page, "demo.secretary1")
    page.get_by_role("button", name="人员").click()
    bad = "姓名,职务,类别,用户名\n刘洋,宣传委员,党员,liu.yang\n孙婷,,群众,\n"
    page.get_by_label("名单文件").set_input_files(
        {"name": "支部名单.csv", "mimeType": "text/csv", "buffer": bad.encode()}
    )
    page.get_by_role("button", name="检查").click()
    expect(page.locator("ul.problems")).to_contain_text("第 3 行 类别")
    expect(page.locator(".list li", has_text="刘洋")).to_have_count(0)
    good = bad.replace("群众", "党员")
    page.get_by_label("名单文件").set_input_files(
        {"name": "支部名单.csv", "mimeType": "text/csv", "buffer": good.encode("gb18030")}
    )
    page.get_by_role("button", name="检查").click()
    expect(page.get_by_role("status")).to_contain_text("检查通过，尚未导入：新增 2 人")
    page.get_by_role("button", name="导入").click()
    expect(page.get_by_role("status")).to_contain_text("已导入：新增 2 人")
    expect(page.locator("td code").first).not_to_be_empty()
    expect(page.locator(".list li", has_text="刘洋")).to_contain_text("宣传委员 · 已关联账号")
    page.screenshot(path=f"{shots}/people-imported-1280.png", full_page=True)
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


def manage_accounts(page, shots: str) -> None:
    """The secretary makes an account for an imported member (one-time password shown once),
    resets its password, disables it and enables it again."""
    login(page, "demo.secretary1")
    page.get_by_role("button", name="账号").click()
    expect(page.locator(".list li", has_text="demo.member1")).to_contain_text("党员")
    page.get_by_label("用户名（字母、数字、. _ -）").fill("sun.ting")
    page.get_by_label("显示名称").fill("孙婷")
    page.get_by_label("对应人员（可选）").select_option(label="孙婷")
    page.get_by_role("button", name="创建账号").click()
    expect(page.locator("form .warning")).to_contain_text("孙婷的一次性密码")
    row = page.locator(".list li", has_text="sun.ting")
    page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name="重置孙婷的密码").click()
    expect(row.locator(".warning")).to_contain_text("孙婷的一次性密码")
    row.get_by_role("button", name="停用孙婷的账号").click()
    expect(row).to_contain_text("已停用")
    page.screenshot(path=f"{shots}/accounts-1280.png", full_page=True)
    row.get_by_role("button", name="启用孙婷的账号").click()
    expect(row).not_to_contain_text("已停用")
    page.get_by_role("button", name="人员").click()
    expect(page.locator(".list li", has_text="孙婷")).to_contain_text("已关联账号")
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


class Receiver:
    """A group robot on this machine: it answers every POST as 企业微信 does when it accepts a
    message, and keeps what it got (path and JSON body) for the walk to check."""

    def __init__(self) -> None:
        self.got: list[tuple[str, dict]] = []
        got = self.got

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                got.append((self.path, json.loads(body)))
                answer = json.dumps({"errcode": 0, "errmsg": "ok"}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def push_by_webhook(page, shots: str, width: int, receiver: Receiver) -> None:
    """The secretary connects the branch's 企业微信 group robot, sends a test message (the
    receiver gets it, in 企业微信's Markdown), and finds it in the webhook's delivery log."""
    login(page, "demo.secretary1")
    page.get_by_role("button", name="消息推送").click()
    expect(page.get_by_role("heading", name="消息推送", exact=True)).to_be_visible()
    name = f"支部企业微信群{width}"
    if width == 1280:
        # A generic webhook signs its messages: a short secret is refused next to its field.
        page.get_by_label("名称").fill("支部自建系统")
        page.get_by_label("平台").select_option(label="通用(签名JSON)")
        expect(page.get_by_text("X-Minutebook-Signature")).to_be_visible()
        page.get_by_label("Webhook 地址").fill(f"{receiver.url}/minutebook")
        page.get_by_label("密钥（必填，至少 16 个字符）").fill("too short")
        page.get_by_role("button", name="添加", exact=True).click()
        expect(page.locator("form.card p.error").first).to_contain_text("16")
        expect(page.locator(".list li", has_text="支部自建系统")).to_have_count(0)
    page.get_by_label("名称").fill(name)
    page.get_by_label("平台").select_option(label="企业微信")
    expect(page.get_by_text("qyapi.weixin.qq.com")).to_be_visible()
    page.get_by_label("Webhook 地址").fill(f"{receiver.url}/cgi-bin/webhook/send?key=walk-{width}-robot-key")
    page.get_by_role("button", name="添加", exact=True).click()
    hook = page.locator(".list li", has_text=name)
    expect(hook).to_contain_text("企业微信 · 已启用 · 无密钥")
    # The robot's key is cut from the address shown.
    expect(hook.locator("code")).to_have_text(f"{receiver.url}/cgi-bin/webhook/send?key=walk…")

    hook.get_by_role("button", name=f"向{name}发送测试消息").click()
    expect(hook.get_by_role("status")).to_contain_text("测试消息发送成功")
    # By its own address (the walk's other webhooks get the branch's notifications meanwhile).
    got = [body for path, body in receiver.got if path == f"/cgi-bin/webhook/send?key=walk-{width}-robot-key"]
    assert len(got) == 1, receiver.got
    assert got[0]["msgtype"] == "markdown" and "测试消息" in got[0]["markdown"]["content"], got
    hook.get_by_role("button", name=f"{name}的送达记录").click()
    row = hook.locator("table.deliveries tbody tr").first
    for text in ("测试消息", "已送达", "200"):
        expect(row).to_contain_text(text)
    page.wait_for_load_state("networkidle")
    no_sideways_scroll(page, "the webhooks")
    page.screenshot(path=f"{shots}/webhooks-{width}.png", full_page=True)

    if width == 1280:
        # Off: no test can be sent; on again. A new address takes effect at once.
        hook.get_by_role("button", name=f"停用{name}").click()
        expect(hook).to_contain_text("企业微信 · 已停用")
        expect(hook.get_by_role("button", name=f"向{name}发送测试消息")).to_be_disabled()
        hook.get_by_role("button", name=f"启用{name}").click()
        expect(hook).to_contain_text("企业微信 · 已启用")
        hook.get_by_role("button", name=f"修改{name}").click()
        hook.get_by_label("新的 Webhook 地址（不改请留空）").fill(f"{receiver.url}/robot2/send?key=second-robot-key")
        hook.get_by_role("button", name="保存修改").click()
        expect(hook.locator("code")).to_have_text(f"{receiver.url}/robot2/send?key=seco…")
        hook.get_by_role("button", name=f"向{name}发送测试消息").click()
        expect(hook.get_by_role("status")).to_contain_text("测试消息发送成功")
        assert [path for path, _ in receiver.got].count("/robot2/send?key=second-robot-key") == 1, receiver.got
        # The log, opened, now holds both tests.
        expect(hook.locator("table.deliveries tbody tr")).to_have_count(2)
        # A 钉钉 robot with its 加签 secret, kept write-only, then deleted after a confirmation.
        page.get_by_label("名称").fill("支部钉钉群")
        page.get_by_label("平台").select_option(label="钉钉")
        page.get_by_label("Webhook 地址").fill(f"{receiver.url}/robot/send?access_token=walk-dingtalk-token")
        page.get_by_label("密钥（可选）").fill("SECwalk0123456789abcdef")
        page.get_by_role("button", name="添加", exact=True).click()
        ding = page.locator(".list li", has_text="支部钉钉群")
        expect(ding).to_contain_text("钉钉 · 已启用 · 有密钥")
        expect(ding).not_to_contain_text("SECwalk")
        page.once("dialog", lambda dialog: dialog.accept())
        ding.get_by_role("button", name="删除支部钉钉群").click()
        expect(page.locator(".list li", has_text="支部钉钉群")).to_have_count(0)
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


def api(base: str, method: str, path: str, token: str | None = None, body: dict | None = None):
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"{base}/api/v1{path}", data=data, headers=headers, method=method)
    with urllib.request.urlopen(req) as response:
        return json.load(response)


def links_open_their_record(page, base: str, shots: str) -> None:
    """The links webhooks and emails carry: a meeting's opens its page once the reader has
    logged in; an item's shows that item first, marked, among the items."""
    token = api(base, "POST", "/auth/login", body={"username": "demo.secretary1", "password": "minutebook-demo"})[
        "access_token"
    ]
    meetings = api(base, "GET", "/meetings?limit=100", token)["items"]
    meeting = next(m for m in meetings if m["title"] == "2026年度组织生活会")
    items = api(base, "GET", "/rectification-items?limit=100", token)["items"]
    item = next(i for i in items if i["problem"] == ITEM)
    page.goto(f"{base}/#/meetings/{meeting['id']}")
    page.reload()
    expect(page.get_by_role("button", name="登录")).to_be_visible()
    login(page, "demo.secretary1")
    expect(page.get_by_role("heading", name="2026年度组织生活会")).to_be_visible()
    page.screenshot(path=f"{shots}/linked-meeting-1280.png", full_page=True)
    # In the open tab, a link pasted into the address bar.
    page.goto(f"{base}/#/items/{item['id']}")
    expect(page.get_by_role("heading", name="整改事项", exact=True)).to_be_visible()
    expect(page.locator("li.focused")).to_contain_text(ITEM)
    expect(page.locator("li.focused")).to_contain_text("责任人 李党员")
    page.screenshot(path=f"{shots}/linked-item-1280.png", full_page=True)
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


def no_sideways_scroll(page, what: str) -> None:
    scroll = page.evaluate("document.documentElement.scrollWidth")
    width = page.viewport_size["width"]
    assert scroll <= width, f"horizontal scrolling on {what} at {width} px: {scroll}"


def on_a_phone(page, shots: str) -> None:
    """Every screen of a secretary and a reviewer at 390 px: legible, nothing sideways."""
    login(page, "demo.secretary1")
    screens = [("会议", "meetings"), ("整改事项", "items"), ("人员", "people"), ("账号", "accounts"),
               ("消息推送", "webhooks"), ("报表", "reports"), ("日历订阅", "calendar"), ("个人设置", "settings")]
    for tab, name in screens:
        page.get_by_role("button", name=tab, exact=True).click()
        expect(page.locator("section h2").first).to_be_visible()
        page.wait_for_load_state("networkidle")
        no_sideways_scroll(page, name)
        page.screenshot(path=f"{shots}/secretary-{name}-390.png", full_page=True)
    page.get_by_role("button", name="会议", exact=True).click()
    page.get_by_role("link", name="2026年度组织生活会").first.click()
    expect(page.get_by_role("heading", name="2026年度组织生活会")).to_be_visible()
    # Finalized: the record's digest, to check a printed copy against.
    expect(page.locator("p.digest code")).to_have_text(re.compile(r"^[0-9a-f]{64}$"))
    page.wait_for_load_state("networkidle")
    no_sideways_scroll(page, "the meeting page")
    page.screenshot(path=f"{shots}/meeting-390.png", full_page=True)
    page.get_by_role("button", name="退出登录").click()
    login(page, "demo.reviewer")
    for tab, name in [("整改事项", "to-verify"), ("报表", "reports")]:
        page.get_by_role("button", name=tab, exact=True).click()
        page.wait_for_load_state("networkidle")
        no_sideways_scroll(page, name)
        page.screenshot(path=f"{shots}/reviewer-{name}-390.png", full_page=True)
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("button", name="登录")).to_be_visible()


def two_tabs_edit_one_meeting(context, base: str, shots: str) -> None:
    """Two tabs of the secretary edit the same meeting: the second to save is told what the
    first changed, and overwrites it deliberately."""
    tabs = [context.new_page(), context.new_page()]
    for tab in tabs:
        tab.goto(base + "/")
        login(tab, "demo.secretary1")
        tab.get_by_role("link", name=NEW_MEETING).click()
        tab.get_by_role("button", name="编辑会议信息").click()
    first, second = tabs
    first.get_by_label("地点").fill("机关五楼会议室")
    first.get_by_role("button", name="保存", exact=True).click()
    expect(first.get_by_text("机关五楼会议室")).to_be_visible()
    second.get_by_label("地点").fill("党员活动室")
    second.get_by_role("button", name="保存", exact=True).click()
    notice = second.get_by_role("alert")
    expect(notice).to_contain_text("已被他人修改")
    expect(notice).to_contain_text("地点：“机关三楼会议室” → “机关五楼会议室”")
    second.screenshot(path=f"{shots}/edit-conflict-1280.png", full_page=True)
    second.get_by_role("button", name="用我的修改覆盖").click()
    expect(second.locator("p.meta").first).to_contain_text("党员活动室")
    first.reload()
    first.get_by_role("link", name=NEW_MEETING).click()
    expect(first.locator("p.meta").first).to_contain_text("党员活动室")
    for tab in tabs:
        tab.close()


def another_branch_sees_none_of_it(context, base: str) -> None:
    """A member of the other branch finds neither the new meeting nor its words."""
    page = context.new_page()
    page.goto(base + "/")
    login(page, "demo.member2")
    page.get_by_role("button", name="会议").click()
    expect(page.get_by_role("heading", name="会议")).to_be_visible()
    expect(page.locator(".list li").first).to_be_visible()
    expect(page.get_by_text(NEW_MEETING)).to_have_count(0)
    page.get_by_label("搜索").fill("临时")
    page.get_by_role("button", name="搜索", exact=True).click()
    expect(page.get_by_text("没有找到")).to_be_visible()
    page.close()


def a_lost_login_keeps_what_was_typed(context, base: str, shots: str) -> None:
    """The secretary types a speech; meanwhile its password is changed in another tab, which
    ends every login. Saving asks for the password again over the form, and the speech typed
    is still there and is saved."""
    tab, other = context.new_page(), context.new_page()
    for page in (tab, other):
        page.goto(base + "/")
        login(page, "demo.secretary2")
    tab.get_by_role("link", name=MEETING).click()
    speech = "这是断线前输入的发言，重新登录后仍应保留。"
    expect(tab.get_by_role("heading", name=MEETING)).to_be_visible()
    before = tab.locator(".speeches > li").count()
    tab.get_by_label("发言人").select_option(index=1)
    tab.get_by_label("发言内容").fill(speech)

    other.get_by_role("button", name="修改密码").click()
    other.get_by_label("当前密码").fill("minutebook-demo")
    other.get_by_label("新密码（12 至 128 个字符）").fill("a new passphrase 2026")
    other.get_by_role("button", name="保存新密码").click()
    expect(other.get_by_text("密码已修改，请用新密码登录。")).to_be_visible()

    tab.get_by_role("button", name="保存发言").click()
    dialog = tab.get_by_role("dialog", name="重新登录")
    expect(dialog).to_be_visible()
    tab.screenshot(path=f"{shots}/login-again-1280.png", full_page=True)
    dialog.get_by_label("用户名").fill("demo.secretary2")
    dialog.get_by_label("密码").fill("a new passphrase 2026")
    dialog.get_by_role("button", name="登录").click()
    expect(dialog).to_have_count(0)
    expect(tab.get_by_label("发言内容")).to_have_value(speech)
    tab.get_by_role("button", name="保存发言").click()
    expect(tab.locator(".speeches > li")).to_have_count(before + 1)
    expect(tab.get_by_label("发言内容")).to_have_value("")
    tab.close()
    other.close()


def main(base: str, shots: str) -> None:
    os.makedirs(shots, exist_ok=True)
    outside: list[str] = []
    receiver = Receiver()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        jpeg, pdf = make_files(browser)
        for width in (390, 1280):
            context = browser.new_context(
                viewport={"width": width, "height": 900},
                locale="zh-CN",
                timezone_id="Asia/Shanghai",
            )
            page = context.new_page()
            problems: list[str] = []
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on(
                "console",
                # Failed loads are caught by their answers, below, with their address.
                lambda m: problems.append(m.text)
                if m.type == "error" and not m.text.startswith("Failed to load resource")
                else None,
            )
            page.on(
                "response",
                lambda r: problems.append(f"{r.status} {r.url}")
                if r.status >= 400 and (r.status, r.url.rsplit("/", 1)[-1]) not in PROVOKED
                else None,
            )
            page.on(
                "request",
                lambda r: outside.append(r.url)
                if not (r.url.startswith(base) or r.url.startswith("data:"))
                else None,
            )

            page.goto(base + "/")
            page.get_by_label("用户名").fill("demo.member1")
            page.get_by_label("密码").fill("not the password")
            page.get_by_role("button", name="登录").click()
            expect(page.get_by_role("alert")).to_have_text("用户名或密码不正确。")
            page.screenshot(path=f"{shots}/login-refused-{width}.png", full_page=True)

            page.get_by_label("密码").fill("minutebook-demo")
            page.get_by_role("button", name="登录").click()
            expect(page.get_by_role("heading", name="我的整改事项")).to_be_visible()
            page.get_by_role("button", name="会议").click()
            expect(page.get_by_role("heading", name="会议")).to_be_visible()
            expect(page.get_by_text("2026年度组织生活会").first).to_be_visible()
            page.screenshot(path=f"{shots}/meetings-{width}.png", full_page=True)

            page.get_by_role("button", name="我的整改事项").click()
            expect(page.get_by_role("heading", name="我的整改事项")).to_be_visible()
            expect(page.get_by_text("理论学习不够系统深入")).to_be_visible()
            expect(page.locator("li.overdue").first).to_contain_text("已逾期")
            page.screenshot(path=f"{shots}/my-items-{width}.png", full_page=True)

            # The refresh token outlives a reload of the tab; the access token is fetched anew.
            page.reload()
            expect(page.get_by_role("heading", name="我的整改事项")).to_be_visible()
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, f"horizontal scrolling at {width} px: {scroll}"

            if width == 390:
                # The rectification plan, as the item's own evidence, from a phone.
                card = page.locator("li", has_text=ITEM)
                attach_evidence(card, "整改方案.pdf", pdf)
                no_sideways_scroll(page, "the item's evidence")
                page.screenshot(path=f"{shots}/item-evidence-390.png", full_page=True)
            if width == 1280:
                work_an_item(page, shots, pdf)

            page.get_by_role("button", name="退出登录").click()
            expect(page.get_by_role("button", name="登录")).to_be_visible()
            # Logged out means the refresh token is gone too: a reload stays logged out.
            page.reload()
            expect(page.get_by_role("button", name="登录")).to_be_visible()

            push_by_webhook(page, shots, width, receiver)
            attach_to_the_meeting(page, shots, width, jpeg)
            if width == 390:
                vote_at_a_meeting(page, shots, width)
                on_a_phone(page, shots)
            if width == 1280:
                verify_the_item(page, shots, pdf)
                links_open_their_record(page, base, shots)
                record_a_meeting(page, shots)
                import_the_member_list(page, shots)
                manage_accounts(page, shots)
                vote_at_a_meeting(page, shots, width)
                two_tabs_edit_one_meeting(context, base, shots)
                another_branch_sees_none_of_it(context, base)
                a_lost_login_keeps_what_was_typed(context, base, shots)
            assert not problems, f"at {width} px: {problems}"
            context.close()
        browser.close()
    assert not outside, f"requests to other origins: {outside}"
    print(f"browser: ok (screenshots in {shots})")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), sys.argv[2])
