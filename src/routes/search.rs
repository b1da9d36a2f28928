//! `GET /search`: speeches, meetings and rectification items in the caller's reach, best match
//! first, each with a snippet around the match.

use actix_web::{get, web};
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::{AuthUser, Permission, access};
use crate::error::{AppError, Result};
use crate::routes::list::{Page, PageRequest};
use crate::search;
use crate::state::AppState;

pub const TAG: &str = "search";
pub const MAX_QUERY_CHARS: usize = 100;
/// Search answers are short lists: at most this many hits a page.
const MAX_HITS: i64 = 50;
const DEFAULT_HITS: i64 = 20;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(search_records);
}

crate::text_enum!(
    /// What a hit is.
    HitType {
        Speech = "speech",
        Meeting = "meeting",
        RectificationItem = "rectification_item",
    }
);

/// Deserialized by hand (below): `types` may repeat.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Words to find, in Chinese or not (1 to 100 characters, not blank); every word must
    /// occur. A query of punctuation only has no word to find (422).
    #[param(
        min_length = 1,
        max_length = 100,
        pattern = "[^\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]"
    )]
    pub q: String,
    /// Only this unit and the units below it.
    pub org_unit_id: Option<Uuid>,
    /// What to find: `types=speech&types=meeting`, or comma-separated in one
    /// (`types=speech,meeting`); default: all.
    #[param(value_type = Option<Vec<HitType>>, style = Form, explode = true)]
    pub types: Option<String>,
    /// Hits per page: 1 to 50 (larger values are clamped to 50); default 20.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page, unchanged (URL-safe base64 without padding).
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "speech", "id": "019a1b2c-0000-7000-8000-000000000040",
    "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
    "title": "在市政府办机关第一党支部组织生活会上的讲话",
    "snippet": "…要在服务领导中拓宽<mark>视野</mark>。比如，文电科XX同志…", "score": 0.42
}))]
pub struct Hit {
    #[serde(rename = "type")]
    pub hit_type: HitType,
    pub id: Uuid,
    /// The meeting a speech was given at, or an item came out of.
    #[schema(required = true)]
    pub meeting_id: Option<Uuid>,
    pub title: String,
    /// Text around the first match, HTML-escaped, every match in `<mark>…</mark>`.
    pub snippet: String,
    /// Relevance (`ts_rank`); higher is better.
    pub score: f32,
}

struct Row {
    kind: String,
    id: Uuid,
    meeting_id: Option<Uuid>,
    title: String,
    body: String,
    score: f32,
}

const FIELDS: &[&str] = &["q", "org_unit_id", "types", "limit", "cursor"];

/// As the derived one with `deny_unknown_fields` would, but `types` may come more than once
/// (generated clients send an array so), its values joined with commas.
impl<'de> Deserialize<'de> for SearchQuery {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = SearchQuery;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("the search parameters")
            }

            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<SearchQuery, A::Error> {
                fn once<E: de::Error, T>(
                    slot: &mut Option<T>,
                    name: &'static str,
                    value: T,
                ) -> std::result::Result<(), E> {
                    if slot.replace(value).is_some() {
                        return Err(E::duplicate_field(name));
                    }
                    Ok(())
                }
                let (mut q, mut org_unit_id, mut limit, mut cursor) = (None, None, None, None);
                let mut types: Option<Vec<String>> = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "q" => once(&mut q, "q", map.next_value()?)?,
                        "org_unit_id" => once(&mut org_unit_id, "org_unit_id", map.next_value()?)?,
                        "types" => types.get_or_insert_with(Vec::new).push(map.next_value()?),
                        "limit" => once(&mut limit, "limit", map.next_value()?)?,
                        "cursor" => once(&mut cursor, "cursor", map.next_value()?)?,
                        other => return Err(de::Error::unknown_field(other, FIELDS)),
                    }
                }
                Ok(SearchQuery {
                    q: q.ok_or_else(|| de::Error::missing_field("q"))?,
                    org_unit_id,
                    types: types.map(|t| t.join(",")),
                    limit,
                    cursor,
                })
            }
        }
        d.deserialize_struct("SearchQuery", FIELDS, Fields)
    }
}

fn types(raw: Option<&str>) -> Result<Vec<HitType>> {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Ok(vec![
            HitType::Speech,
            HitType::Meeting,
            HitType::RectificationItem,
        ]);
    };
    raw.split(',')
        .map(|t| {
            HitType::try_from(t.trim().to_owned()).map_err(|_| {
                AppError::invalid(
                    "types",
                    format!("unknown type `{t}`: use speech, meeting or rectification_item"),
                )
            })
        })
        .collect()
}

/// Find speeches, meetings and rectification items by their words.
///
/// Chinese text is segmented into words (jieba) both when records are written and when
/// searching, so `视野` finds speeches that say 拓宽视野 and nothing that lacks the word.
/// Only records in the caller's reach are searched. Of a word found in very many records, the
/// newest 500 of each type are ranked.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(SearchQuery),
    responses(
        (status = 200, description = "One page of hits, best first", body = Page<Hit>),
        (status = 404, description = "The unit filtered by is out of reach"),
        (status = 422, description = "The query is empty, too long, or has no searchable word"),
    )
)]
#[get("/search")]
async fn search_records(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<SearchQuery>,
) -> Result<web::Json<Page<Hit>>> {
    let q = query.q.trim();
    // The length as sent, as the document's `maxLength` counts it.
    if q.is_empty() || query.q.chars().count() > MAX_QUERY_CHARS {
        return Err(AppError::invalid(
            "q",
            format!("must be 1 to {MAX_QUERY_CHARS} characters"),
        ));
    }
    let kinds = types(query.types.as_deref())?;
    let page = PageRequest::new(
        Some(query.limit.unwrap_or(DEFAULT_HITS).min(MAX_HITS)),
        query.cursor.as_deref(),
    )?;
    let offset: i64 = match page.after_pair()? {
        Some((offset, _)) => offset
            .parse()
            .map_err(|_| AppError::BadRequest("cursor is not valid".into()))?,
        None => 0,
    };
    let words = search::words_blocking(q.to_owned()).await?;
    if words.is_empty() {
        return Err(AppError::invalid("q", "has no searchable word"));
    }
    let mut db = state.reads().await?;
    if let Some(unit) = query.org_unit_id {
        access::require(&mut *db, &user, unit, Permission::Read).await?;
    }
    let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    // One query per kind, each filtered by reach in SQL and using its GIN index, then ranked
    // together. `$1` user, `$2` admin, `$3` words, `$4` kinds, `$5` unit filter.
    let rows = sqlx::query_as!(
        Row,
        r#"with q as (select plainto_tsquery('simple', $3) as query),
         units as (
             select id from org_units where $2
             union select * from reachable_org_units($1)
         ),
         scope as (
             select u.id from units u
             where $5::uuid is null
                or exists (select 1 from org_unit_closure c where c.ancestor_id = $5 and c.descendant_id = u.id)
         ),
         -- Rank first, on the index columns only, and read texts for the page alone. A word
         -- found in thousands of records would mean reading thousands of vectors to rank
         -- them, so each kind ranks at most its newest 500 matches.
         ranked as (
             select 'speech' as kind, s.id, ts_rank(s.search_vector, q.query) as score
             from (select id, search_vector from speeches, q
                   where 'speech' = any ($4) and search_vector @@ q.query
                     and org_unit_id in (select id from scope)
                   order by id desc limit 500) s, q
             union all
             select 'meeting', m.id, ts_rank(m.search_vector, q.query)
             from (select id, search_vector from meetings, q
                   where 'meeting' = any ($4) and search_vector @@ q.query
                     and org_unit_id in (select id from scope)
                   order by id desc limit 500) m, q
             union all
             select 'rectification_item', i.id, ts_rank(i.search_vector, q.query)
             from (select id, search_vector from rectification_items, q
                   where 'rectification_item' = any ($4) and search_vector @@ q.query
                     and org_unit_id in (select id from scope)
                   order by id desc limit 500) i, q
             order by score desc, id
             offset $6 limit $7
         )
         select r.kind as "kind!", r.id as "id!", r.score as "score!",
                coalesce(s.meeting_id, m.id, i.meeting_id) as meeting_id,
                coalesce(coalesce(s.title, p.name || '的发言'), m.title, left(i.problem, 60))
                    as "title!",
                coalesce(s.content,
                         m.title || E'\n' || array_to_string(array(select jsonb_array_elements_text(m.agenda)), E'\n')
                             || E'\n' || coalesce(m.summary, ''),
                         i.problem || E'\n' || i.measure || E'\n'
                             || coalesce((select string_agg(u.note, E'\n' order by u.id)
                                          from rectification_updates u where u.item_id = i.id), ''))
                    as "body!"
         from ranked r
         left join speeches s on r.kind = 'speech' and s.id = r.id
         left join people p on p.id = s.speaker_id
         left join meetings m on r.kind = 'meeting' and m.id = r.id
         left join rectification_items i on r.kind = 'rectification_item' and i.id = r.id
         order by r.score desc, r.id"#,
        user.id,
        user.is_admin,
        words,
        &kinds as &[&str],
        query.org_unit_id,
        offset,
        page.fetch()
    )
    .fetch_all(&mut *db)
    .await?;
    drop(db);
    let marks = search::query_words(q);
    let hits: Vec<Hit> = rows
        .into_iter()
        .map(|row| Hit {
            hit_type: HitType::try_from(row.kind).unwrap_or(HitType::Speech),
            id: row.id,
            meeting_id: row.meeting_id,
            title: row.title,
            snippet: search::snippet(&row.body, &marks),
            score: row.score,
        })
        .collect();
    // Ranked results page by offset: the cursor names where the next page starts.
    let next = offset + page.limit;
    let result = page.finish(hits, |_| format!("{next}|{}", Uuid::nil()));
    Ok(web::Json(result))
}
