"""Imports the client openapi-python-client generated (the directory holding the package is
argv[1]) and checks that its types say what the server sends: the .docx download is a File,
a page's items are the item model itself, and always-sent fields have no UNSET default."""

import sys
import typing

import attrs
import httpx

sys.path.insert(0, sys.argv[1])

from minutebook_client import Client, models  # noqa: E402
from minutebook_client.api.meetings import list_meetings, minutes_word  # noqa: E402
from minutebook_client.types import File, Unset  # noqa: E402

WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
failures: list[str] = []


def check(ok: bool, what: str) -> None:
    if not ok:
        failures.append(what)


# The download is a File, and what the server sends (the Word media type) parses as one.
returns = typing.get_args(typing.get_type_hints(minutes_word.sync)["return"])
check(File in returns, f"minutes_word.sync returns {returns}, not File")
body = b"PK\x03\x04 a .docx is a zip"
answer = httpx.Response(200, content=body, headers={"content-type": WORD})
parsed = minutes_word._parse_response(client=Client(base_url="http://minutebook"), response=answer)
check(
    isinstance(parsed, File) and parsed.payload.read() == body,
    f"a 200 from minutes.docx parses as {parsed!r}",
)

# A page's items are the item model; no copy of it under another name.
returns = typing.get_args(typing.get_type_hints(list_meetings.sync)["return"])
check(models.PageMeeting in returns, f"list_meetings.sync returns {returns}")
# Models import one another only for type checkers: resolve their hints among all models.
def hints(cls: type) -> dict[str, typing.Any]:
    return typing.get_type_hints(cls, localns=vars(models))


items = hints(models.PageMeeting)["items"]
check(items == list[models.Meeting], f"PageMeeting.items is {items}")
copies = [name for name in dir(models) if name.endswith("ItemsItem")]
check(not copies, f"duplicate item classes: {copies}")

# Fields the server always sends are required (an UNSET default means "may be absent").
RESPONSES = [
    "Meeting", "Speech", "RectificationItem", "Person", "Attendee", "AuditEvent", "OrgUnit",
    "ProgressUpdate", "Speaker", "Hit", "TokenPair", "PageMeeting", "ComplianceReport",
    "RectificationReport",
]
for name in RESPONSES:
    for field in attrs.fields(getattr(models, name)):
        if field.name != "additional_properties":
            check(field.default is attrs.NOTHING, f"{name}.{field.name} may be UNSET")
ends_at = typing.get_args(hints(models.Meeting)["ends_at"])
check(type(None) in ends_at and Unset not in ends_at, f"Meeting.ends_at is {ends_at}")
# A request keeps its optional fields optional.
check(
    attrs.fields_dict(models.CreateMeeting)["ends_at"].default is not attrs.NOTHING,
    "CreateMeeting.ends_at became required",
)

if failures:
    print("the generated Python client does not match the server:", *failures, sep="\n  ")
    sys.exit(1)
print(f"python client: ok ({len(RESPONSES)} response models, the docx download is a File)")
