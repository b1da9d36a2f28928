//! Keyset pagination shared by every list: `limit` (default 50, clamped to 200) and an opaque
//! `cursor`, answered as `{"items": [...], "next_cursor": ...}`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::error::{AppError, Result};

pub const DEFAULT_LIMIT: i64 = 50;
pub const MIN_LIMIT: i64 = 1;
/// Larger limits are not refused but clamped to this.
pub const MAX_LIMIT: i64 = 200;
/// What a cursor is made of: URL-safe base64 without padding.
pub const CURSOR_PATTERN: &str = "^[A-Za-z0-9_-]*$";

/// Most ids one `ids` filter may name, and the longest such filter (36 characters an id, a
/// comma between).
pub const MAX_IDS: usize = 200;
pub const MAX_IDS_CHARS: usize = MAX_IDS * 37 - 1;
/// What an `ids` filter is: ids separated by commas.
pub const IDS_PATTERN: &str = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(,[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})*$";

/// The `ids` filter of a list — records looked up together, e.g. the owners of a page of
/// items — as ids: 1 to [`MAX_IDS`], comma-separated; a 422 naming `ids` otherwise.
pub fn ids(raw: Option<&str>) -> Result<Option<Vec<Uuid>>> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    let ids = raw
        .split(',')
        .map(|id| Uuid::parse_str(id.trim()))
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|_| AppError::invalid("ids", "must be ids (UUIDs) separated by commas"))?;
    if ids.len() > MAX_IDS {
        return Err(AppError::invalid(
            "ids",
            format!("at most {MAX_IDS} ids at once"),
        ));
    }
    Ok(Some(ids))
}

/// The paging parameters of a list without other filters.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page, unchanged (URL-safe base64 without padding).
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

impl ListParams {
    pub fn page(&self) -> Result<PageRequest> {
        PageRequest::new(self.limit, self.cursor.as_deref())
    }
}

/// Validated paging: `limit` rows after the position the cursor names.
#[derive(Debug, Clone)]
pub struct PageRequest {
    pub limit: i64,
    /// The decoded cursor: the sort key of the last row of the previous page.
    cursor: Option<String>,
}

fn bad_cursor() -> AppError {
    AppError::BadRequest("cursor is not valid; pass next_cursor unchanged".into())
}

impl PageRequest {
    pub fn new(limit: Option<i64>, cursor: Option<&str>) -> Result<Self> {
        let limit = match limit {
            None => DEFAULT_LIMIT,
            Some(n) if n < MIN_LIMIT => {
                return Err(AppError::invalid(
                    "limit",
                    "must be an integer of at least 1",
                ));
            }
            Some(n) => n.min(MAX_LIMIT),
        };
        let cursor = cursor
            .filter(|c| !c.is_empty())
            .map(|c| {
                let bytes = URL_SAFE_NO_PAD.decode(c).map_err(|_| bad_cursor())?;
                String::from_utf8(bytes).map_err(|_| bad_cursor())
            })
            .transpose()?;
        Ok(PageRequest { limit, cursor })
    }

    /// For lists keyed by id (creation order).
    pub fn after_id(&self) -> Result<Option<Uuid>> {
        self.cursor
            .as_deref()
            .map(|c| Uuid::parse_str(c).map_err(|_| bad_cursor()))
            .transpose()
    }

    /// For lists keyed by a sort value and the id that breaks ties, encoded as `value|id`.
    pub fn after_pair(&self) -> Result<Option<(String, Uuid)>> {
        self.cursor
            .as_deref()
            .map(|c| {
                let (value, id) = c.rsplit_once('|').ok_or_else(bad_cursor)?;
                Ok((
                    value.to_owned(),
                    Uuid::parse_str(id).map_err(|_| bad_cursor())?,
                ))
            })
            .transpose()
    }

    /// Rows to fetch: one more than the page, to know whether another page follows.
    pub fn fetch(&self) -> i64 {
        self.limit + 1
    }

    /// The page of `rows` (fetched with [`Self::fetch`]); `key` gives a row's sort key.
    pub fn finish<T>(&self, mut rows: Vec<T>, key: impl Fn(&T) -> String) -> Page<T> {
        let more = rows.len() as i64 > self.limit;
        rows.truncate(self.limit as usize);
        let next_cursor = more
            .then(|| rows.last().map(|r| URL_SAFE_NO_PAD.encode(key(r))))
            .flatten();
        Page {
            items: rows,
            next_cursor,
        }
    }
}

/// One page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; null on the last page.
    #[schema(required = true)]
    pub next_cursor: Option<String>,
}
