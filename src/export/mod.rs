//! The minutes of a meeting (会议记录) and the ledgers of a unit (台账) as documents.

pub mod docx;
pub mod ledger;
pub mod marks;
pub mod minutes;

use std::sync::Arc;
use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::{AppError, Result};

/// How many documents (minutes, ledgers) are built at once, and how long a request waits for
/// its turn. The largest meeting allowed takes tens of MB to build as .docx, so builds must not
/// pile up without bound: past the wait a request answers 503 with `Retry-After`. The slots also
/// carry the fonts the Word minutes ask for.
#[derive(Debug, Clone)]
pub struct ExportSlots {
    slots: Arc<Semaphore>,
    wait: Duration,
    fonts: Arc<docx::Fonts>,
}

impl ExportSlots {
    pub fn new(slots: usize, wait: Duration) -> Self {
        ExportSlots {
            slots: Arc::new(Semaphore::new(slots)),
            wait,
            fonts: Arc::default(),
        }
    }

    /// The same slots, building Word minutes in `fonts`.
    pub fn with_fonts(self, fonts: docx::Fonts) -> Self {
        ExportSlots {
            fonts: Arc::new(fonts),
            ..self
        }
    }

    pub fn fonts(&self) -> Arc<docx::Fonts> {
        self.fonts.clone()
    }

    /// A turn to build a document; hold it until the document is built.
    pub async fn acquire(&self) -> Result<OwnedSemaphorePermit> {
        match tokio::time::timeout(self.wait, self.slots.clone().acquire_owned()).await {
            Ok(Ok(turn)) => Ok(turn),
            _ => Err(AppError::Unavailable(
                "too many documents are being exported right now; try again shortly".into(),
            )),
        }
    }
}

/// RFC 5987 `attr-char`s left as they are; everything else is percent-encoded.
const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'#')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b'-')
    .remove(b'.')
    .remove(b'^')
    .remove(b'_')
    .remove(b'`')
    .remove(b'|')
    .remove(b'~');

/// `Content-Disposition: attachment` for a file name in any script (RFC 6266 with the
/// RFC 5987 `filename*`), with an ASCII `filename` for old clients.
pub fn attachment(file_name: &str, ascii_fallback: &str) -> String {
    format!(
        "attachment; filename=\"{ascii_fallback}\"; filename*=UTF-8''{}",
        utf8_percent_encode(file_name, ATTR_CHAR)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_encoded_per_rfc_5987() {
        assert_eq!(
            attachment("组织生活会 记录.md", "minutes.md"),
            "attachment; filename=\"minutes.md\"; filename*=UTF-8''%E7%BB%84%E7%BB%87%E7%94%9F%E6%B4%BB%E4%BC%9A%20%E8%AE%B0%E5%BD%95.md"
        );
    }
}
