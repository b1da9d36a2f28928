export interface paths {
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One attachment's description (whoever reads its record). */
        get: operations["get_attachment"];
        put?: never;
        post?: never;
        /**
         * Remove an attachment: a meeting's by its unit's secretaries until it is finalized; an
         *     item's evidence by its owner or a secretary until the item is verified. Audited with the
         *     file's hash.
         */
        delete: operations["delete_attachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file (whoever reads its record): `ETag` (its SHA-256), a single `Range` (206), as a
         *     download unless it is a picture; never sniffed, never run as a page.
         */
        get: operations["content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A picture's thumbnail: a JPEG whose longest side is at most 320 px. */
        get: operations["get_thumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what, when, before and after — oldest first.
         * @description Secretaries and reviewers see the events of the units they reach in those roles; admins
         *     see all, including changes to accounts outside any unit.
         */
        get: operations["list_audit_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed checkpoints, newest first, in their exported form: keep copies of them
         *     elsewhere. Admins and reviewers.
         */
        get: operations["list_checkpoints"];
        put?: never;
        /**
         * Seal what is committed and sign a checkpoint of the chain's head now (checkpoints are also
         *     signed hourly by themselves). Admins.
         */
        post: operations["sign_checkpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public key of the service's checkpoints, for anyone checking a copy; no login needed. */
        get: operations["get_public_key"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the record: recompute the audit chain from the events, check every checkpoint, and
         *     recompute every finalized meeting's digest.
         * @description What is committed is sealed first. `intact` is true when everything matches; otherwise
         *     each part names its first mismatch (and lists up to 100): the audit event whose content
         *     changed or that is gone, the checkpoint whose history was rewritten, the meeting whose
         *     record no longer gives its digest. Admins and reviewers.
         */
        get: operations["get_verification"];
        put?: never;
        /**
         * Check checkpoint copies kept elsewhere against the record, along with everything
         *     `GET /api/v1/audit/verification` checks.
         * @description A copy holds when it is signed by the service's key and the events up to its `seq` still
         *     give its `head`: the history it vouches for was not rewritten since. The verdicts are in
         *     `kept`, in the order sent. Admins and reviewers.
         */
        post: operations["check_kept_checkpoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a username and password.
         * @description An unknown user and a wrong password get the same answer. Every attempt is counted before
         *     the password is checked: after 5 failures for one account or 20 from one client address
         *     within 15 minutes, attempts are refused with 429 for 15 minutes, however many arrive at
         *     once. When `password_change_required` is true, the user must choose a new password
         *     (`PUT /api/v1/me/password`) before anything else.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the login the refresh token belongs to.
         * @description Answers 204 whether or not the token was known.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair.
         * @description The presented refresh token stops working. Presenting one that was already used revokes
         *     every token of its login (someone else holds a copy).
         */
        post: operations["refresh_tokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/committee-terms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One term, with its members and vacancies. */
        get: operations["get_term"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a term: its dates, length or seats, an approved extension (at most one year past
         *     the due date), the day it ended, the meeting that elected it.
         */
        patch: operations["update_term"];
        trace?: never;
    };
    "/api/v1/committee-terms/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the committee of a term: who sits on it, in which post, from when and until when.
         * @description Each person is a person of the branch who was a party member (full or probationary) on
         *     `from_on`, listed once; one 书记 at a time; nobody before the term started. The term's
         *     version goes up; send its ETag in `If-Match` to be sure nobody changed it meanwhile.
         */
        put: operations["put_members"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One decision, judged. */
        get: operations["get_decision"];
        /** Correct a decision: send the whole of it again (secretaries, until finalized). */
        put: operations["replace_decision"];
        post?: never;
        /** Delete a decision recorded in error (secretaries, until finalized); the later ones move up. */
        delete: operations["delete_decision"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller, with its memberships. */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the caller's email address or whether notifications also come by email. */
        patch: operations["change_preferences"];
        trace?: never;
    };
    "/api/v1/me/calendar-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new calendar feed address for the caller; the previous one stops working. */
        post: operations["issue_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first. */
        get: operations["list_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every unread notification of the caller read. */
        post: operations["mark_all_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller's notifications are unread (the bell's number). */
        get: operations["unread_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller's notifications read (again: no change). */
        post: operations["mark_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the caller's password.
         * @description Every login of the user ends: its refresh tokens are revoked and its access tokens,
         *     including the one used here, stop working. This is also how a user whose password was
         *     reset replaces the one-time password (the only other endpoint open to it is `GET /me`).
         */
        put: operations["change_password"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 三会一课 rules in force. */
        get: operations["list_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-rules/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the rule for one kind of meeting (admins). */
        put: operations["put_rule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetings in the caller's reach, newest `starts_at` first. */
        get: operations["list_meetings"];
        put?: never;
        /** Schedule (or record) a meeting. */
        post: operations["create_meeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting, with its attendance summary. */
        get: operations["get_meeting"];
        put?: never;
        post?: never;
        /** Delete a meeting that was never held (`scheduled` or `cancelled`). */
        delete: operations["delete_meeting"];
        options?: never;
        head?: never;
        /** Change a meeting, mark it held, or cancel it. */
        patch: operations["update_meeting"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting's attachments, oldest first (whoever reads the meeting). */
        get: operations["list_of_meeting"];
        put?: never;
        /**
         * Attach a file to a meeting (its unit's secretaries, until the meeting is finalized).
         * @description The body is the file itself, sent as it is (any `Content-Type`: the content decides).
         */
        post: operations["upload_to_meeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attendance list of a meeting. */
        get: operations["get_attendance"];
        /**
         * Replace the attendance list of a meeting.
         * @description The list names everyone expected (应到) and the guests (列席); the meeting's
         *     `attendance_summary` counts its members (guests do not count towards 应到/实到). Everyone
         *     who spoke at the meeting must stay on the list (422 otherwise).
         *     Each person must belong to the meeting's unit or a unit below it. The meeting's version
         *     goes up; send its ETag in `If-Match` to be sure nobody changed it meanwhile.
         */
        put: operations["put_attendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/carry-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The items of the meeting's unit (and the units below it) still open when the meeting
         *     starts, for its 落实情况通报 — by due date.
         */
        get: operations["carry_over"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/criticism-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who criticised whom at an organizational or democratic life meeting. */
        get: operations["criticism_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decisions of a meeting, judged, with the roll of members they were counted from.
         * @description Standing is read on the meeting's day; until the meeting is finalized, the judgement
         *     follows the records (a corrected attendance list, a standing recorded late), and one whose
         *     counts no longer fit says so in `judgement.problem`.
         */
        get: operations["list_decisions"];
        put?: never;
        /**
         * Record a decision of a 支部党员大会 and how it was voted (secretaries of the unit).
         *     Recording the first decision of a scheduled meeting marks it held. Admission and
         *     confirmation are voted by secret ballot, one candidate at a time.
         * @description The service counts those due to attend with a vote (full members on the meeting's day,
         *     less the exclusions) and those present, and decides quorum and result by the 支部工作条例
         *     Art. 11: a vote needs more than half of those due present, and passes when the votes in
         *     favour exceed half of those due (exactly half does not). Counts that cannot be are
         *     refused with the rule: more votes than full members present plus written opinions, a
         *     probationary member named as a voter, two candidates in one decision on membership.
         */
        post: operations["create_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize the minutes of a held meeting: from now on the meeting, its attendance and its
         *     speeches answer 409 to every change.
         * @description The answer carries `record_digest`, the SHA-256 of the whole record as finalized (see
         *     `GET /api/v1/audit/verification`).
         */
        post: operations["finalize_meeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The minutes (会议记录) as a Word document: the same content as the Markdown, laid out as
         *     Chinese official documents are (GB/T 9704-2012): A4, 二号 title, 三号 仿宋 body text with a
         *     fixed line, 黑体 and 楷体 headings, a particulars table, an items table whose header repeats
         *     on every page, page numbers and lines to sign. The attachments are named below the text
         *     (附件说明) and listed with their SHA-256 on a 附件 page after the lines to sign, which
         *     shows the sign-in sheets and photos as pictures (at most 10). The fonts are the service's
         *     settings.
         */
        get: operations["minutes_word"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The minutes (会议记录) as Markdown: the meeting's particulars, attendance, agenda, every
         *     speech in full and in order, the criticisms with their targets, and the rectification
         *     items that came out of it; then its attachments (附件), each with its size and SHA-256.
         * @description Stored text is escaped: no raw HTML, no Markdown markup, one line for every title.
         */
        get: operations["minutes_markdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people who spoke at a meeting, in order of their first speech. */
        get: operations["list_speakers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/speeches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The speeches of a meeting, in order. */
        get: operations["list_speeches"];
        put?: never;
        /**
         * Record a speech.
         * @description The speaker must be on the meeting's attendance list first (422 on `speaker_id`
         *     otherwise): a guest such as a visiting leader as present (列席 in the minutes); someone
         *     marked absent has sent a written statement (书面发言, `written_statement`). Recording the
         *     first speech of a scheduled meeting marks it held.
         */
        post: operations["create_speech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The units in the caller's reach, in creation order. */
        get: operations["list_org_units"];
        put?: never;
        /**
         * Create a unit.
         * @description Admins create anywhere; a secretary creates units below the units it keeps.
         */
        post: operations["create_org_unit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit. */
        get: operations["get_org_unit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a unit, change its kind or founding date, or move it.
         * @description Moving needs write access at both the old and the new parent, so nobody detaches a unit
         *     from the organisation above them; a unit cannot move below itself.
         */
        patch: operations["update_org_unit"];
        trace?: never;
    };
    "/api/v1/org-units/{id}/attachment-quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's attachment quota and what its attachments take (whoever reads the unit). */
        get: operations["get_quota"];
        /**
         * Set or remove a unit's attachment quota (administrators). Files already stored stay; new
         *     ones beyond the quota are refused (409).
         */
        put: operations["set_quota"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/committee-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The branch's terms, newest first. */
        get: operations["list_terms"];
        put?: never;
        /**
         * Record a branch committee's term (secretaries of the branch, admins).
         * @description A term without `ended_on` is the one in office: the term in office until then ends on its
         *     `started_on` (audited with it).
         */
        post: operations["create_term"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/ledgers/meetings.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The meeting ledger (会议台账) of a year of a unit and every unit below it, as a spreadsheet.
         * @description One row per meeting that took place (held or finalized) in that year, by start: 序号, 日期,
         *     单位, 类别, 题目, 应到, 实到, 主持人, 记录人, 是否定稿, 记录摘要 (the digest of a finalized
         *     record). The header row stays in view and carries the filters; every cell is in 宋体.
         *
         *     At most 10,000 meetings; a larger ledger is refused with a 409.
         */
        get: operations["meeting_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/ledgers/rectification.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rectification ledger (整改台账) of a unit and every unit below it, as a spreadsheet.
         * @description One row per item, by due date: 序号, 单位, 问题, 整改措施, 责任人, 完成时限, 进展 (the latest
         *     progress note), 状态, 销号日期, 验收人. Overdue items (due before today in the service's time
         *     zone and not verified) are filled red and say 已逾期 in their status. The header row stays
         *     in view and carries the filters; every cell is in 宋体.
         *
         *     At most 10,000 items and 5,000,000 characters of problems, measures and progress notes; a
         *     larger ledger is refused with a 409 (export a unit further down instead).
         */
        get: operations["rectification_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members of one unit (not of the units below it), in order of user creation. */
        get: operations["list_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Give a user a role in a unit, or change its role there.
         * @description The user must already be one the caller can see: an admin sees everyone, a secretary the
         *     users with a membership in the units it keeps.
         */
        put: operations["put_member"];
        post?: never;
        /**
         * Remove a user's membership in a unit.
         * @description When it was the user's last membership, every login of the user ends.
         */
        delete: operations["remove_member"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's reminder days (anyone who reads the unit). */
        get: operations["unit_settings"];
        /** Set a unit's reminder days (its secretaries). */
        put: operations["set_unit_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the unit's member list from a spreadsheet.
         * @description The body is the file itself: an .xlsx workbook (its first sheet) or a CSV file (UTF-8, or
         *     GB18030/GBK as Excel saves it on a Chinese Windows), at most 2 MiB; sent as
         *     `application/octet-stream`, its content says which it is. Its first row names the
         *     columns — 姓名 (required), 职务, 类别 (党员 or 列席; empty is 党员), 用户名 — in any order;
         *     other columns are ignored. Each later row is a person of the unit: one already registered
         *     there under the same name is matched (its title and kind brought in line), anyone else is
         *     registered. A 用户名 creates an account with that username, a membership of the unit and a
         *     one-time password, shown only in this answer.
         *
         *     Every row is checked before anything is written; a 422 names each problem by its row and
         *     column (`/rows/3/username`) and nothing is imported. Otherwise all rows are written in one
         *     transaction, each change audited. At most 1,000 rows and 100 new accounts per file. With
         *     `dry_run=true` the answer says what the import would do, and nothing is written.
         */
        post: operations["import_people"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's webhooks (its secretaries). */
        get: operations["list_webhooks"];
        put?: never;
        /**
         * Add a webhook to a unit (its secretaries): from then on every notification about the
         *     unit's meetings and rectification items is also sent there, once per event.
         */
        post: operations["create_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people in the caller's reach, in creation order. */
        get: operations["list_people"];
        put?: never;
        /** Register a person in a unit. */
        post: operations["create_person"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person. */
        get: operations["get_person"];
        put?: never;
        post?: never;
        /** Delete a person no meeting, attendance list or speech names. */
        delete: operations["delete_person"];
        options?: never;
        head?: never;
        /** Change a person. */
        patch: operations["update_person"];
        trace?: never;
    };
    "/api/v1/people/{id}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's party standing today and every recorded change, with the meetings that
         *     decided them.
         */
        get: operations["get_standing"];
        put?: never;
        /**
         * Record a change of a person's party standing (secretaries of the person's unit).
         * @description One change per person and day (409 for a second). Guests have no standing (422). A
         *     change takes effect on its day: votes of meetings from that day count the person by it,
         *     unless their minutes are finalized (a finalized decision keeps its count).
         */
        post: operations["record_standing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The items in the caller's reach, by due date. */
        get: operations["list_items"];
        put?: never;
        /** Record a rectification item. */
        post: operations["create_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item. */
        get: operations["get_item"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an item's problem, measure, owner, due date or sources (secretaries).
         * @description The owner cannot change while the item is submitted: whoever verifies it judges the work
         *     of the owner who submitted it.
         */
        patch: operations["update_item"];
        trace?: never;
    };
    "/api/v1/rectification-items/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's evidence and that of its progress updates, oldest first (whoever reads the item). */
        get: operations["list_of_item"];
        put?: never;
        /**
         * Attach evidence (佐证材料) to a rectification item or one of its progress updates (its
         *     owner or a secretary of its unit, until the item is verified).
         * @description The body is the file itself, sent as it is (any `Content-Type`: the content decides).
         */
        post: operations["upload_to_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-items/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted item to its owner: `submitted` → `in_progress`, with the reason.
         * @description By a secretary or reviewer who did not own the item since it was created or last returned.
         *     The return starts a new cycle.
         */
        post: operations["return_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-items/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an item for verification (its owner or a secretary): `in_progress` → `submitted`. */
        post: operations["submit_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-items/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The progress updates of an item, oldest first. */
        get: operations["list_updates"];
        put?: never;
        /**
         * Report progress on an item (its owner or a secretary).
         * @description The first update of an `open` item moves it to `in_progress`.
         */
        post: operations["add_update"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-items/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an item (销号): `submitted` → `verified`, by a secretary or reviewer, never the owner.
         * @description Nor anyone who owned the item since it was created or last returned: handing it to
         *     someone else before submitting does not make its former owner a verifier.
         */
        post: operations["verify_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admissions and confirmations (and extensions and cancellations of probation) voted in a
         *     year, per unit: how many were voted, passed and not passed, and each with its meeting,
         *     candidate, result and the rule that decided it (支部工作条例 Art. 11).
         */
        get: operations["admissions_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/committee-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the committees of a unit's branches stand.
         * @description Reviewers above see their subtree; a branch's readers see their branch.
         */
        get: operations["committee_term_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/meeting-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings of a year per unit and required periods met, missed or pending.
         * @description A unit owes no period that ended before it existed: its periods count from its
         *     `established_on` date, else from the day it was created.
         *
         *     A meeting counts when it was held (or finalized) in the period, in the service's time
         *     zone. The rules keep the frequency only: the "more than half" of the 支部工作条例 Art. 11
         *     governs votes (each decision's own quorum), not whether a 党员大会 took place. By the
         *     branch's own rules:
         *     - the 支委会 rule applies to a branch only in the periods it had a committee in office
         *       (a term and its members); other periods are `not_applicable`;
         *     - a 支委会 meeting with not more than half of the committee members on its day present is
         *       `flagged` (still counted);
         *     - the annual rules count 组织生活会 and 民主生活会 by the year they report on
         *       (`reporting_year`, else the year held): the "2025年度组织生活会" held in early 2026 counts
         *       for 2025.
         */
        get: operations["meeting_compliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts of rectification items by status, overdue, verified on time or late, per owner and
         *     per unit directly below.
         */
        get: operations["rectification_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find speeches, meetings and rectification items by their words.
         * @description Chinese text is segmented into words (jieba) both when records are written and when
         *     searching, so `视野` finds speeches that say 拓宽视野 and nothing that lacks the word.
         *     Only records in the caller's reach are searched. Of a word found in very many records, the
         *     newest 500 of each type are ranked.
         */
        get: operations["search_records"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speeches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One speech. */
        get: operations["get_speech"];
        put?: never;
        post?: never;
        /** Delete a speech; the ones after it move up. */
        delete: operations["delete_speech"];
        options?: never;
        head?: never;
        /**
         * Change a speech, or move it to another position.
         * @description A new speaker must be on the meeting's attendance list, as for a new speech.
         */
        patch: operations["update_speech"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users the caller manages, in creation order. */
        get: operations["list_users"];
        put?: never;
        /**
         * Create a user.
         * @description Admins may create users without a membership. A secretary must name a unit it keeps: the
         *     new user gets a membership there (role `member` unless given). Without a `password`, the
         *     service makes a one-time password, answered once, which the user must change at its first
         *     login (as after a reset).
         */
        post: operations["create_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user the caller manages. */
        get: operations["get_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's display name, or disable or re-enable it.
         * @description Admins change anyone. A secretary changes a user only when every unit where that user holds
         *     a membership is within its reach as secretary, and never an admin. Nobody disables
         *     themselves. The change is in the audit trail of each of the user's units.
         */
        patch: operations["update_user"];
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's password to a one-time password, shown once in the answer.
         * @description For a user who forgot the password. The same rule as for changing a user applies: admins
         *     reset anyone; a secretary resets a user only when every unit where that user holds a
         *     membership is within its reach as secretary, and never an admin. Nobody resets their own
         *     password here (`PUT /api/v1/me/password` is for that). Every login of the user ends at
         *     once, a login throttle on the account is lifted, and the one-time password logs in with
         *     `password_change_required: true`: until the user chooses a new password with
         *     `PUT /api/v1/me/password`, every other endpoint but `GET /api/v1/me` answers 403. The reset
         *     is in the audit trail of each of the user's units (without the password).
         */
        post: operations["reset_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook (the secretaries of its unit). */
        get: operations["get_webhook"];
        put?: never;
        post?: never;
        /** Remove a webhook, with its delivery log and what it still had to send. */
        delete: operations["delete_webhook"];
        options?: never;
        head?: never;
        /**
         * Rename a webhook, change its address or secret, or turn it off and on. Deliveries waiting
         *     for a disabled webhook are skipped when their turn comes.
         */
        patch: operations["update_webhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook's delivery log, newest first. */
        get: operations["list_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test message now and answer how it went (it is tried once, and logged with the
         *     webhook's deliveries).
         */
        post: operations["test_webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetings in reach of the feed's owner, as iCalendar (RFC 5545). */
        get: operations["feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up and answering. */
        get: operations["live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service can serve requests: its database answers. */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics in the Prometheus text format: request counts and latency histograms per route
         *     pattern and status. Not here when the service serves metrics on its own address
         *     (`MINUTEBOOK_METRICS_BIND`).
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One decision on membership. */
        AdmissionDecision: {
            candidate: string;
            /** Format: uuid */
            candidate_id: string;
            /**
             * Format: date
             * @description The meeting's day (in the service's time zone).
             */
            day: string;
            /** Format: uuid */
            decision_id: string;
            kind: components["schemas"]["DecisionKind"];
            /** Format: uuid */
            meeting_id: string;
            meeting_title: string;
            passed: boolean;
            /** @description Set when the counts no longer fit the records: what to correct. */
            problem: string | null;
            /** @description The rule that decided, in words, as the minutes print it. */
            reason: string;
        };
        AdmissionsReport: {
            /** Format: uuid */
            org_unit_id: string;
            /** @description Over the unit and every unit below it, one entry per kind. */
            totals: components["schemas"]["KindCounts"][];
            /** @description Every unit of the subtree, the unit itself first. */
            units: components["schemas"]["UnitAdmissions"][];
            /** Format: int32 */
            year: number;
        };
        /** @description One agenda item: one line of 1 to 500 characters. */
        AgendaItem: string;
        /**
         * @example {
         *       "created_at": "2026-11-30T08:00:00Z",
         *       "file_name": "签到表.jpg",
         *       "has_thumbnail": true,
         *       "id": "019a1b2c-0000-7000-8000-0000000000c0",
         *       "item_id": null,
         *       "kind": "sign_in_sheet",
         *       "media_type": "image/jpeg",
         *       "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "sha256": "9f2b5c0e6c3d4a1b8e7f6a5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a291",
         *       "size_bytes": 482113,
         *       "update_id": null,
         *       "uploaded_by": "019a1b2c-0000-7000-8000-000000000010"
         *     }
         */
        Attachment: {
            /** Format: date-time */
            created_at: string;
            /** @description The name it was uploaded with, made safe; its extension says what the content is. */
            file_name: string;
            /** @description `GET /attachments/{id}/thumbnail` has a small JPEG. */
            has_thumbnail: boolean;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The rectification item it is evidence of; null for a meeting's.
             */
            item_id: string | null;
            kind: components["schemas"]["AttachmentKind"];
            /** @description What the content is (decided from the bytes, not from what the client said). */
            media_type: string;
            /**
             * Format: uuid
             * @description The meeting it belongs to (sign-in sheet, photo, material, other); null for evidence.
             */
            meeting_id: string | null;
            /** Format: uuid */
            org_unit_id: string;
            /** @description SHA-256 of the content, hex; also its `ETag`. */
            sha256: string;
            /** Format: int64 */
            size_bytes: number;
            /**
             * Format: uuid
             * @description The progress update it is evidence of, when it is one's.
             */
            update_id: string | null;
            /** Format: uuid */
            uploaded_by: string;
        };
        /**
         * @description What an attachment is.
         * @enum {string}
         */
        AttachmentKind: "sign_in_sheet" | "photo" | "material" | "evidence" | "other";
        /**
         * @example {
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "quota_bytes": 1073741824,
         *       "used_bytes": 482113
         *     }
         */
        AttachmentQuota: {
            /** Format: uuid */
            org_unit_id: string;
            /**
             * Format: int64
             * @description The most the attachments of the unit's records may take; null: no quota.
             */
            quota_bytes: number | null;
            /**
             * Format: int64
             * @description What they take now.
             */
            used_bytes: number;
        };
        AttendanceEntry: {
            /** Format: uuid */
            person_id: string;
            /**
             * @description Why the person was on leave or absent (required for both); none for `present`. One
             *     line of 1 to 500 characters.
             */
            reason?: string | null;
            status: components["schemas"]["AttendanceStatus"];
        };
        /**
         * @description The attendance list: at most 1000 entries, each person once.
         * @example [
         *       {
         *         "person_id": "019a1b2c-0000-7000-8000-000000000020",
         *         "status": "present"
         *       },
         *       {
         *         "person_id": "019a1b2c-0000-7000-8000-000000000021",
         *         "reason": "因公出差",
         *         "status": "leave"
         *       }
         *     ]
         */
        AttendanceList: components["schemas"]["AttendanceEntry"][];
        /**
         * @description How a person attended.
         * @enum {string}
         */
        AttendanceStatus: "present" | "absent" | "leave";
        /** @description 应到 / 实到: counted from the attendance list, which names everyone expected. */
        AttendanceSummary: {
            /**
             * Format: int64
             * @description 缺席
             */
            absent: number;
            /**
             * Format: int64
             * @description Everyone on the attendance list (应到).
             */
            expected: number;
            /**
             * Format: int64
             * @description 请假
             */
            leave: number;
            /**
             * Format: int64
             * @description 实到
             */
            present: number;
        };
        Attendee: {
            /**
             * Format: date
             * @description 补录: the day the list was entered, when that was more than the configured days
             *     (`MINUTEBOOK_LATE_ENTRY_DAYS`, default 7) after the meeting ended; null otherwise.
             */
            late_entered_on: string | null;
            name: string;
            /** Format: uuid */
            person_id: string;
            reason: string | null;
            status: components["schemas"]["AttendanceStatus"];
            title: string | null;
        };
        /**
         * @example {
         *       "action": "update",
         *       "actor_id": "019a1b2c-0000-7000-8000-000000000010",
         *       "after": {
         *         "title": "2026年度组织生活会"
         *       },
         *       "before": {
         *         "title": "组织生活会"
         *       },
         *       "entity_id": "019a1b2c-0000-7000-8000-000000000030",
         *       "entity_type": "meeting",
         *       "id": "019a1b2c-0000-7000-8000-000000000050",
         *       "occurred_at": "2026-11-27T08:30:00Z",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "request_id": "019a1b2c-0000-7000-8000-000000000099"
         *     }
         */
        AuditEvent: {
            /** @description `create`, `update`, `delete`, `finalize`, `attendance`, … */
            action: string;
            /**
             * Format: uuid
             * @description The user who made the change.
             */
            actor_id: string | null;
            /** @description The record after the change (null for a delete). */
            after: unknown;
            /** @description The record before the change (null for a create). */
            before: unknown;
            /** Format: uuid */
            entity_id: string;
            /** @description `meeting`, `speech`, `person`, … */
            entity_type: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurred_at: string;
            /** Format: uuid */
            org_unit_id: string | null;
            /** @description The `X-Request-Id` of the request that made the change. */
            request_id: string | null;
        };
        /** @description A branch and its committee in office. */
        BranchCommittee: {
            /**
             * @description 7 or more full members: the branch elects a committee (支部工作条例 Art. 8); fewer
             *     have only a secretary.
             */
            committee_required: boolean;
            /**
             * Format: int64
             * @description Full members (正式党员) today, by their dated standing, of the branch and its groups.
             */
            full_members: number;
            name: string;
            /** Format: uuid */
            org_unit_id: string;
            /**
             * Format: int64
             * @description Probationary members (预备党员) today.
             */
            probationary_members: number;
            term: components["schemas"]["CommitteeTerm"] | null;
        };
        /** @description A branch without a committee in office. */
        BranchWithoutCommittee: {
            /** Format: int64 */
            full_members: number;
            name: string;
            /** Format: uuid */
            org_unit_id: string;
        };
        /**
         * @example {
         *       "token": "q8Jx…",
         *       "url": "https://minutebook.example.org/calendar/q8Jx….ics"
         *     }
         */
        CalendarToken: {
            /** @description The secret; shown once. */
            token: string;
            /**
             * @description The feed's absolute address, for a calendar app's subscription: under
             *     `MINUTEBOOK_PUBLIC_URL` when set, else on the scheme and host the request came to.
             */
            url: string;
        };
        Candidate: {
            name: string;
            /** Format: uuid */
            person_id: string;
        };
        ChainReport: {
            first_mismatch: components["schemas"]["EventMismatch"] | null;
            /** @description The last seal (hex). */
            head: string;
            /** @description The stored head is the last seal of the chain. */
            head_intact: boolean;
            /** @description Every event that does not match (the first 100). */
            mismatches: components["schemas"]["EventMismatch"][];
            /**
             * Format: int64
             * @description Mismatching events of units outside a reviewer's reach, left out of the list above
             *     (always 0 for admins).
             */
            outside_reach: number;
            /**
             * Format: int64
             * @description Events not sealed yet (their transaction was still running, or they came after).
             */
            pending: number;
            /**
             * Format: int64
             * @description Events in the chain.
             */
            sealed: number;
        };
        /**
         * @description A checkpoint as exported: everything needed to check it without the service.
         * @example {
         *       "format": "minutebook-checkpoint/1",
         *       "head": "0000000000000000000000000000000000000000000000000000000000000000",
         *       "public_key": "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
         *       "seq": 0,
         *       "signature": "0022f8b9cc10f797c11225ba0d7662008aaaf0fc4e24525d91df0cfccfada507cc4473abfa2f6eeb2c4832f463a40c88a36f20706f4facba7c14b0a9e45c0b09",
         *       "signed_at": "2026-11-30T08:00:00.000000Z"
         *     }
         */
        Checkpoint: {
            /** @description `minutebook-checkpoint/1`. */
            format: string;
            /** @description The seal at `seq` (hex; 64 zeros for an empty chain). */
            head: string;
            /** @description The Ed25519 public key that signed it (hex). */
            public_key: string;
            /**
             * Format: int64
             * @description How many events the chain held: the head is the seal of event number `seq`.
             */
            seq: number;
            /** @description Ed25519 signature (hex) of the RFC 8785 JSON of `format`, `head`, `seq`, `signed_at`. */
            signature: string;
            /** @description When it was signed: RFC 3339 in UTC with six fraction digits, as signed. */
            signed_at: string;
        };
        CheckpointMismatch: {
            head: string;
            problem: components["schemas"]["CheckpointProblem"];
            /** Format: int64 */
            seq: number;
            signed_at: string;
        };
        /**
         * @description What is wrong with a checkpoint.
         * @enum {string}
         */
        CheckpointProblem: "bad_signature" | "unknown_key" | "not_on_chain" | "beyond_chain";
        CheckpointReport: {
            /**
             * Format: int64
             * @description Stored checkpoints checked.
             */
            checked: number;
            first_mismatch: components["schemas"]["CheckpointMismatch"] | null;
            /** @description Every stored checkpoint that does not hold (the first 100). */
            mismatches: components["schemas"]["CheckpointMismatch"][];
        };
        /** @description One member of a committee (支委) and the post held. */
        CommitteeMember: {
            /** @description On the committee today (the term not ended, today within `from_on`…`until_on`). */
            current: boolean;
            /**
             * Format: date
             * @description On the committee from this day (the term's start, or a by-election).
             */
            from_on: string;
            name: string;
            /** Format: uuid */
            person_id: string;
            post: components["schemas"]["CommitteePost"];
            /** @description The post as printed: 书记, 副书记, 组织委员 … */
            post_label: string;
            /**
             * Format: date
             * @description The last day on the committee; null while still on it.
             */
            until_on: string | null;
        };
        /**
         * @description The whole committee of a term: at most 30 entries, each person once, one 书记 at a time.
         * @example [
         *       {
         *         "from_on": "2024-06-20",
         *         "person_id": "019a1b2c-0000-7000-8000-000000000020",
         *         "post": "secretary"
         *       },
         *       {
         *         "from_on": "2024-06-20",
         *         "person_id": "019a1b2c-0000-7000-8000-000000000021",
         *         "post": "organization"
         *       }
         *     ]
         */
        CommitteeMemberList: components["schemas"]["NewCommitteeMember"][];
        /**
         * @description A post on the branch committee (支部委员会).
         * @enum {string}
         */
        CommitteePost: "secretary" | "deputy_secretary" | "organization" | "publicity" | "discipline" | "youth" | "women" | "member";
        /**
         * @example {
         *       "created_at": "2024-06-20T08:30:00Z",
         *       "due_on": "2027-06-20",
         *       "election_meeting_id": null,
         *       "ended_on": null,
         *       "ends_on": "2027-06-20",
         *       "extended_until": null,
         *       "extension_approval": null,
         *       "id": "019a1b2c-0000-7000-8000-0000000000c0",
         *       "length_years": 3,
         *       "members": [
         *         {
         *           "current": true,
         *           "from_on": "2024-06-20",
         *           "name": "王芳",
         *           "person_id": "019a1b2c-0000-7000-8000-000000000020",
         *           "post": "secretary",
         *           "post_label": "书记",
         *           "until_on": null
         *         }
         *       ],
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "seats": 5,
         *       "started_on": "2024-06-20",
         *       "status": "in_office",
         *       "updated_at": "2024-06-20T08:30:00Z",
         *       "vacant_posts": [],
         *       "vacant_seats": 4,
         *       "version": 1
         *     }
         */
        CommitteeTerm: {
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date
             * @description `started_on` plus `length_years`.
             */
            due_on: string;
            /**
             * Format: uuid
             * @description The meeting (of the branch) that elected it.
             */
            election_meeting_id: string | null;
            /**
             * Format: date
             * @description The day the next committee took office; null while in office.
             */
            ended_on: string | null;
            /**
             * Format: date
             * @description When the term ends: `extended_until`, else `due_on`.
             */
            ends_on: string;
            /**
             * Format: date
             * @description The last day of an approved extension (at most a year past `due_on`).
             */
            extended_until: string | null;
            /** @description Who approved the extension, and how (批复文号). */
            extension_approval: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: int32
             * @description 3, or 5 in villages and communities.
             */
            length_years: number;
            /** @description Everyone on the committee in this term, current or not, by post. */
            members: components["schemas"]["CommitteeMember"][];
            /**
             * Format: uuid
             * @description The branch.
             */
            org_unit_id: string;
            /**
             * Format: int32
             * @description The seats the committee was elected with.
             */
            seats: number;
            /** Format: date */
            started_on: string;
            /** @description Where the term stands today. */
            status: components["schemas"]["TermStatus"];
            /** Format: date-time */
            updated_at: string;
            /** @description Posts a committee must fill that nobody holds today: the 书记. */
            vacant_posts: components["schemas"]["PostLabel"][];
            /**
             * Format: int32
             * @description Seats without a current member (0 once the term ended).
             */
            vacant_seats: number;
            /** Format: int32 */
            version: number;
        };
        /**
         * @description Fields left out stay as they are; `null` clears an optional one.
         * @example {
         *       "extended_until": "2028-03-31",
         *       "extension_approval": "市直机关党委组〔2027〕12号批复"
         *     }
         */
        CommitteeTermChange: {
            /**
             * Format: uuid
             * @description A meeting of the branch.
             */
            election_meeting_id?: string | null;
            /**
             * Format: date
             * @description The day the next committee took office (not before `started_on`, not in the future).
             */
            ended_on?: string | null;
            /**
             * Format: date
             * @description The last day of an approved extension: after the due date, at most one year past it;
             *     given with `extension_approval`.
             */
            extended_until?: string | null;
            /** @description Who approved the extension, and how (批复文号): one line of 1 to 500 characters. */
            extension_approval?: string | null;
            /**
             * Format: int32
             * @description 3, or 5 for villages and communities.
             */
            length_years?: number | null;
            /**
             * Format: int32
             * @description 1 to 15.
             */
            seats?: number | null;
            /** Format: date */
            started_on?: string | null;
        };
        CommitteeTermReport: {
            /**
             * Format: date
             * @description "Today" in the service's time zone, which decides where each term stands.
             */
            as_of: string;
            /** @description Every branch of the subtree. */
            branches: components["schemas"]["BranchCommittee"][];
            /** @description Terms in office ending within 6 months (time to prepare the election, 换届). */
            due_within_6_months: components["schemas"]["TermAttention"][];
            /** @description Terms in office on an approved extension. */
            extended: components["schemas"]["TermAttention"][];
            /** Format: uuid */
            org_unit_id: string;
            /** @description Terms past their end with no new committee recorded. */
            overdue: components["schemas"]["TermAttention"][];
            /** @description Terms in office with vacant seats or a vacant 书记. */
            with_vacancies: components["schemas"]["TermAttention"][];
            /** @description Branches of 7 or more full members with no committee in office. */
            without_committee: components["schemas"]["BranchWithoutCommittee"][];
        };
        ComplianceReport: {
            /**
             * Format: date
             * @description "Today" in the service's time zone.
             */
            as_of: string;
            /** Format: uuid */
            org_unit_id: string;
            /** @description Every unit in the subtree that some rule applies to. */
            units: components["schemas"]["UnitCompliance"][];
            /** Format: int32 */
            year: number;
        };
        /**
         * @example {
         *       "due_on": "2027-03-31",
         *       "measure": "每月精读一篇原文并撰写心得，在支部会上交流",
         *       "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "owner_id": "019a1b2c-0000-7000-8000-000000000020",
         *       "problem": "理论学习不够系统深入，学用结合不紧",
         *       "source_speech_id": "019a1b2c-0000-7000-8000-000000000040"
         *     }
         */
        CreateItem: {
            /** Format: date */
            due_on: string;
            /** @description 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other control character. */
            measure: string;
            /**
             * Format: uuid
             * @description A meeting of this unit or a unit above it.
             */
            meeting_id?: string | null;
            /** Format: uuid */
            org_unit_id: string;
            /**
             * Format: uuid
             * @description A person of this unit or a unit below it.
             */
            owner_id: string;
            /** @description 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other control character. */
            problem: string;
            /**
             * Format: uuid
             * @description A speech of `meeting_id`.
             */
            source_speech_id?: string | null;
        };
        /**
         * @description The title, location and agenda items are one line each, without control characters; the
         *     summary may hold tab and line breaks (LF or CR LF), but no other control character.
         * @example {
         *       "agenda": [
         *         "通报上年度整改落实情况",
         *         "支部书记代表支委会作对照检查",
         *         "党员个人对照检查",
         *         "开展相互批评"
         *       ],
         *       "ends_at": "2026-12-20T11:30:00+08:00",
         *       "host_id": "019a1b2c-0000-7000-8000-000000000020",
         *       "kind": "organizational_life",
         *       "location": "机关三楼党员活动室",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "recorder_id": "019a1b2c-0000-7000-8000-000000000021",
         *       "starts_at": "2026-12-20T09:30:00+08:00",
         *       "title": "2026年度组织生活会"
         *     }
         */
        CreateMeeting: {
            /** @description At most 50 items, each one line of 1 to 500 characters. */
            agenda?: components["schemas"]["AgendaItem"][];
            /**
             * Format: date-time
             * @description Not before `starts_at`.
             */
            ends_at?: string | null;
            /**
             * Format: uuid
             * @description A person of the unit or a unit below it.
             */
            host_id?: string | null;
            kind: components["schemas"]["MeetingKind"];
            /** @description One line of 1 to 200 characters. */
            location?: string | null;
            /** Format: uuid */
            org_unit_id: string;
            /**
             * Format: uuid
             * @description A person of the unit or a unit below it.
             */
            recorder_id?: string | null;
            /**
             * Format: int32
             * @description Only for 组织生活会 and 民主生活会: the year it reports on, the year it is held or the
             *     one before (the "2025年度组织生活会" held in early 2026); left out, the year it is held.
             */
            reporting_year?: number | null;
            /** Format: date-time */
            starts_at: string;
            /** @description 1 to 20,000 characters; tab and line breaks (LF or CR LF), no other control character. */
            summary?: string | null;
            /** @description One line of 1 to 200 characters (spaces around are trimmed). */
            title: string;
        };
        /**
         * @example {
         *       "established_on": "1998-07-01",
         *       "kind": "branch",
         *       "name": "市政府办机关第二党支部",
         *       "parent_id": "019a1b2c-0000-7000-8000-000000000000"
         *     }
         */
        CreateOrgUnit: {
            /**
             * Format: date
             * @description When the unit came to exist (not in the future); omit when it is being founded now.
             */
            established_on?: string | null;
            kind: components["schemas"]["OrgUnitKind"];
            /** @description One line of 1 to 200 characters (spaces around are trimmed). */
            name: string;
            /**
             * Format: uuid
             * @description The unit above; omit for a top-level unit (admins only).
             */
            parent_id?: string | null;
        };
        /**
         * @example {
         *       "kind": "guest",
         *       "name": "李建国",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "title": "市委组织部副部长"
         *     }
         */
        CreatePerson: {
            kind: components["schemas"]["PersonKind"];
            /** @description One line of 1 to 100 characters (spaces around are trimmed). */
            name: string;
            /** Format: uuid */
            org_unit_id: string;
            /** @description What the person is, e.g. 市长 or 党支部书记: one line of 1 to 100 characters. */
            title?: string | null;
            /** Format: uuid */
            user_id?: string | null;
        };
        /**
         * @example {
         *       "content": "同志们：\n今天，参加市政府办机关第一党支部的组织生活会，和大家一起学习交流，很有收获。\n一、提高政治站位，把学习贯彻落到实处。\n二、坚持问题导向，把整改任务抓细抓实。",
         *       "kind": "remarks",
         *       "speaker_id": "019a1b2c-0000-7000-8000-000000000020",
         *       "title": "在市政府办机关第一党支部组织生活会上的讲话"
         *     }
         */
        CreateSpeech: {
            /**
             * @description Up to 200,000 characters, kept exactly as sent, not blank; tab and line breaks (LF or
             *     CR LF), but no other control character. A meeting holds at most 100 speeches, of
             *     1,000,000 characters and 10,000 lines in all.
             */
            content: string;
            kind: components["schemas"]["SpeechKind"];
            /**
             * Format: int32
             * @description 1..n+1 of the meeting's n speeches; the speeches from there on move down. Left out:
             *     last.
             */
            position?: number | null;
            /** Format: uuid */
            speaker_id: string;
            /**
             * Format: uuid
             * @description Required for `criticism`, not allowed otherwise.
             */
            target_person_id?: string | null;
            /** @description One line of 1 to 200 characters (spaces around are trimmed). */
            title?: string | null;
        };
        /**
         * @example {
         *       "display_name": "张伟",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "password": "zhibu-2026-zuzhishenghuo",
         *       "role": "member",
         *       "username": "zhang.wei"
         *     }
         */
        CreateUser: {
            /** @description One line of 1 to 100 characters (spaces around are trimmed). */
            display_name: string;
            /**
             * Format: uuid
             * @description Give the user a membership here; required for secretaries (a unit they keep).
             */
            org_unit_id?: string | null;
            /**
             * @description 12 to 128 characters, not one of the most common passwords. Left out, the service makes
             *     a one-time password, answered once, that the user must change at its first login.
             */
            password?: string | null;
            role?: components["schemas"]["Role"] | null;
            /**
             * @description 3 to 64 ASCII letters, digits, `.`, `_`, `-`, starting with a letter or a digit
             *     (spaces around are trimmed); unique without regard to case.
             */
            username: string;
        };
        /** @description A user as created, with the one-time password the service made when none was given. */
        CreatedUser: components["schemas"]["User"] & {
            /**
             * @description Made by the service when the request gave no `password`: shown only in this answer
             *     (only its hash is stored), and the user must choose a new one at its first login. Null
             *     when the creator chose the password.
             */
            one_time_password: string | null;
        };
        CriticismMatrix: {
            /**
             * @description The members expected at the meeting (its attendance list, kind `member`) who were
             *     present or spoke, and criticised nobody.
             */
            gave_none: components["schemas"]["MemberRef"][];
            /** Format: uuid */
            meeting_id: string;
            /** @description Every critic–target pair, by critic then target name. */
            pairs: components["schemas"]["CriticismPair"][];
            /** @description Those same members whom nobody criticised. */
            received_none: components["schemas"]["MemberRef"][];
        };
        CriticismPair: {
            /**
             * Format: int64
             * @description How many criticisms the critic addressed to the target.
             */
            count: number;
            /** Format: uuid */
            critic_id: string;
            critic_name: string;
            /** Format: uuid */
            target_id: string;
            target_name: string;
        };
        /**
         * @example {
         *       "note": "整改措施已落实，学习记录和心得齐全，同意销号。"
         *     }
         */
        Decision: {
            /**
             * @description Why it is verified or returned: 1 to 5,000 characters; tab and line breaks (LF or
             *     CR LF), no other control character.
             */
            note: string;
        };
        /**
         * @description A decision as recorded: the whole of it (a replacement sends all of it again).
         * @example {
         *       "abstaining": 0,
         *       "against": 0,
         *       "candidate_ids": [
         *         "019a1b2c-0000-7000-8000-000000000022"
         *       ],
         *       "in_favour": 1,
         *       "kind": "admission",
         *       "method": "secret_ballot",
         *       "motion": "讨论接收张伟同志为中共预备党员"
         *     }
         */
        DecisionInput: {
            /** Format: int32 */
            abstaining: number;
            /** Format: int32 */
            against: number;
            /**
             * @description Whom it is about, people of the meeting's unit: exactly one for a decision on
             *     membership (admission: a development candidate; confirmation, extension, cancellation:
             *     a probationary member, on the meeting's day); up to 30 otherwise.
             */
            candidate_ids?: string[];
            /** @description Full members left out of those due to attend with the superior organisation's approval. */
            exclusions?: components["schemas"]["ExclusionInput"][];
            /**
             * Format: int32
             * @description Votes in favour, the written opinions in favour included.
             */
            in_favour: number;
            kind: components["schemas"]["DecisionKind"];
            method: components["schemas"]["VotingMethod"];
            /** @description The motion: 1 to 2000 characters; line breaks allowed. */
            motion: string;
            /**
             * @description For a show of hands, optionally who voted how (full members present); then the counts
             *     must equal these and the written opinions.
             */
            votes?: components["schemas"]["OpinionInput"][];
            /**
             * @description Written opinions of full members absent from the meeting, given before it: counted in
             *     the votes (not in the quorum).
             */
            written_opinions?: components["schemas"]["OpinionInput"][];
        };
        /**
         * @description What a decision is about.
         * @enum {string}
         */
        DecisionKind: "admission" | "confirmation" | "extension" | "cancellation" | "commendation" | "discipline" | "election" | "other";
        /** @description The decisions of a meeting with who could vote at it. */
        DecisionList: {
            /**
             * Format: date
             * @description The meeting's day, on which standings are read.
             */
            day: string;
            decisions: components["schemas"]["MeetingDecision"][];
            /** Format: uuid */
            meeting_id: string;
            /** @description The members of the unit on the day, with standing and attendance. */
            roll: components["schemas"]["RollEntry"][];
            voting_summary: components["schemas"]["VotingSummary"];
        };
        /**
         * @example {
         *       "attempts": 1,
         *       "created_at": "2026-11-30T01:00:00Z",
         *       "delivered_at": "2026-11-30T01:00:02Z",
         *       "entity_id": "019a1b2c-0000-7000-8000-000000000060",
         *       "entity_type": "rectification_item",
         *       "event": "item_due_soon",
         *       "id": "019a1b2c-0000-7000-8000-0000000000b0",
         *       "last_attempt_at": "2026-11-30T01:00:02Z",
         *       "last_error": null,
         *       "last_status": 200,
         *       "next_attempt_at": null,
         *       "response_excerpt": "{\"errcode\":0,\"errmsg\":\"ok\"}",
         *       "status": "delivered",
         *       "title": "整改事项即将到期"
         *     }
         */
        Delivery: {
            /**
             * Format: int32
             * @description Attempts made so far.
             */
            attempts: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            delivered_at: string | null;
            /** Format: uuid */
            entity_id: string | null;
            entity_type: string | null;
            /** @description The notification kind it carries, or `test`. */
            event: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_attempt_at: string | null;
            last_error: string | null;
            /**
             * Format: int32
             * @description The receiver's HTTP status at the last attempt.
             */
            last_status: number | null;
            /**
             * Format: date-time
             * @description When a pending delivery is tried next; null otherwise.
             */
            next_attempt_at: string | null;
            /** @description The start of the receiver's answer (at most 500 characters). */
            response_excerpt: string | null;
            status: components["schemas"]["DeliveryStatus"];
            title: string;
        };
        /**
         * @description Where a delivery stands.
         * @enum {string}
         */
        DeliveryStatus: "pending" | "delivered" | "failed" | "skipped";
        EventMismatch: {
            /** Format: uuid */
            event_id: string;
            problem: components["schemas"]["EventProblem"];
            /** Format: int64 */
            seq: number;
        };
        /**
         * @description What is wrong with a sealed event.
         * @enum {string}
         */
        EventProblem: "changed" | "missing" | "relinked";
        /** @description A full member left out of those due to attend, with the superior organisation's approval. */
        Exclusion: {
            /** @description Who approved leaving the member out, e.g. 经机关党委批准（机党〔2026〕12号）. */
            approval: string;
            name: string;
            /** Format: uuid */
            person_id: string;
            /** @description E.g. 因病长期住院. */
            reason: string;
        };
        ExclusionInput: {
            /** @description The superior organisation's approval: one line of 1 to 500 characters. */
            approval: string;
            /** Format: uuid */
            person_id: string;
            /** @description Why the member cannot attend: one line of 1 to 500 characters. */
            reason: string;
        };
        /** @description One invalid field of a request body or query. */
        FieldError: {
            /**
             * @description JSON pointer to the field of the body, e.g. `/title` or `/0/person_id`; for a query
             *     parameter its name, e.g. `limit`.
             */
            field: string;
            message: string;
        };
        /** @description A meeting counted, but held against a rule. */
        FlaggedMeeting: {
            /**
             * Format: int64
             * @description Committee members on that day.
             */
            committee_size: number;
            /**
             * Format: date
             * @description The day it was held (service time zone).
             */
            day: string;
            /** Format: uuid */
            meeting_id: string;
            /**
             * Format: int64
             * @description Of them, present.
             */
            present: number;
            title: string;
        };
        Heading: {
            /**
             * Format: int32
             * @description 1 for `一、`, 2 for `（一）`, 3 for `1.` or `1、`.
             */
            level: number;
            /** @description The heading line up to its first full stop, at most [`MAX_HEADING_CHARS`] characters. */
            text: string;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @description Always `ok` when the answer is 200. */
            status: string;
        };
        /**
         * @example {
         *       "id": "019a1b2c-0000-7000-8000-000000000040",
         *       "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
         *       "score": 0.42,
         *       "snippet": "…要在服务领导中拓宽<mark>视野</mark>。比如，文电科XX同志…",
         *       "title": "在市政府办机关第一党支部组织生活会上的讲话",
         *       "type": "speech"
         *     }
         */
        Hit: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The meeting a speech was given at, or an item came out of.
             */
            meeting_id: string | null;
            /**
             * Format: float
             * @description Relevance (`ts_rank`); higher is better.
             */
            score: number;
            /** @description Text around the first match, HTML-escaped, every match in `<mark>…</mark>`. */
            snippet: string;
            title: string;
            type: components["schemas"]["HitType"];
        };
        /**
         * @description What a hit is.
         * @enum {string}
         */
        HitType: "speech" | "meeting" | "rectification_item";
        /**
         * @description What the import does with a row's person.
         * @enum {string}
         */
        ImportOutcome: "created" | "updated" | "unchanged";
        /** @description One row of the file and what became of it. */
        ImportedRow: {
            /** @description Whether the row creates the account (a dry run: would create it). */
            account_created: boolean;
            kind: components["schemas"]["PersonKind"];
            name: string;
            /**
             * @description The new account's one-time password, shown only in this answer (only its hash is
             *     stored): hand it to the person, who must choose a new one at the first login. Null in
             *     a dry run and when no account was created.
             */
            one_time_password: string | null;
            outcome: components["schemas"]["ImportOutcome"];
            /**
             * Format: uuid
             * @description The person; null for one a dry run would create.
             */
            person_id: string | null;
            /**
             * Format: int32
             * @description The row's number in the spreadsheet (the heading is row 1).
             */
            row: number;
            title: string | null;
            /** @description The person's account as the row names it. */
            username: string | null;
        };
        /** @description Counts over a set of rectification items. */
        ItemCounts: {
            /** Format: int64 */
            in_progress: number;
            /** Format: int64 */
            open: number;
            /**
             * Format: int64
             * @description Not verified and due before today.
             */
            overdue: number;
            /** Format: int64 */
            submitted: number;
            /** Format: int64 */
            total: number;
            /** Format: int64 */
            verified: number;
            /** Format: int64 */
            verified_late: number;
            /**
             * Format: int64
             * @description Verified on or before the due date (in the service's time zone).
             */
            verified_on_time: number;
        };
        /**
         * @description `open` → `in_progress` (first progress update) → `submitted` → `verified`, and
         *     `submitted` → `in_progress` when returned.
         * @enum {string}
         */
        ItemStatus: "open" | "in_progress" | "submitted" | "verified";
        /**
         * @description What the rules make of a decision's counts: worked out by the service, never sent.
         * @example {
         *       "due": 11,
         *       "excluded": 1,
         *       "full_members": 12,
         *       "passed": true,
         *       "present": 9,
         *       "probationary_present": 1,
         *       "problem": null,
         *       "quorum": true,
         *       "reason": "应到会有表决权的党员11人（经批准不计入1人），实到9人，超过半数；赞成9票（含书面意见1份）、反对1票、弃权0票，赞成票超过应到会有表决权党员的半数，通过",
         *       "written": 1
         *     }
         */
        Judgement: {
            /**
             * Format: int32
             * @description 应到会有表决权的党员: full members less those left out.
             */
            due: number;
            /**
             * Format: int32
             * @description Of them, left out with approval.
             */
            excluded: number;
            /**
             * Format: int32
             * @description Full members of the unit on the meeting's day.
             */
            full_members: number;
            /** @description The quorum held and the votes in favour exceed half of those due. */
            passed: boolean;
            /**
             * Format: int32
             * @description 实到会有表决权的党员: full members due to attend who were present.
             */
            present: number;
            /**
             * Format: int32
             * @description Probationary members present: at the meeting, without a vote.
             */
            probationary_present: number;
            /**
             * @description Set when the records changed since the decision was recorded (the attendance list, a
             *     standing) so that its counts can no longer be: the rule they break. Finalizing is
             *     refused until the decision is corrected.
             */
            problem: string | null;
            /** @description More than half of those due with a vote were present. */
            quorum: boolean;
            /** @description The rule that decided, in words, as the minutes print it. */
            reason: string;
            /**
             * Format: int32
             * @description Written opinions counted in the votes.
             */
            written: number;
        };
        /**
         * @description Checkpoint copies kept elsewhere: 1 to 100 exported checkpoints.
         * @example [
         *       {
         *         "format": "minutebook-checkpoint/1",
         *         "head": "0000000000000000000000000000000000000000000000000000000000000000",
         *         "public_key": "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
         *         "seq": 0,
         *         "signature": "0022f8b9cc10f797c11225ba0d7662008aaaf0fc4e24525d91df0cfccfada507cc4473abfa2f6eeb2c4832f463a40c88a36f20706f4facba7c14b0a9e45c0b09",
         *         "signed_at": "2026-11-30T08:00:00.000000Z"
         *       }
         *     ]
         */
        KeptCheckpoints: components["schemas"]["Checkpoint"][];
        /** @description The verdict on a checkpoint copy sent for checking. */
        KeptVerdict: {
            head: string;
            /** @description The copy is signed by the service's key and the history up to it is unchanged. */
            holds: boolean;
            problem: components["schemas"]["CheckpointProblem"] | null;
            /** Format: int64 */
            seq: number;
        };
        /** @description How the votes of one kind came out. */
        KindCounts: {
            kind: components["schemas"]["DecisionKind"];
            /**
             * Format: int32
             * @description Voted and not passed: no quorum, or not more than half of those due in favour.
             */
            not_passed: number;
            /** Format: int32 */
            passed: number;
            /**
             * Format: int32
             * @description Recorded with counts the records no longer fit (not finalized yet): neither passed
             *     nor not passed until corrected.
             */
            to_correct: number;
            /**
             * Format: int32
             * @description Decisions of this kind voted.
             */
            voted: number;
        };
        /**
         * @example {
         *       "password": "zhibu-2026-zuzhishenghuo",
         *       "username": "zhang.wei"
         *     }
         */
        LoginRequest: {
            password: string;
            username: string;
        };
        MarkedRead: {
            /**
             * Format: int64
             * @description How many were unread and are read now.
             */
            marked: number;
        };
        Me: {
            display_name: string;
            /** @description Where notifications are emailed (when the service sends email); null: nowhere. */
            email: string | null;
            /** @description Whether this service sends email at all (`MINUTEBOOK_SMTP_URL` is set). */
            email_delivery: boolean;
            /** @description Whether the caller wants notifications by email too (they are always in the app). */
            email_notifications: boolean;
            /** Format: uuid */
            id: string;
            is_admin: boolean;
            /** @description Every membership, each reaching its unit and all units below. */
            memberships: components["schemas"]["MembershipOfMe"][];
            /**
             * @description The password was reset: choose a new one with `PUT /api/v1/me/password`; until then
             *     every other endpoint answers 403.
             */
            password_change_required: boolean;
            username: string;
        };
        /**
         * @example {
         *       "agenda": [
         *         "通报整改落实情况",
         *         "个人对照检查",
         *         "相互批评"
         *       ],
         *       "attendance_summary": {
         *         "absent": 0,
         *         "expected": 0,
         *         "leave": 0,
         *         "present": 0
         *       },
         *       "created_at": "2026-11-27T08:30:00Z",
         *       "ends_at": null,
         *       "finalized_at": null,
         *       "host_id": null,
         *       "id": "019a1b2c-0000-7000-8000-000000000030",
         *       "kind": "organizational_life",
         *       "location": "三楼会议室",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "record_digest": null,
         *       "recorder_id": null,
         *       "reporting_year": null,
         *       "starts_at": "2026-12-20T01:30:00Z",
         *       "status": "scheduled",
         *       "summary": null,
         *       "title": "2026年度组织生活会",
         *       "updated_at": "2026-11-27T08:30:00Z",
         *       "version": 1
         *     }
         */
        Meeting: {
            agenda: string[];
            attendance_summary: components["schemas"]["AttendanceSummary"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            ends_at: string | null;
            /** Format: date-time */
            finalized_at: string | null;
            /**
             * Format: uuid
             * @description 主持人: a person.
             */
            host_id: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MeetingKind"];
            location: string | null;
            /** Format: uuid */
            org_unit_id: string;
            /**
             * @description SHA-256 (hex) of the whole record as finalized — particulars, attendance, speeches and
             *     the rectification items as they stood — printed in the minutes' footer so that a
             *     printed copy can be checked against the service. Null before finalizing (and for
             *     meetings finalized before digests existed).
             */
            record_digest: string | null;
            /**
             * Format: uuid
             * @description 记录人: a person.
             */
            recorder_id: string | null;
            /**
             * Format: int32
             * @description The year an annual meeting (组织生活会, 民主生活会) reports on, when it is not the year
             *     it was held (the "2025年度组织生活会" held in early 2026); the annual rules count by it.
             */
            reporting_year: number | null;
            /** Format: date-time */
            starts_at: string;
            status: components["schemas"]["MeetingStatus"];
            summary: string | null;
            title: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
        };
        MeetingDecision: {
            /** Format: int32 */
            abstaining: number;
            /** Format: int32 */
            against: number;
            /** @description Whom it is about: one person for a decision on membership. */
            candidates: components["schemas"]["Candidate"][];
            /** Format: date-time */
            created_at: string;
            exclusions: components["schemas"]["Exclusion"][];
            /** Format: uuid */
            id: string;
            /**
             * Format: int32
             * @description Votes in favour, written opinions included.
             */
            in_favour: number;
            judgement: components["schemas"]["Judgement"];
            kind: components["schemas"]["DecisionKind"];
            /** Format: uuid */
            meeting_id: string;
            method: components["schemas"]["VotingMethod"];
            motion: string;
            /** Format: uuid */
            org_unit_id: string;
            /**
             * Format: int32
             * @description 1..n in the order recorded.
             */
            position: number;
            /**
             * @description A change of party standing names this decision as what made it: the decision stays
             *     as voted (a change or a deletion answers 409).
             */
            standing_recorded: boolean;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
            /** @description A show of hands by name (optional); empty for a secret ballot. */
            votes: components["schemas"]["NamedVote"][];
            written_opinions: components["schemas"]["WrittenOpinion"][];
        };
        /** @description One meeting, with its voting-member summary beside the attendance summary. */
        MeetingDetail: components["schemas"]["Meeting"] & {
            /**
             * @description 应到/实到 with voting rights: members of the unit on the meeting's day by standing
             *     (full members vote; probationary members do not).
             */
            voting_summary: components["schemas"]["VotingSummary"];
        };
        /**
         * @description The kind of meeting.
         * @enum {string}
         */
        MeetingKind: "general_assembly" | "committee_meeting" | "group_meeting" | "party_lecture" | "organizational_life" | "democratic_life" | "theme_day" | "other";
        MeetingMismatch: {
            /** @description The digest of its record as it is now. */
            computed_digest: string;
            /** Format: uuid */
            meeting_id: string;
            problem: components["schemas"]["MeetingProblem"];
            /** @description The digest stored with the meeting (the one printed in its minutes). */
            stored_digest: string;
            title: string;
        };
        /**
         * @description What is wrong with a finalized meeting.
         * @enum {string}
         */
        MeetingProblem: "record_changed" | "digest_replaced";
        MeetingReport: {
            /**
             * Format: int64
             * @description Finalized meetings whose digest was recomputed.
             */
            checked: number;
            first_mismatch: components["schemas"]["MeetingMismatch"] | null;
            /** @description Every meeting that does not match (the first 100). */
            mismatches: components["schemas"]["MeetingMismatch"][];
            /**
             * Format: int64
             * @description Mismatching meetings outside a reviewer's reach, left out of the list above (always 0
             *     for admins).
             */
            outside_reach: number;
            /**
             * Format: int64
             * @description Finalized meetings without a digest (finalized before digests existed).
             */
            without_digest: number;
        };
        MeetingRule: {
            /** @description The level of unit that must hold these meetings. */
            applies_to: components["schemas"]["OrgUnitKind"];
            /** @description Where the rule comes from, or that it is a local choice. */
            description: string | null;
            kind: components["schemas"]["MeetingKind"];
            /**
             * Format: int32
             * @description Meetings needed in each period.
             */
            min_meetings: number;
            period: components["schemas"]["RulePeriod"];
        };
        /**
         * @description `scheduled` → `held` → `finalized`, or `scheduled` → `cancelled`.
         * @enum {string}
         */
        MeetingStatus: "scheduled" | "held" | "finalized" | "cancelled";
        /**
         * @example {
         *       "disabled": false,
         *       "display_name": "张伟",
         *       "role": "member",
         *       "user_id": "019a1b2c-0000-7000-8000-000000000010",
         *       "username": "zhang.wei"
         *     }
         */
        Member: {
            /** @description The user's account is disabled: it cannot log in. */
            disabled: boolean;
            display_name: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            user_id: string;
            username: string;
        };
        MemberRef: {
            name: string;
            /** Format: uuid */
            person_id: string;
        };
        /**
         * @example {
         *       "role": "secretary"
         *     }
         */
        MemberRole: {
            role: components["schemas"]["Role"];
        };
        MembershipOfMe: {
            /** Format: uuid */
            org_unit_id: string;
            org_unit_name: string;
            role: components["schemas"]["Role"];
        };
        /**
         * @description The caller's own settings; each field left out stays as it is.
         * @example {
         *       "email": "wang.fang@example.org",
         *       "email_notifications": true
         *     }
         */
        MyPreferences: {
            /**
             * @description An email address like `name@example.org` (unquoted, ASCII; spaces around are
             *     trimmed); null removes it.
             */
            email?: string | null;
            email_notifications?: boolean | null;
        };
        /** @description How one member present voted, when a show of hands is recorded by name. */
        NamedVote: {
            name: string;
            /** Format: uuid */
            person_id: string;
            vote: components["schemas"]["Vote"];
        };
        /**
         * @example {
         *       "quota_bytes": 1073741824
         *     }
         */
        NewAttachmentQuota: {
            /**
             * Format: int64
             * @description Bytes, at least 1; null (or absent) removes the quota.
             */
            quota_bytes?: number | null;
        };
        NewCommitteeMember: {
            /**
             * Format: date
             * @description On the committee from (not before the term started).
             */
            from_on: string;
            /**
             * Format: uuid
             * @description A person of the branch, a full or probationary member on `from_on`.
             */
            person_id: string;
            post: components["schemas"]["CommitteePost"];
            /**
             * Format: date
             * @description The last day on the committee; null or absent while still on it.
             */
            until_on?: string | null;
        };
        /**
         * @example {
         *       "length_years": 3,
         *       "seats": 5,
         *       "started_on": "2025-06-20"
         *     }
         */
        NewCommitteeTerm: {
            /**
             * Format: uuid
             * @description The meeting of the branch that elected it.
             */
            election_meeting_id?: string | null;
            /**
             * Format: date
             * @description For a past term entered later: the day the next committee took office. Left out, the
             *     new term is the one in office, and the term in office until now ends on `started_on`.
             */
            ended_on?: string | null;
            /**
             * Format: int32
             * @description 3, or 5 for villages and communities.
             */
            length_years: number;
            /**
             * Format: int32
             * @description The seats it was elected with: 1 to 15.
             */
            seats: number;
            /**
             * Format: date
             * @description The day the committee took office (not in the future).
             */
            started_on: string;
        };
        /**
         * @example {
         *       "due_soon_days": 10,
         *       "escalate_after_days": null
         *     }
         */
        NewUnitNotificationSettings: {
            /**
             * Format: int32
             * @description 2 to 60; null or absent: the default.
             */
            due_soon_days?: number | null;
            /**
             * Format: int32
             * @description 1 to 365; null or absent: the default.
             */
            escalate_after_days?: number | null;
        };
        /**
         * @example {
         *       "note": "已精读两篇原文，撰写心得2篇，并在11月支部会上作了交流。",
         *       "progress_percent": 40
         *     }
         */
        NewUpdate: {
            /**
             * @description What was done: 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other
             *     control character.
             */
            note: string;
            /**
             * Format: int32
             * @description 0 to 100; becomes the item's `progress_percent`.
             */
            progress_percent?: number | null;
        };
        /**
         * @example {
         *       "kind": "wecom",
         *       "name": "支部企业微信群",
         *       "url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"
         *     }
         */
        NewWebhook: {
            /** @description Default true. */
            enabled?: boolean | null;
            kind: components["schemas"]["WebhookKind"];
            /** @description One line of 1 to 100 characters. */
            name: string;
            /**
             * @description Signs the messages: required for `generic` (16 or more characters), optional for
             *     `dingtalk` (its 加签 secret, `SEC…`) and `feishu`, unused by `wecom`. Write-only.
             */
            secret?: string | null;
            /**
             * @description An http(s) address without user info; by default not one resolving to this machine,
             *     a private network, link-local space or a metadata service.
             */
            url: string;
        };
        /**
         * @example {
         *       "created_at": "2026-11-28T08:30:00Z",
         *       "entity_id": "019a1b2c-0000-7000-8000-000000000060",
         *       "entity_type": "rectification_item",
         *       "id": "019a1b2c-0000-7000-8000-000000000090",
         *       "kind": "item_returned",
         *       "message": "您的整改事项被退回：理论学习不够系统深入",
         *       "note": "学习心得未附原始记录，请补充后重新提交。",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "read_at": null,
         *       "reminder_on": null
         *     }
         */
        Notification: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            entity_id: string;
            /** @description The record it is about: with `entity_id`, what a client links to. */
            entity_type: components["schemas"]["NotifiedRecord"];
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /** @description What happened, in a sentence (Chinese). */
            message: string;
            /** @description What the change carried, e.g. why an item was returned. */
            note: string | null;
            /**
             * Format: uuid
             * @description The unit of the record.
             */
            org_unit_id: string;
            /**
             * Format: date-time
             * @description When the caller marked it read; null while unread.
             */
            read_at: string | null;
            /**
             * Format: date
             * @description For a reminder, the day it was made for (in the service's time zone).
             */
            reminder_on: string | null;
        };
        /**
         * @description Why a user is notified.
         * @enum {string}
         */
        NotificationKind: "item_assigned" | "item_returned" | "item_verified" | "item_submitted" | "item_due_soon" | "item_due_tomorrow" | "item_overdue" | "item_escalated" | "meeting_scheduled" | "meeting_moved" | "meeting_cancelled" | "meeting_tomorrow" | "minutes_finalized" | "committee_term_due";
        /**
         * @description The kind of record a notification is about.
         * @enum {string}
         */
        NotifiedRecord: "rectification_item" | "meeting" | "committee_term";
        OpinionInput: {
            /** Format: uuid */
            person_id: string;
            vote: components["schemas"]["Vote"];
        };
        /**
         * @example {
         *       "created_at": "2026-11-27T08:30:00Z",
         *       "established_on": "1998-07-01",
         *       "id": "019a1b2c-0000-7000-8000-000000000001",
         *       "kind": "branch",
         *       "name": "第一党支部",
         *       "parent_id": "019a1b2c-0000-7000-8000-000000000000",
         *       "updated_at": "2026-11-27T08:30:00Z"
         *     }
         */
        OrgUnit: {
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date
             * @description When the unit came to exist, if it was entered later; the compliance report counts its
             *     periods from this day, else from `created_at`.
             */
            established_on: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrgUnitKind"];
            name: string;
            /**
             * Format: uuid
             * @description The unit above; null for a top-level unit.
             */
            parent_id: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description The level of a unit.
         * @enum {string}
         */
        OrgUnitKind: "committee" | "branch" | "group";
        OwnerCounts: components["schemas"]["ItemCounts"] & {
            name: string;
            /** Format: uuid */
            owner_id: string;
        };
        /** @description One page of a list. */
        Page_AuditEvent: {
            items: components["schemas"]["AuditEvent"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_Checkpoint: {
            items: components["schemas"]["Checkpoint"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_Delivery: {
            items: components["schemas"]["Delivery"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_Hit: {
            items: components["schemas"]["Hit"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_Meeting: {
            items: components["schemas"]["Meeting"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_Member: {
            items: components["schemas"]["Member"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_Notification: {
            items: components["schemas"]["Notification"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_OrgUnit: {
            items: components["schemas"]["OrgUnit"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_Person: {
            items: components["schemas"]["Person"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_ProgressUpdate: {
            items: components["schemas"]["ProgressUpdate"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_RectificationItem: {
            items: components["schemas"]["RectificationItem"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_Speech: {
            items: components["schemas"]["Speech"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description One page of a list. */
        Page_User: {
            items: components["schemas"]["User"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Party standing on a day. Only a full member votes (Party Constitution Art. 7).
         * @enum {string}
         */
        PartyStanding: "full_member" | "probationary_member" | "development_candidate" | "activist" | "non_member";
        /**
         * @example {
         *       "current_password": "zhibu-2026-zuzhishenghuo",
         *       "new_password": "长江后浪推前浪，浮事新人换旧人"
         *     }
         */
        PasswordChange: {
            current_password: string;
            /** @description 12 to 128 characters, not one of the most common passwords, not the current one. */
            new_password: string;
        };
        /**
         * @description A one-time password for a user, from a reset.
         * @example {
         *       "one_time_password": "q7RkV2mXhT9wPc4LzN8d",
         *       "password_change_required": true,
         *       "user_id": "019a1b2c-0000-7000-8000-000000000010"
         *     }
         */
        PasswordReset: {
            /** @description Hand it to the user: it is shown only this once (only its hash is stored). */
            one_time_password: string;
            /** @description Always true: the user must choose a new password before anything else. */
            password_change_required: boolean;
            /** Format: uuid */
            user_id: string;
        };
        /**
         * @description What an import did (or, in a dry run, would do).
         * @example {
         *       "accounts_created": 1,
         *       "created": 1,
         *       "dry_run": false,
         *       "rows": [
         *         {
         *           "account_created": false,
         *           "kind": "member",
         *           "name": "张伟",
         *           "one_time_password": null,
         *           "outcome": "unchanged",
         *           "person_id": "019a1b2c-0000-7000-8000-000000000020",
         *           "row": 2,
         *           "title": "党支部书记",
         *           "username": null
         *         },
         *         {
         *           "account_created": true,
         *           "kind": "member",
         *           "name": "李娜",
         *           "one_time_password": "q7RkV2mXhT9wPc4LzN8d",
         *           "outcome": "created",
         *           "person_id": "019a1b2c-0000-7000-8000-000000000021",
         *           "row": 3,
         *           "title": null,
         *           "username": "li.na"
         *         }
         *       ],
         *       "unchanged": 1,
         *       "updated": 0
         *     }
         */
        PeopleImport: {
            accounts_created: number;
            created: number;
            dry_run: boolean;
            rows: components["schemas"]["ImportedRow"][];
            unchanged: number;
            updated: number;
        };
        /**
         * @example {
         *       "created_at": "2026-11-27T08:30:00Z",
         *       "id": "019a1b2c-0000-7000-8000-000000000020",
         *       "kind": "guest",
         *       "name": "张伟",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "title": "市长",
         *       "updated_at": "2026-11-27T08:30:00Z",
         *       "user_id": null,
         *       "version": 1
         *     }
         */
        Person: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["PersonKind"];
            name: string;
            /** Format: uuid */
            org_unit_id: string;
            /** @description Position (职务), e.g. 市长, 支部书记. */
            title: string | null;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: uuid
             * @description The user account of this person, if it has one.
             */
            user_id: string | null;
            /** Format: int32 */
            version: number;
        };
        /**
         * @description Whether a person is a member of the unit or a guest.
         * @enum {string}
         */
        PersonKind: "member" | "guest";
        /** @description A post, with the name the minutes and reports print. */
        PostLabel: {
            /** @description 书记, 副书记, 组织委员 … */
            label: string;
            post: components["schemas"]["CommitteePost"];
        };
        /**
         * @description An RFC 9457 problem details document.
         * @example {
         *       "detail": "/title: must not be empty",
         *       "errors": [
         *         {
         *           "field": "/title",
         *           "message": "must not be empty"
         *         }
         *       ],
         *       "status": 422,
         *       "title": "Unprocessable Entity",
         *       "type": "about:blank"
         *     }
         */
        Problem: {
            /** @description What went wrong, for a person to read. */
            detail?: string | null;
            /** @description Per-field validation failures (422 only): which field, and what it must be. */
            errors?: components["schemas"]["FieldError"][];
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status: number;
            /** @description The HTTP reason phrase of `status`. */
            title: string;
            /** @description A URI reference identifying the problem type; `about:blank` means the status says it all. */
            type: string;
        };
        /** @description A progress note (整改进展). Append-only. */
        ProgressUpdate: {
            /**
             * Format: uuid
             * @description The user who wrote it.
             */
            author_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            item_id: string;
            note: string;
            /** Format: int32 */
            progress_percent: number | null;
        };
        /**
         * @description The key that checks checkpoints.
         * @example {
         *       "algorithm": "Ed25519",
         *       "pem": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=\n-----END PUBLIC KEY-----\n",
         *       "public_key": "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
         *     }
         */
        PublicKey: {
            /** @description `Ed25519`. */
            algorithm: string;
            /** @description The same as SubjectPublicKeyInfo PEM (`openssl pkey -pubin` reads it). */
            pem: string;
            /** @description The raw public key, hex, as checkpoints carry it. */
            public_key: string;
        };
        /**
         * @example {
         *       "created_at": "2026-11-27T08:30:00Z",
         *       "due_on": "2027-03-31",
         *       "id": "019a1b2c-0000-7000-8000-000000000060",
         *       "late_entered_on": null,
         *       "measure": "每月精读一篇原文并撰写心得",
         *       "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "overdue": false,
         *       "owner_id": "019a1b2c-0000-7000-8000-000000000020",
         *       "problem": "理论学习不够系统深入",
         *       "progress_percent": 30,
         *       "return_note": null,
         *       "source_speech_id": null,
         *       "status": "in_progress",
         *       "submitted_at": null,
         *       "updated_at": "2026-11-28T08:30:00Z",
         *       "verification_note": null,
         *       "verified_at": null,
         *       "verified_by": null,
         *       "version": 2
         *     }
         */
        RectificationItem: {
            /** Format: date-time */
            created_at: string;
            /** Format: date */
            due_on: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description 补录: the day the item was entered, when that was more than the configured days
             *     (`MINUTEBOOK_LATE_ENTRY_DAYS`, default 7) after its meeting ended; null otherwise.
             */
            late_entered_on: string | null;
            /** @description 整改措施 */
            measure: string;
            /** Format: uuid */
            meeting_id: string | null;
            /** Format: uuid */
            org_unit_id: string;
            /** @description `due_on` is before today (in the service's time zone) and the item is not verified. */
            overdue: boolean;
            /**
             * Format: uuid
             * @description The person responsible.
             */
            owner_id: string;
            /** @description 查摆问题 */
            problem: string;
            /** Format: int32 */
            progress_percent: number;
            /** @description Why it was last returned. */
            return_note: string | null;
            /**
             * Format: uuid
             * @description The speech in `meeting_id` the problem came up in.
             */
            source_speech_id: string | null;
            status: components["schemas"]["ItemStatus"];
            /** Format: date-time */
            submitted_at: string | null;
            /** Format: date-time */
            updated_at: string;
            verification_note: string | null;
            /** Format: date-time */
            verified_at: string | null;
            /**
             * Format: uuid
             * @description The user who verified it.
             */
            verified_by: string | null;
            /** Format: int32 */
            version: number;
        };
        /** @description The state of rectification in a unit and the units below it. */
        RectificationReport: components["schemas"]["ItemCounts"] & {
            /**
             * Format: date
             * @description "Today" in the service's time zone, which decides what is overdue.
             */
            as_of: string;
            /** @description Per unit directly below, each with everything below it. */
            by_child_unit: components["schemas"]["UnitCounts"][];
            /** @description Per owner, by name. */
            by_owner: components["schemas"]["OwnerCounts"][];
            /** Format: uuid */
            org_unit_id: string;
        };
        /**
         * @example {
         *       "refresh_token": "m3V0YQx8Kc2RtP9wLh4ZsN7bFd1JgE6uAy5oWq0iXvT"
         *     }
         */
        RefreshRequest: {
            refresh_token: string;
        };
        /**
         * @description A role held through a membership.
         * @enum {string}
         */
        Role: "secretary" | "member" | "reviewer";
        /** @description One member of the unit on the meeting's day. */
        RollEntry: {
            /** @description How the person attended (`present`, `absent`, `leave`); null when not on the list. */
            attendance: string | null;
            name: string;
            /** Format: uuid */
            person_id: string;
            standing: components["schemas"]["PartyStanding"] | null;
        };
        /**
         * @description E.g. 党课: every branch, at least once a quarter.
         * @example {
         *       "applies_to": "branch",
         *       "description": "每季度1次为本地做法",
         *       "min_meetings": 1,
         *       "period": "quarter"
         *     }
         */
        RuleChange: {
            applies_to: components["schemas"]["OrgUnitKind"];
            /**
             * @description Where the rule comes from, or that it is a local choice: one line of 1 to 500
             *     characters; null or absent clears it.
             */
            description?: string | null;
            /**
             * Format: int32
             * @description Meetings needed in each period: 1 to 31.
             */
            min_meetings: number;
            period: components["schemas"]["RulePeriod"];
        };
        RuleCompliance: {
            /**
             * @description 支委会 meetings held below their quorum — more than half of the committee members on
             *     the meeting's day present (支部工作条例). Still counted for the frequency, but flagged.
             */
            flagged: components["schemas"]["FlaggedMeeting"][];
            meeting_kind: components["schemas"]["MeetingKind"];
            /** Format: int32 */
            min_meetings: number;
            /** @description Ended periods without enough meetings, e.g. `2026-03`, `2026-Q2`, `2026`. */
            missed: string[];
            /**
             * @description Periods the rule does not apply to, so not required: for 支委会, those in which the
             *     branch had no committee in office (a branch of fewer than 7 full members has only a
             *     secretary).
             */
            not_applicable: string[];
            /** @description The current period, while it is not met yet. */
            pending: string[];
            period: components["schemas"]["RulePeriod"];
            periods_met: number;
            /** @description Periods of the year that have begun by today and end after the unit came to exist. */
            periods_required: number;
        };
        /**
         * @description How often a rule wants its meetings.
         * @enum {string}
         */
        RulePeriod: "month" | "quarter" | "year";
        /** @description Someone who spoke at a meeting. */
        Speaker: {
            /**
             * Format: int32
             * @description Position of the person's first speech.
             */
            first_position: number;
            name: string;
            /** Format: uuid */
            person_id: string;
            /** Format: int64 */
            speech_count: number;
            title: string | null;
        };
        /**
         * @example {
         *       "char_count": 3251,
         *       "content": "一、强化思想引领，做政治上的明白人\n……",
         *       "created_at": "2026-11-27T08:30:00Z",
         *       "id": "019a1b2c-0000-7000-8000-000000000040",
         *       "kind": "remarks",
         *       "late_entered_on": null,
         *       "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "outline": [
         *         {
         *           "level": 1,
         *           "text": "一、强化思想引领，做政治上的明白人"
         *         }
         *       ],
         *       "position": 1,
         *       "speaker_id": "019a1b2c-0000-7000-8000-000000000020",
         *       "target_person_id": null,
         *       "title": "在市政府办机关第一党支部组织生活会上的讲话",
         *       "updated_at": "2026-11-27T08:30:00Z",
         *       "version": 1,
         *       "written_statement": false
         *     }
         */
        Speech: {
            /**
             * Format: int32
             * @description Length of `content` in characters, not bytes.
             */
            char_count: number;
            content: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["SpeechKind"];
            /**
             * Format: date
             * @description 补录: the day the speech was entered, when that was more than the configured days
             *     (`MINUTEBOOK_LATE_ENTRY_DAYS`, default 7) after the meeting ended; null otherwise.
             */
            late_entered_on: string | null;
            /** Format: uuid */
            meeting_id: string;
            /** Format: uuid */
            org_unit_id: string;
            /** @description The numbered headings found in `content`. */
            outline: components["schemas"]["Heading"][];
            /**
             * Format: int32
             * @description 1..n within the meeting, without gaps.
             */
            position: number;
            /** Format: uuid */
            speaker_id: string;
            /**
             * Format: uuid
             * @description Whom a criticism is addressed to.
             */
            target_person_id: string | null;
            title: string | null;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
            /**
             * @description 书面发言: the speaker is marked absent on the meeting's attendance list, so this is a
             *     written statement read or handed in, not a speech given in person.
             */
            written_statement: boolean;
        };
        /**
         * @description The kind of speech.
         * @enum {string}
         */
        SpeechKind: "remarks" | "report" | "self_criticism" | "criticism" | "response" | "comment" | "lecture" | "other";
        StandingChange: {
            /** Format: uuid */
            decision_id: string | null;
            /** Format: date */
            effective_on: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The meeting that decided it, with its title and day.
             */
            meeting_id: string | null;
            meeting_title: string | null;
            note: string | null;
            /** Format: uuid */
            person_id: string;
            /** Format: date-time */
            recorded_at: string;
            standing: components["schemas"]["PartyStanding"];
        };
        /**
         * @example {
         *       "effective_on": "2019-07-01",
         *       "note": "由机关第二党支部转入",
         *       "standing": "full_member"
         *     }
         */
        StandingChangeInput: {
            /**
             * Format: uuid
             * @description The decision of a meeting that made the change: passed, about this person, and of the
             *     matching kind (admission → probationary member, effective on the meeting's day;
             *     confirmation → full member, from the end of probation; extension → probationary
             *     member, cancellation → non-member, not before the meeting's day). A meeting's own
             *     decisions do not change the standings its votes are counted with.
             */
            decision_id?: string | null;
            /**
             * Format: date
             * @description The day it takes effect (for a probationary member: the day probation starts, the day
             *     the branch meeting admitted them). Not in the future, not before 1921-07-01.
             */
            effective_on: string;
            /** @description One line of 1 to 500 characters. */
            note?: string | null;
            standing: components["schemas"]["PartyStanding"];
        };
        StandingHistory: {
            /** @description True when no change is recorded and the member counts as a full member. */
            assumed: boolean;
            /** @description Every recorded change, oldest first. */
            changes: components["schemas"]["StandingChange"][];
            name: string;
            /** Format: uuid */
            person_id: string;
            /**
             * Format: date
             * @description For a probationary member today: the day probation started (an extension continues
             *     the same probation).
             */
            probation_started_on: string | null;
            standing: components["schemas"]["PartyStanding"] | null;
        };
        /** @description A term that needs attention. */
        TermAttention: {
            /** Format: date */
            ends_on: string;
            name: string;
            /** Format: uuid */
            org_unit_id: string;
            status: components["schemas"]["TermStatus"];
            /** Format: uuid */
            term_id: string;
            vacant_posts: components["schemas"]["PostLabel"][];
            /** Format: int32 */
            vacant_seats: number;
        };
        /**
         * @description Where a term stands today.
         * @enum {string}
         */
        TermStatus: "in_office" | "due_within_6_months" | "overdue" | "extended" | "ended";
        /**
         * @description An access token (a JWT for `Authorization: Bearer`) and the refresh token that renews it.
         * @example {
         *       "access_token": "eyJhbGciOiJIUzI1NiJ9.…",
         *       "expires_in": 900,
         *       "password_change_required": false,
         *       "refresh_token": "m3V0YQ…",
         *       "token_type": "Bearer"
         *     }
         */
        TokenPair: {
            access_token: string;
            /**
             * Format: int64
             * @description Seconds until the access token expires.
             */
            expires_in: number;
            /**
             * @description The password was reset by a secretary or an admin: until the user chooses a new one
             *     with `PUT /api/v1/me/password`, every other endpoint but `GET /api/v1/me` (and
             *     refresh and logout) answers 403.
             */
            password_change_required: boolean;
            /** @description Opaque; single use: each refresh returns a new one. */
            refresh_token: string;
            /** @description Always `Bearer`. */
            token_type: string;
        };
        UnitAdmissions: {
            /** @description One entry per kind: admission, confirmation, extension, cancellation. */
            counts: components["schemas"]["KindCounts"][];
            /** @description The unit's own decisions on membership, by meeting day. */
            decisions: components["schemas"]["AdmissionDecision"][];
            name: string;
            /** Format: uuid */
            org_unit_id: string;
        };
        UnitCompliance: {
            /**
             * Format: date
             * @description The day the unit's periods count from: its `established_on`, else the day it was
             *     created (in the service's time zone). Periods that ended before it are not due.
             */
            counted_from: string;
            /**
             * Format: int64
             * @description Full members (正式党员) today, by their dated standing, of the unit and the units below it.
             */
            full_members: number;
            /** @description A committee is in office today, with members. */
            has_committee: boolean;
            kind: components["schemas"]["OrgUnitKind"];
            name: string;
            /** Format: uuid */
            org_unit_id: string;
            /**
             * Format: int64
             * @description Probationary members (预备党员) today.
             */
            probationary_members: number;
            rules: components["schemas"]["RuleCompliance"][];
        };
        UnitCounts: components["schemas"]["ItemCounts"] & {
            name: string;
            /** Format: uuid */
            org_unit_id: string;
        };
        /** @description A unit's own reminder days; null takes the service's default. */
        UnitNotificationSettings: {
            /**
             * Format: int32
             * @description Days before its due date an item's owner is first reminded (then the day before);
             *     null: 7.
             */
            due_soon_days: number | null;
            /**
             * Format: int32
             * @description Days past its due date an unverified item escalates to the unit's secretaries and the
             *     reviewers above; null: `MINUTEBOOK_ESCALATE_AFTER_DAYS` (7).
             */
            escalate_after_days: number | null;
            /** Format: uuid */
            org_unit_id: string;
        };
        UnreadCount: {
            /** Format: int64 */
            unread: number;
        };
        /**
         * @description Fields left out stay as they are; `null` clears an optional one.
         * @example {
         *       "due_on": "2027-06-30",
         *       "measure": "每月精读一篇原文，撰写心得并在支部会上交流"
         *     }
         */
        UpdateItem: {
            /** Format: date */
            due_on?: string | null;
            /** @description 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other control character. */
            measure?: string | null;
            /** Format: uuid */
            meeting_id?: string | null;
            /**
             * Format: uuid
             * @description A person of the item's unit or a unit below it.
             */
            owner_id?: string | null;
            /** @description 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other control character. */
            problem?: string | null;
            /** Format: uuid */
            source_speech_id?: string | null;
        };
        /**
         * @description Fields left out stay as they are; `null` clears an optional one.
         * @example {
         *       "location": "机关五楼会议室",
         *       "summary": "会议通报了上年度整改落实情况。\n支委会成员和党员逐一作对照检查，开展相互批评，共提出批评意见12条。",
         *       "title": "2026年度组织生活会（第一次）"
         *     }
         */
        UpdateMeeting: {
            /** @description Replaces the agenda: at most 50 items, each one line of 1 to 500 characters. */
            agenda?: components["schemas"]["AgendaItem"][] | null;
            /**
             * Format: date-time
             * @description Not before `starts_at`.
             */
            ends_at?: string | null;
            /**
             * Format: uuid
             * @description A person of the unit or a unit below it.
             */
            host_id?: string | null;
            kind?: components["schemas"]["MeetingKind"] | null;
            /** @description One line of 1 to 200 characters. */
            location?: string | null;
            /**
             * Format: uuid
             * @description A person of the unit or a unit below it.
             */
            recorder_id?: string | null;
            /**
             * Format: int32
             * @description Only for 组织生活会 and 民主生活会: the year it reports on, the year it is held or the
             *     one before; null: the year it is held.
             */
            reporting_year?: number | null;
            /** Format: date-time */
            starts_at?: string | null;
            status?: components["schemas"]["MeetingStatus"] | null;
            /** @description 1 to 20,000 characters; tab and line breaks (LF or CR LF), no other control character. */
            summary?: string | null;
            /** @description One line of 1 to 200 characters (spaces around are trimmed). */
            title?: string | null;
        };
        /**
         * @example {
         *       "name": "市政府办机关第一党支部"
         *     }
         */
        UpdateOrgUnit: {
            /**
             * Format: date
             * @description When the unit came to exist (not in the future); null clears it.
             */
            established_on?: string | null;
            kind?: components["schemas"]["OrgUnitKind"] | null;
            /** @description One line of 1 to 200 characters (spaces around are trimmed). */
            name?: string | null;
            /**
             * Format: uuid
             * @description Move the unit under another one; null makes it top-level (admins only).
             */
            parent_id?: string | null;
        };
        /**
         * @example {
         *       "title": "党支部书记"
         *     }
         */
        UpdatePerson: {
            kind?: components["schemas"]["PersonKind"] | null;
            /** @description One line of 1 to 100 characters (spaces around are trimmed). */
            name?: string | null;
            /** @description One line of 1 to 100 characters; null clears it. */
            title?: string | null;
            /**
             * Format: uuid
             * @description null unlinks the account.
             */
            user_id?: string | null;
        };
        /**
         * @description Fields left out stay as they are; `null` clears an optional one.
         * @example {
         *       "title": "在市政府办机关第一党支部2026年度组织生活会上的讲话"
         *     }
         */
        UpdateSpeech: {
            /**
             * @description As in [`CreateSpeech`]: the meeting's speeches hold at most 1,000,000 characters and
             *     10,000 lines in all.
             */
            content?: string | null;
            kind?: components["schemas"]["SpeechKind"] | null;
            /**
             * Format: int32
             * @description Move to 1..n of the meeting's n speeches; the speeches in between shift.
             */
            position?: number | null;
            /** Format: uuid */
            speaker_id?: string | null;
            /** Format: uuid */
            target_person_id?: string | null;
            /** @description One line of 1 to 200 characters; null clears it. */
            title?: string | null;
        };
        /**
         * @example {
         *       "display_name": "张卫东"
         *     }
         */
        UpdateUser: {
            /** @description Disable (true) or re-enable (false). Disabling ends every login of the user at once. */
            disabled?: boolean | null;
            /** @description One line of 1 to 100 characters (spaces around are trimmed). */
            display_name?: string | null;
        };
        /**
         * @example {
         *       "created_at": "2026-11-27T08:30:00Z",
         *       "disabled": false,
         *       "display_name": "张伟",
         *       "id": "019a1b2c-0000-7000-8000-000000000010",
         *       "is_admin": false,
         *       "updated_at": "2026-11-27T08:30:00Z",
         *       "username": "zhang.wei"
         *     }
         */
        User: {
            /** Format: date-time */
            created_at: string;
            /** @description A disabled user cannot log in, and its tokens stop working. */
            disabled: boolean;
            display_name: string;
            /** Format: uuid */
            id: string;
            is_admin: boolean;
            /** Format: date-time */
            updated_at: string;
            username: string;
        };
        /** @description The outcome of a verification. */
        Verification: {
            chain: components["schemas"]["ChainReport"];
            checkpoints: components["schemas"]["CheckpointReport"];
            /** @description Nothing failed: every event, checkpoint (and copy sent) and meeting matches. */
            intact: boolean;
            /** @description The checkpoint copies sent, in the order sent. */
            kept: components["schemas"]["KeptVerdict"][];
            meetings: components["schemas"]["MeetingReport"];
            /** @description The public key (hex) checkpoints must be signed with. */
            public_key: string;
            /** Format: date-time */
            verified_at: string;
        };
        /**
         * @description One vote.
         * @enum {string}
         */
        Vote: "in_favour" | "against" | "abstaining";
        /**
         * @description How a motion was voted.
         * @enum {string}
         */
        VotingMethod: "show_of_hands" | "secret_ballot";
        /**
         * @description 应到/实到 split by standing: only full members vote.
         * @example {
         *       "full_members": 12,
         *       "full_present": 10,
         *       "probationary_members": 2,
         *       "probationary_present": 2
         *     }
         */
        VotingSummary: {
            /**
             * Format: int32
             * @description Full members of the unit on the meeting's day (应到会有表决权的党员, before any
             *     exclusion a decision records).
             */
            full_members: number;
            /**
             * Format: int32
             * @description Of them, present (实到会有表决权的党员).
             */
            full_present: number;
            /**
             * Format: int32
             * @description Probationary members on the day: they attend, speak and are counted, but do not vote.
             */
            probationary_members: number;
            /** Format: int32 */
            probationary_present: number;
        };
        /**
         * @example {
         *       "created_at": "2026-11-30T08:00:00Z",
         *       "enabled": true,
         *       "has_secret": false,
         *       "id": "019a1b2c-0000-7000-8000-0000000000a0",
         *       "kind": "wecom",
         *       "name": "支部企业微信群",
         *       "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
         *       "updated_at": "2026-11-30T08:00:00Z",
         *       "url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"
         *     }
         */
        Webhook: {
            /** Format: date-time */
            created_at: string;
            enabled: boolean;
            /** @description Whether a secret is set (the secret itself is never sent back). */
            has_secret: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["WebhookKind"];
            name: string;
            /** Format: uuid */
            org_unit_id: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The address with its tokens cut: query values and long path segments end in `…`. */
            url: string;
        };
        /**
         * @example {
         *       "enabled": false
         *     }
         */
        WebhookChange: {
            enabled?: boolean | null;
            name?: string | null;
            /** @description A new secret; null removes it (not allowed for `generic`). */
            secret?: string | null;
            url?: string | null;
        };
        /**
         * @description Which platform receives a webhook's messages.
         * @enum {string}
         */
        WebhookKind: "generic" | "wecom" | "dingtalk" | "feishu";
        /** @description A written opinion of a full member absent from the meeting, counted in the votes. */
        WrittenOpinion: {
            name: string;
            /** Format: uuid */
            person_id: string;
            vote: components["schemas"]["Vote"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such attachment in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to change the record it belongs to */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such attachment in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled, or the item verified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as its media type says (sent as image/jpeg, image/png, image/webp, image/heic, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/vnd.openxmlformats-officedocument.presentationml.presentation, or as application/octet-stream when `Accept` prefers that, for generators that know bytes only by that name) */
            200: {
                headers: {
                    /** @description bytes */
                    "Accept-Ranges"?: string;
                    /** @description The file name (RFC 6266/5987) */
                    "Content-Disposition"?: string;
                    /** @description The SHA-256 of the content, quoted */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": Blob;
                    "image/png": Blob;
                    "image/webp": Blob;
                    "image/heic": Blob;
                    "application/pdf": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": Blob;
                    "application/octet-stream": Blob;
                };
            };
            /** @description The range asked for (sent as image/jpeg, image/png, image/webp, image/heic, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/vnd.openxmlformats-officedocument.presentationml.presentation, or as application/octet-stream when `Accept` prefers that, for generators that know bytes only by that name) */
            206: {
                headers: {
                    /** @description bytes first-last/size */
                    "Content-Range"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": Blob;
                    "image/png": Blob;
                    "image/webp": Blob;
                    "image/heic": Blob;
                    "application/pdf": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": Blob;
                    "application/octet-stream": Blob;
                };
            };
            /** @description Not changed since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such attachment in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The range is outside the file */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the range is outside the file (482113 bytes)",
                     *       "status": 416,
                     *       "title": "Range Not Satisfiable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_thumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail (sent as image/jpeg, or as application/octet-stream when `Accept` prefers that, for generators that know bytes only by that name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": Blob;
                    "application/octet-stream": Blob;
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such attachment in your reach, or it has no thumbnail */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_audit_events: {
        parameters: {
            query?: {
                entity_type?: string;
                entity_id?: string;
                /** @description Only events of this unit. */
                org_unit_id?: string;
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEvent"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Members do not read the audit trail */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit filtered by is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_checkpoints: {
        parameters: {
            query?: {
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of checkpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Checkpoint"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin or a reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sign_checkpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint just signed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkpoint"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_public_key: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKey"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_verification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin or a reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    check_kept_checkpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeptCheckpoints"];
            };
        };
        responses: {
            /** @description The report, with a verdict per copy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin or a reviewer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Logged in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong username or password (one holding U+0000 too), or a disabled account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not a login request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed logins; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "too many attempts; retry in 900 s",
                     *       "status": 429,
                     *       "title": "Too Many Requests",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new token pair */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The refresh token is unknown, spent, revoked or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_term: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The term */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTerm"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such term in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_term: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitteeTermChange"];
            };
        };
        responses: {
            /** @description The changed term */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTerm"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such term in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The term changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field breaks a rule: the extension past one year, dates out of order, a meeting of another unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_members: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the term's ETag (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitteeMemberList"];
            };
        };
        responses: {
            /** @description The term with its committee */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTerm"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such term in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The term changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An entry breaks a rule, named by its place in the list */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDecision"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decision in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replace_decision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the decision's ETag (`"3"`) or `*`; one that matches no version is a 412 */
                "If-Match"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInput"];
            };
        };
        responses: {
            /** @description Recorded and judged */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDecision"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decision in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled, or a change of party standing was recorded by the decision */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The decision changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The counts cannot be, with the rule they break */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_decision: {
        parameters: {
            query?: never;
            header: {
                /** @description The decision's ETag (`"3"`) or `*` */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such decision in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled, or a change of party standing was recorded by the decision */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The decision changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyPreferences"];
            };
        };
        responses: {
            /** @description The caller, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an email address */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issue_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new feed address */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarToken"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_notifications: {
        parameters: {
            query?: {
                /** @description `true`: only unread ones; `false`: only read ones. */
                unread?: boolean;
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of notifications, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Notification"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mark_all_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unread_count: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unread count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mark_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification, read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such notification of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Changed; log in again */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current password is wrong, or the new one breaks the policy or is the current one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong current passwords; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "too many attempts; retry in 900 s",
                     *       "status": 429,
                     *       "title": "Too Many Requests",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRule"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_rule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The kind of meeting */
                kind: components["schemas"]["MeetingKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleChange"];
            };
        };
        responses: {
            /** @description The rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRule"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing has this path: an unknown id, or one that is no UUID */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_meetings: {
        parameters: {
            query?: {
                /** @description Only this unit's meetings. */
                org_unit_id?: string;
                kind?: components["schemas"]["MeetingKind"];
                status?: components["schemas"]["MeetingStatus"];
                /** @description Meetings starting at or after this instant (RFC 3339). */
                from?: string;
                /** @description Meetings starting before this instant (RFC 3339). */
                to?: string;
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of meetings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Meeting"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit filtered by is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_meeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body answer the first response again */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeeting"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit, host or recorder does not exist or is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_meeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_meeting: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting was held: its record stays */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_meeting: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeeting"];
            };
        };
        responses: {
            /** @description The changed meeting */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting (or person) in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled, or the status change is not allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_of_meeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"][];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upload_to_meeting: {
        parameters: {
            query: {
                /** @description `sign_in_sheet`, `photo`, `material` or `other`. */
                kind: components["schemas"]["AttachmentKind"];
                /** @description The file's name as the user chose it (1 to 255 characters; any path is dropped). */
                name: string;
            };
            header?: never;
            path: {
                /** @description The meeting */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file: a JPEG, PNG, WebP or HEIC picture, a PDF, or a .docx, .xlsx or .pptx document */
        requestBody: {
            content: {
                "application/octet-stream": Blob;
                "application/pdf": Blob;
                "application/vnd.openxmlformats-officedocument.presentationml.presentation": Blob;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                "image/heic": Blob;
                "image/jpeg": Blob;
                "image/png": Blob;
                "image/webp": Blob;
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    /** @description The new attachment */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the meeting's unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled, or the unit's quota would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Larger than the limit (20 MiB unless configured) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a file of an accepted type (by its content) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No name, a kind that is not a meeting's, or an empty file */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendee"][];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_attendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the meeting's ETag (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceList"];
            };
        };
        responses: {
            /** @description The stored list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendee"][];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting (or person) in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    carry_over: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Items created before the meeting and not verified by then */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationItem"][];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    criticism_matrix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matrix */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CriticismMatrix"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an organizational or democratic life meeting */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_decisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decisions, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionList"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_decision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body answer the first response again */
                "Idempotency-Key"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInput"];
            };
        };
        responses: {
            /** @description Recorded and judged */
            201: {
                headers: {
                    ETag?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDecision"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is not a 支部党员大会, is finalized or cancelled, or holds 50 decisions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The counts cannot be, with the rule they break */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finalize_meeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The finalized meeting */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is not `held` (scheduled, cancelled or already finalized), or a decision's counts no longer fit its records */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    minutes_word: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The minutes (sent as application/vnd.openxmlformats-officedocument.wordprocessingml.document, or as application/octet-stream when `Accept` prefers that, for generators that know bytes only by that name) */
            200: {
                headers: {
                    /** @description attachment, with the meeting's title as a UTF-8 file name */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                    "application/octet-stream": Blob;
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many minutes are being built right now; retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    minutes_markdown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The minutes */
            200: {
                headers: {
                    /** @description attachment, with the meeting's title as a UTF-8 file name */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown; charset=utf-8": string;
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many minutes are being built right now; retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_speakers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The speakers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speaker"][];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_speeches: {
        parameters: {
            query?: {
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of speeches, by position */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Speech"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_speech: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body answer the first response again */
                "Idempotency-Key"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpeech"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speech"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such meeting (or person) in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled, or already holds 100 speeches, or its speeches would hold more than 1,000,000 characters or 10,000 lines */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_org_units: {
        parameters: {
            query?: {
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_OrgUnit"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_org_unit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrgUnit"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The new unit */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the parent, or a top-level unit by a non-admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The parent does not exist or is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A sibling has the same name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_org_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_org_unit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrgUnit"];
            };
        };
        responses: {
            /** @description The changed unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnit"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary here (or at the old or new parent) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit (or new parent) in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A sibling has the same name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, or a move below itself */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_quota: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quota */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentQuota"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_quota: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAttachmentQuota"];
            };
        };
        responses: {
            /** @description The quota */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentQuota"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a positive number of bytes */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_terms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The terms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTerm"][];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit is not a branch */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_term: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCommitteeTerm"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTerm"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the branch */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a branch, or the dates, length, seats or meeting break a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    meeting_ledger: {
        parameters: {
            query: {
                /** @description The calendar year (in the service's time zone) whose meetings the ledger lists. */
                year: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger (sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, or as application/octet-stream when `Accept` prefers that, for generators that know bytes only by that name) */
            200: {
                headers: {
                    /** @description attachment, named after the unit and year as a UTF-8 file name */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/octet-stream": Blob;
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The ledger would hold more than 10,000 meetings */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the meeting ledger of 2026 would hold more than 10000 meetings: export the ledger of a unit further down instead",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `year` is missing, not an integer, or not from 2000 to 2100 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many documents are being built right now; retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rectification_ledger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger (sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, or as application/octet-stream when `Accept` prefers that, for generators that know bytes only by that name) */
            200: {
                headers: {
                    /** @description attachment, named after the unit as a UTF-8 file name */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/octet-stream": Blob;
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The ledger would hold more than 10,000 items or 5,000,000 characters of text */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the rectification ledger would hold 10001 items, more than 10000: export the ledger of a unit further down instead",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many documents are being built right now; retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_members: {
        parameters: {
            query?: {
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Member"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberRole"];
            };
        };
        responses: {
            /** @description The membership */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin or a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit or user in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid role */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remove_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin or a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit or membership in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unit_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit's days */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitNotificationSettings"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    set_unit_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUnitNotificationSettings"];
            };
        };
        responses: {
            /** @description The unit's days */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitNotificationSettings"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    import_people: {
        parameters: {
            query?: {
                /** @description `true`: check the file and answer what the import would do, writing nothing. */
                dry_run?: boolean;
            };
            header?: never;
            path: {
                /** @description The unit */
                id: string;
            };
            cookie?: never;
        };
        /** @description The member list: an .xlsx workbook or a CSV file */
        requestBody: {
            content: {
                "application/octet-stream": Blob;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                /**
                 * @example 姓名,职务,类别,用户名
                 *     刘洋,党支部组织委员,党员,liu.yang
                 *     王建国,市委组织部副部长,列席,
                 */
                "text/csv": string;
            };
        };
        responses: {
            /** @description What was imported (or would be, in a dry run); not cached */
            200: {
                headers: {
                    /** @description no-store */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleImport"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit does not exist or is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than 2 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is neither an .xlsx workbook nor a CSV file */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file cannot be read, or rows have problems (each named by its row and column); nothing was imported */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit's webhooks, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhook"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description The new webhook */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit has its 10 webhooks already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, or an address that may not be called */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_people: {
        parameters: {
            query?: {
                /** @description Only the people of this unit. */
                org_unit_id?: string;
                kind?: components["schemas"]["PersonKind"];
                /**
                 * @description Only these people: up to 200 ids, comma-separated (those out of reach are left out,
                 *     as everywhere).
                 */
                ids?: string;
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of people */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Person"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit filtered by is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_person: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body answer the first response again */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePerson"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit or user does not exist or is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The user already has a person in this unit */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_person: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_person: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Meetings, attendance or speeches still name the person */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The person changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_person: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePerson"];
            };
        };
        responses: {
            /** @description The changed person */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person (or user) in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The user already has a person in this unit */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The person changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_standing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandingHistory"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    record_standing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StandingChangeInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandingChange"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A change is already recorded for that day */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid change, with the rule it breaks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_items: {
        parameters: {
            query?: {
                /** @description `me` (items whose owner is the caller's person record) or a person id. */
                owner?: string;
                status?: components["schemas"]["ItemStatus"];
                /** @description `true`: only overdue items; `false`: only items that are not. */
                overdue?: boolean;
                org_unit_id?: string;
                meeting_id?: string;
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of items, earliest due first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_RectificationItem"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit or meeting filtered by is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_item: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry safely: the same key and body answer the first response again */
                "Idempotency-Key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateItem"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    ETag?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationItem"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit, meeting or owner does not exist or is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting already has 200 rectification items */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationItem"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_item: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateItem"];
            };
        };
        responses: {
            /** @description The changed item */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationItem"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item (or person, meeting) in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item is verified, or submitted and the owner would change, or the meeting it would move to already has 200 items */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_of_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"][];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upload_to_item: {
        parameters: {
            query: {
                /** @description The file's name as the user chose it (1 to 255 characters; any path is dropped). */
                name: string;
                /** @description The progress update of this item the file is evidence of; absent: the item's. */
                update_id?: string;
            };
            header?: never;
            path: {
                /** @description The rectification item */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file: a JPEG, PNG, WebP or HEIC picture, a PDF, or a .docx, .xlsx or .pptx document */
        requestBody: {
            content: {
                "application/octet-stream": Blob;
                "application/pdf": Blob;
                "application/vnd.openxmlformats-officedocument.presentationml.presentation": Blob;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                "image/heic": Blob;
                "image/jpeg": Blob;
                "image/png": Blob;
                "image/webp": Blob;
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    /** @description The new attachment */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither the item's owner nor a secretary of its unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item is verified, or the unit's quota would be passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Larger than the limit (20 MiB unless configured) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a file of an accepted type (by its content) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No name, an update of another item, or an empty file */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    return_item: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "学习心得未附原始记录，请补充后重新提交。"
                 *     }
                 */
                "application/json": components["schemas"]["Decision"];
            };
        };
        responses: {
            /** @description The returned item */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationItem"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member, or someone who owned the item since it was created or last returned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item is not submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submit_item: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted item */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationItem"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither the owner nor a secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item is not in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_updates: {
        parameters: {
            query?: {
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of updates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProgressUpdate"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUpdate"];
            };
        };
        responses: {
            /** @description The update */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressUpdate"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither the owner nor a secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item is submitted or verified */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verify_item: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match"?: string | null;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Decision"];
            };
        };
        responses: {
            /** @description The verified item */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationItem"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member, or someone who owned the item since it was created or last returned */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such item in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item is not submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The item changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    admissions_report: {
        parameters: {
            query: {
                /** @description The unit to report on, with every unit below it. */
                org_unit_id: string;
                /** @description The year the meetings were held in (in the service's time zone). */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionsReport"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The year is out of range */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    committee_term_report: {
        parameters: {
            query: {
                /** @description The unit to report on, with every branch below it. */
                org_unit_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeTermReport"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    meeting_compliance: {
        parameters: {
            query: {
                /** @description The unit to report on, with every unit below it. */
                org_unit_id: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceReport"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The year is out of range */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rectification_report: {
        parameters: {
            query: {
                /** @description The unit to report on, with every unit below it. */
                org_unit_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationReport"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such unit in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search_records: {
        parameters: {
            query: {
                /**
                 * @description Words to find, in Chinese or not (1 to 100 characters, not blank); every word must
                 *     occur. A query of punctuation only has no word to find (422).
                 */
                q: string;
                /** @description Only this unit and the units below it. */
                org_unit_id?: string;
                /**
                 * @description What to find: `types=speech&types=meeting`, or comma-separated in one
                 *     (`types=speech,meeting`); default: all.
                 */
                types?: components["schemas"]["HitType"][];
                /** @description Hits per page: 1 to 50 (larger values are clamped to 50); default 20. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of hits, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Hit"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit filtered by is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The query is empty, too long, or has no searchable word */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_speech: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The speech */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speech"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such speech in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_speech: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such speech in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The speech changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_speech: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (`"3"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412 */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSpeech"];
            };
        };
        responses: {
            /** @description The changed speech */
            200: {
                headers: {
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speech"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such speech (or person) in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting is finalized or cancelled, or its speeches would hold more than 1,000,000 characters or 10,000 lines */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The speech changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the record has changed since you read it; fetch it again",
                     *       "status": 412,
                     *       "title": "Precondition Failed",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send If-Match with the ETag of the version you read",
                     *       "status": 428,
                     *       "title": "Precondition Required",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_users: {
        parameters: {
            query?: {
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_User"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither an admin nor a secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    create_user: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The new user */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin or a secretary of the unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The unit does not exist or is out of reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden; also every operation of a user whose password was reset, until it chooses a new one (PUT /api/v1/me/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user among those you manage */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUser"];
            };
        };
        responses: {
            /** @description The changed user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The user is an admin, belongs to a unit outside your reach as secretary, or it is yourself being disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user among those you manage */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reset_password: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The one-time password; not cached */
            200: {
                headers: {
                    /** @description no-store */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The user is an admin, belongs to a unit outside your reach as secretary, or is yourself */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user among those you manage */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of its unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of its unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    update_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookChange"];
            };
        };
        responses: {
            /** @description The changed webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of its unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 3 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the body is larger than 3145728 bytes",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "send the body as application/json",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, or an address that may not be called */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    list_deliveries: {
        parameters: {
            query?: {
                /** @description Items per page: 1 to 200 (larger values are clamped to 200); default 50. */
                limit?: number;
                /** @description `next_cursor` of the previous page, unchanged (URL-safe base64 without padding). */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_Delivery"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of its unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field is invalid or unknown */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "/title: must not be empty",
                     *       "errors": [
                     *         {
                     *           "field": "/title",
                     *           "message": "must not be empty"
                     *         }
                     *       ],
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    test_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test delivery: `delivered`, or `failed` with the reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a valid bearer access token is required",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a secretary of its unit */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "your role (member) may not do this here",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in your reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The webhook is disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "a finalized meeting cannot be held",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many test messages are being sent at once */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar; charset=utf-8": string;
                };
            };
            /** @description Malformed JSON, a malformed header, or a cursor that is not ours */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "cursor is not valid; pass next_cursor unchanged",
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such feed (or it was replaced) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is running */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the database is unavailable; try again shortly",
                     *       "status": 503,
                     *       "title": "Service Unavailable",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4": string;
                };
            };
            /** @description Metrics are served on a separate address */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "no such record",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; the log has it under the X-Request-Id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Internal Server Error",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
