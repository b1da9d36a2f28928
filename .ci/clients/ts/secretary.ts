// A small front end's use of the generated client: log in, list meetings, download minutes.
// It is only type-checked (tsc --strict --noEmit): it compiles if and only if the generated
// types say what the server sends.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

type Schemas = components["schemas"];
type Meeting = Schemas["Meeting"];

/** true when A and B are the same type (not merely assignable either way). */
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Keys of T that may be left out. */
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];
function assert<T extends true>(): void {}

// The .docx download is a file, not number[].
type Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
type Docx = paths["/api/v1/meetings/{id}/minutes.docx"]["get"]["responses"][200]["content"];
assert<Equals<Docx[Word], Blob>>();
assert<Equals<Docx["application/octet-stream"], Blob>>();
// Text downloads are strings.
type Markdown = paths["/api/v1/meetings/{id}/minutes.md"]["get"]["responses"][200]["content"];
assert<Equals<Markdown[keyof Markdown], string>>();
type Feed = paths["/calendar/{token}.ics"]["get"]["responses"][200]["content"];
assert<Equals<Feed[keyof Feed], string>>();

// A page's items are the item schema itself, and every field the server sends is there.
assert<Equals<Schemas["Page_Meeting"]["items"], Meeting[]>>();
assert<Equals<OptionalKeys<Schemas["Page_Meeting"]>, never>>();
assert<Equals<OptionalKeys<Meeting>, never>>();
assert<Equals<Meeting["ends_at"], string | null>>();
assert<Equals<OptionalKeys<Schemas["Speech"]>, never>>();
assert<Equals<OptionalKeys<Schemas["RectificationItem"]>, never>>();
assert<Equals<OptionalKeys<Schemas["Person"]>, never>>();
assert<Equals<OptionalKeys<Schemas["Attendee"]>, never>>();
assert<Equals<OptionalKeys<Schemas["AuditEvent"]>, never>>();
// Requests keep their optional fields optional.
assert<Equals<"ends_at" extends OptionalKeys<Schemas["CreateMeeting"]> ? true : false, true>>();

const client = createClient<paths>({ baseUrl: "https://minutebook.example" });

function fail(problem: Schemas["Problem"]): never {
  throw new Error(`${problem.status} ${problem.title}: ${problem.detail ?? ""}`);
}

export async function minutesOfLatestMeeting(
  username: string,
  password: string,
): Promise<{ meeting: Meeting; minutes: Blob }> {
  const login = await client.POST("/api/v1/auth/login", { body: { username, password } });
  if (login.error) fail(login.error);
  const headers = { Authorization: `Bearer ${login.data.access_token}` };

  const page = await client.GET("/api/v1/meetings", {
    params: { query: { limit: 20 } },
    headers,
  });
  if (page.error) fail(page.error);
  const meetings: Meeting[] = page.data.items;
  const next: string | null = page.data.next_cursor;
  const meeting = meetings[0];
  if (meeting === undefined) throw new Error(`no meeting (next page: ${next})`);
  // Always sent, null when empty: no `| undefined` to handle.
  const ends: string | null = meeting.ends_at;
  const host: string | null = meeting.host_id;
  const finalized: string | null = meeting.finalized_at;
  console.log(meeting.title, ends, host, finalized, meeting.attendance_summary.present);

  const docx = await client.GET("/api/v1/meetings/{id}/minutes.docx", {
    params: { path: { id: meeting.id } },
    headers,
    parseAs: "blob",
  });
  if (docx.error) fail(docx.error);
  const minutes: Blob = docx.data;
  return { meeting, minutes };
}
