//! Keyset pagination shared by every list: `limit` (default 50, clamped to 200) and an opaque
//! `cursor`, answered as `{"items": [...], "next_cursor": ...}`.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::error::{AppError, Result};

pub const DEFAULT_LIMIT: i64 = 50;
pub const MAX_LIMIT: i64 = 200;

/// The paging parameters of a list without other filters.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl ListParams {
    pub fn page(&self) -> Result<PageRequest> {
        PageRequest::new(self.limit, self.cursor.as_deref())
    }
}

/// Validated paging: `limit` rows after `after`.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest {
    pub limit: i64,
    pub after: Option<Uuid>,
}

impl PageRequest {
    pub fn new(limit: Option<i64>, cursor: Option<&str>) -> Result<Self> {
        let limit = match limit {
            None => DEFAULT_LIMIT,
            Some(n) if n < 1 => {
                return Err(AppError::BadRequest("limit must be at least 1".into()));
            }
            Some(n) => n.min(MAX_LIMIT),
        };
        let after = cursor
            .filter(|c| !c.is_empty())
            .map(|c| {
                Uuid::parse_str(c).map_err(|_| AppError::BadRequest("cursor is not valid".into()))
            })
            .transpose()?;
        Ok(PageRequest { limit, after })
    }

    /// Rows to fetch: one more than the page, to know whether another page follows.
    pub fn fetch(&self) -> i64 {
        self.limit + 1
    }

    /// The page of `rows` (fetched with [`Self::fetch`]), keyed by `key`.
    pub fn finish<T>(&self, mut rows: Vec<T>, key: impl Fn(&T) -> Uuid) -> Page<T> {
        let more = rows.len() as i64 > self.limit;
        rows.truncate(self.limit as usize);
        let next_cursor = more
            .then(|| rows.last().map(|r| key(r).to_string()))
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
    pub next_cursor: Option<String>,
}
