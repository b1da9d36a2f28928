//! Importing a unit's member list from a spreadsheet: every row is checked — on its own, then
//! against the people and accounts already there — before anything is written, and then all
//! rows are written in one transaction. A person already registered in the unit under the
//! same name is matched, not doubled, so the same list can be imported again after changes.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, post, web};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access;
use crate::auth::{AuthUser, Permission, Role, password};
use crate::domain::{Invalid, Password};
use crate::edge::upload;
use crate::error::{AppError, FieldError, Result};
use crate::roster::{self, Entry, Format, Standing};
use crate::state::AppState;
use crate::store::people::{self, Person, PersonKind};
use crate::store::users;

use super::handlers::TAG;

pub const CSV: &str = "text/csv";
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// What a client sends that does not know which of the two it has.
const OCTET_STREAM: &str = "application/octet-stream";
/// Most accounts one import creates (each costs an argon2 hash).
pub const MAX_ACCOUNTS: usize = 100;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ImportQuery {
    /// `true`: check the file and answer what the import would do, writing nothing.
    pub dry_run: Option<bool>,
}

/// What the import does with a row's person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImportOutcome {
    /// Registered anew.
    Created,
    /// Already registered under this name; its title, kind or account changed.
    Updated,
    /// Already registered under this name, as the row says.
    Unchanged,
}

/// One row of the file and what became of it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportedRow {
    /// The row's number in the spreadsheet (the heading is row 1).
    pub row: u32,
    pub name: String,
    #[schema(required = true)]
    pub title: Option<String>,
    pub kind: PersonKind,
    pub outcome: ImportOutcome,
    /// The person; null for one a dry run would create.
    #[schema(required = true)]
    pub person_id: Option<Uuid>,
    /// The person's account as the row names it.
    #[schema(required = true)]
    pub username: Option<String>,
    /// Whether the row creates the account (a dry run: would create it).
    pub account_created: bool,
    /// The new account's one-time password, shown only in this answer (only its hash is
    /// stored): hand it to the person, who must choose a new one at the first login. Null in
    /// a dry run and when no account was created.
    #[schema(required = true)]
    pub one_time_password: Option<String>,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "dry_run": false, "created": 1, "updated": 0, "unchanged": 1, "accounts_created": 1,
    "rows": [
        {"row": 2, "name": "张伟", "title": "党支部书记", "kind": "member", "outcome": "unchanged",
         "person_id": "019a1b2c-0000-7000-8000-000000000020", "username": null,
         "account_created": false, "one_time_password": null},
        {"row": 3, "name": "李娜", "title": null, "kind": "member", "outcome": "created",
         "person_id": "019a1b2c-0000-7000-8000-000000000021", "username": "li.na",
         "account_created": true, "one_time_password": "q7RkV2mXhT9wPc4LzN8d"}
    ]
}))]
pub struct PeopleImport {
    pub dry_run: bool,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub accounts_created: usize,
    pub rows: Vec<ImportedRow>,
}

/// A row matched against what is stored: the person it changes, if any, and whether it needs
/// an account made.
struct Planned {
    entry: Entry,
    kind: PersonKind,
    existing: Option<Person>,
    outcome: ImportOutcome,
    new_account: bool,
}

fn kind_of(standing: Standing) -> PersonKind {
    match standing {
        Standing::Member => PersonKind::Member,
        Standing::Guest => PersonKind::Guest,
    }
}

fn refused(problems: Vec<Invalid>) -> AppError {
    let rows = {
        let mut rows: Vec<&str> = problems
            .iter()
            .filter_map(|p| p.field.strip_prefix("/rows/")?.split('/').next())
            .collect();
        rows.dedup();
        rows.len()
    };
    let detail = match rows {
        0 => problems.first().map_or_else(String::new, |p| p.to_string()),
        1 => "a row of the file has problems; nothing was imported".into(),
        n => format!("{n} rows of the file have problems; nothing was imported"),
    };
    AppError::Validation {
        detail,
        errors: problems
            .into_iter()
            .map(|p| FieldError {
                field: p.field,
                message: p.message,
            })
            .collect(),
    }
}

/// Match every entry with the unit's people and the accounts that exist, under the unit's
/// lock; every conflict is a problem of its row.
async fn plan(
    conn: &mut PgConnection,
    unit: Uuid,
    entries: Vec<Entry>,
) -> Result<std::result::Result<Vec<Planned>, Vec<Invalid>>> {
    let stored = sqlx::query_as!(
        Person,
        r#"select id, org_unit_id, name, title, kind as "kind: PersonKind", user_id, version,
               created_at, updated_at
           from people where org_unit_id = $1"#,
        unit
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut by_name: HashMap<&str, Vec<&Person>> = HashMap::new();
    for person in &stored {
        by_name
            .entry(person.name.as_str())
            .or_default()
            .push(person);
    }
    let wanted: Vec<String> = entries
        .iter()
        .filter_map(|e| Some(e.username.as_ref()?.as_str().to_lowercase()))
        .collect();
    let taken: HashMap<String, Uuid> = sqlx::query!(
        "select id, lower(username) as \"username!\" from users where lower(username) = any($1)",
        &wanted
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| (r.username, r.id))
    .collect();

    let mut problems = Vec::new();
    let mut planned = Vec::new();
    for entry in entries {
        let at = |column: &str| format!("/rows/{}/{column}", entry.row);
        let existing = match by_name.get(entry.name.as_str()).map(Vec::as_slice) {
            None | Some([]) => None,
            Some([one]) => Some((*one).clone()),
            Some(several) => {
                problems.push(Invalid::new(
                    &at("name"),
                    format!(
                        "{} people named {} are registered in the unit; change them one by one",
                        several.len(),
                        entry.name
                    ),
                ));
                continue;
            }
        };
        let kind = kind_of(entry.standing);
        let account = existing.as_ref().and_then(|p| p.user_id);
        let mut new_account = false;
        if let Some(username) = &entry.username {
            match (taken.get(&username.as_str().to_lowercase()), account) {
                (Some(owner), Some(linked)) if *owner == linked => {}
                (Some(_), _) => {
                    problems.push(Invalid::new(&at("username"), "the username is taken"));
                    continue;
                }
                (None, Some(_)) => {
                    problems.push(Invalid::new(
                        &at("username"),
                        format!("{} already has another account", entry.name),
                    ));
                    continue;
                }
                (None, None) => new_account = true,
            }
        }
        let outcome = match &existing {
            None => ImportOutcome::Created,
            Some(p) if p.kind == kind && p.title == entry.title && !new_account => {
                ImportOutcome::Unchanged
            }
            Some(_) => ImportOutcome::Updated,
        };
        planned.push(Planned {
            entry,
            kind,
            existing,
            outcome,
            new_account,
        });
    }
    let accounts = planned.iter().filter(|p| p.new_account).count();
    if accounts > MAX_ACCOUNTS {
        problems.push(Invalid::new(
            "/rows",
            format!(
                "the file would create {accounts} accounts; at most {MAX_ACCOUNTS} are created at once"
            ),
        ));
    }
    Ok(if problems.is_empty() {
        Ok(planned)
    } else {
        Err(problems)
    })
}

/// Write one planned row: its account, then its person, each audited.
async fn write(
    conn: &mut PgConnection,
    caller: &AuthUser,
    unit: Uuid,
    planned: Planned,
) -> Result<ImportedRow> {
    let Planned {
        entry,
        kind,
        existing,
        outcome,
        new_account,
    } = planned;
    let mut one_time = None;
    let mut account = existing.as_ref().and_then(|p| p.user_id);
    if let (true, Some(username)) = (new_account, &entry.username) {
        let password = Password::generate();
        let hash = password::hash(&password).await?;
        let user = users::create(
            conn,
            username,
            &entry.name,
            &hash,
            true,
            Some((unit, Role::Member)),
        )
        .await?;
        audit::record(
            conn,
            caller,
            Event::created("user", user.id, Some(unit), &user)?,
        )
        .await?;
        account = Some(user.id);
        one_time = Some(password.expose().to_owned());
    }
    let person = match existing {
        None => {
            let person = people::insert(
                conn,
                unit,
                &entry.name,
                entry.title.as_deref(),
                kind,
                account,
            )
            .await?;
            let event = Event::created("person", person.id, Some(unit), &person)?;
            audit::record(conn, caller, event).await?;
            person
        }
        Some(before) if outcome == ImportOutcome::Unchanged => before,
        Some(before) => {
            let after = people::update(
                conn,
                before.id,
                None,
                &before.name,
                entry.title.as_deref(),
                kind,
                account,
            )
            .await?
            .ok_or_else(access::not_found)?;
            let event = Event::changed("update", "person", after.id, Some(unit), &before, &after)?;
            audit::record(conn, caller, event).await?;
            after
        }
    };
    Ok(ImportedRow {
        row: entry.row,
        name: person.name,
        title: person.title,
        kind: person.kind,
        outcome,
        person_id: Some(person.id),
        username: entry.username.map(|u| u.as_str().to_owned()),
        account_created: new_account,
        one_time_password: one_time,
    })
}

/// Import the unit's member list from a spreadsheet.
///
/// The body is the file itself: an .xlsx workbook (its first sheet) or a CSV file (UTF-8, or
/// GB18030/GBK as Excel saves it on a Chinese Windows), at most 2 MiB; sent as
/// `application/octet-stream`, its content says which it is. Its first row names the
/// columns — 姓名 (required), 职务, 类别 (党员 or 列席; empty is 党员), 用户名 — in any order;
/// other columns are ignored. Each later row is a person of the unit: one already registered
/// there under the same name is matched (its title and kind brought in line), anyone else is
/// registered. A 用户名 creates an account with that username, a membership of the unit and a
/// one-time password, shown only in this answer.
///
/// Every row is checked before anything is written; a 422 names each problem by its row and
/// column (`/rows/3/username`) and nothing is imported. Otherwise all rows are written in one
/// transaction, each change audited. At most 1,000 rows and 100 new accounts per file. With
/// `dry_run=true` the answer says what the import would do, and nothing is written.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The unit"), ImportQuery),
    request_body(
        description = "The member list: an .xlsx workbook or a CSV file",
        content(
            (String = XLSX),
            (String = CSV, example = json!("姓名,职务,类别,用户名\n刘洋,党支部组织委员,党员,liu.yang\n王建国,市委组织部副部长,列席,\n")),
        ),
    ),
    responses(
        (status = 200, description = "What was imported (or would be, in a dry run); not cached",
            body = PeopleImport, headers(("Cache-Control" = String, description = "no-store"))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "The unit does not exist or is out of reach"),
        (status = 413, description = "The file is larger than 2 MiB"),
        (status = 415, description = "The body is neither an .xlsx workbook nor a CSV file"),
        (status = 422, description = "The file cannot be read, or rows have problems (each named by its row and column); nothing was imported"),
    )
)]
#[post("/org-units/{id}/people/import")]
pub async fn import_people(
    state: web::Data<AppState>,
    caller: AuthUser,
    unit: web::Path<Uuid>,
    query: crate::edge::Query<ImportQuery>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse> {
    let unit = unit.into_inner();
    access::require(&state.pool, &caller, unit, Permission::Write).await?;
    let accepted = [XLSX, CSV, OCTET_STREAM];
    let (media_type, bytes) = upload::read(&req, payload, &accepted, roster::MAX_BYTES).await?;
    // The bytes decide: an .xlsx is a zip package; a CSV never starts like one.
    let format = if bytes.starts_with(b"PK\x03\x04") {
        Format::Xlsx
    } else if media_type == XLSX {
        return Err(AppError::invalid("/file", "not an .xlsx workbook"));
    } else {
        Format::Csv
    };
    let entries = web::block(move || roster::read(format, &bytes))
        .await
        .map_err(|e| anyhow::anyhow!("reading a member list: {e}"))?
        .map_err(refused)?;

    let mut tx = state.pool.begin().await?;
    // One import per unit at a time, so two cannot both register the same new name.
    sqlx::query!("select id from org_units where id = $1 for update", unit)
        .fetch_one(&mut *tx)
        .await?;
    let planned = plan(&mut tx, unit, entries).await?.map_err(refused)?;
    let dry_run = query.dry_run.unwrap_or(false);
    let mut rows = Vec::with_capacity(planned.len());
    for planned in planned {
        if dry_run {
            rows.push(ImportedRow {
                row: planned.entry.row,
                name: planned.entry.name,
                title: planned.entry.title,
                kind: planned.kind,
                outcome: planned.outcome,
                person_id: planned.existing.map(|p| p.id),
                username: planned.entry.username.map(|u| u.as_str().to_owned()),
                account_created: planned.new_account,
                one_time_password: None,
            });
        } else {
            rows.push(write(&mut tx, &caller, unit, planned).await?);
        }
    }
    if !dry_run {
        tx.commit().await?;
    }
    let count = |outcome| rows.iter().filter(|r| r.outcome == outcome).count();
    let answer = PeopleImport {
        dry_run,
        created: count(ImportOutcome::Created),
        updated: count(ImportOutcome::Updated),
        unchanged: count(ImportOutcome::Unchanged),
        accounts_created: rows.iter().filter(|r| r.account_created).count(),
        rows,
    };
    Ok(HttpResponse::Ok()
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .json(answer))
}
