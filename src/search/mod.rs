//! Chinese-aware full-text search.
//!
//! PostgreSQL's parsers take a run of Chinese characters for one word, so text is segmented
//! here with jieba (search mode: long words and the shorter words inside them) into
//! space-separated words, and PostgreSQL's `simple` configuration indexes those as they are.
//! The same segmentation runs on the query, so a two-character word such as 视野 matches
//! where jieba found it in the text, and nowhere else.

use std::sync::LazyLock;

use jieba_rs::Jieba;

/// The embedded dictionary loads once, on first use.
static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// The searchable words of `text`, space-separated and lowercased.
pub fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    for token in JIEBA.cut_for_search(text, true) {
        let word = token.word.trim();
        if word.chars().any(char::is_alphanumeric) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// [`words`] on the blocking pool: segmenting a 200,000-character speech takes tens of
/// milliseconds, too long for an async worker.
pub async fn words_blocking(text: String) -> anyhow::Result<String> {
    Ok(tokio::task::spawn_blocking(move || words(&text)).await?)
}

/// What to mark in a snippet: the query as typed (so 脱贫攻坚 is marked whole even when jieba
/// splits it), then its distinct words, longest first.
pub fn query_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = words(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    words.push(query.split_whitespace().collect::<String>().to_lowercase());
    words.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    words.dedup();
    words
}

/// Characters shown before and after the first match.
const BEFORE: usize = 30;
const AFTER: usize = 70;

/// A piece of `text` around the first occurrence of any of `words`, HTML-escaped, with every
/// occurrence of them in it wrapped in `<mark>…</mark>`.
pub fn snippet(text: &str, words: &[String]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let patterns: Vec<Vec<char>> = words
        .iter()
        .map(|w| w.chars().collect())
        .filter(|w: &Vec<char>| !w.is_empty())
        .collect();
    let find = |from: usize| -> Option<(usize, usize)> {
        (from..lower.len()).find_map(|i| {
            patterns
                .iter()
                .find(|p| lower[i..].starts_with(p))
                .map(|p| (i, i + p.len()))
        })
    };
    // Centre on the longest word that occurs (the whole query, when it is one word).
    let first = patterns
        .iter()
        .find_map(|p| (0..lower.len()).find(|&i| lower[i..].starts_with(p)))
        .unwrap_or(0);
    let start = first.saturating_sub(BEFORE);
    let end = (first + AFTER).min(chars.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut i = start;
    while i < end {
        match find(i).filter(|(s, _)| *s < end) {
            Some((s, e)) => {
                escape_into(&mut out, &chars[i..s]);
                out.push_str("<mark>");
                escape_into(&mut out, &chars[s..e.min(chars.len())]);
                out.push_str("</mark>");
                i = e;
            }
            None => {
                escape_into(&mut out, &chars[i..end]);
                i = end;
            }
        }
    }
    if end < chars.len() {
        out.push('…');
    }
    out.replace('\n', " ")
}

fn escape_into(out: &mut String, chars: &[char]) {
    for &c in chars {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_character_words_are_their_own_words() {
        let w = words("要在实践中拓宽视野，提出努力方向和整改措施。");
        let list: Vec<&str> = w.split(' ').collect();
        for expected in ["视野", "整改", "措施", "实践"] {
            assert!(list.contains(&expected), "{expected} in {list:?}");
        }
        assert!(
            !list.iter().any(|w| w.contains('，')),
            "punctuation is dropped: {list:?}"
        );
    }

    #[test]
    fn snippets_mark_every_match_and_escape_html() {
        let words = query_words("视野");
        let s = snippet("前文<b>很长。要在实践中拓宽视野，视野就拓宽了。", &words);
        assert_eq!(
            s,
            "前文&lt;b&gt;很长。要在实践中拓宽<mark>视野</mark>，<mark>视野</mark>就拓宽了。"
        );
        let long = format!("{}视野{}", "甲".repeat(100), "乙".repeat(100));
        let s = snippet(&long, &words);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("<mark>视野</mark>"));
    }
}

/// Keeping the index in step with the records: each writer calls one of these in the
/// transaction of its change.
pub mod index {
    use sqlx::PgConnection;
    use uuid::Uuid;

    use super::words_blocking;
    use crate::error::Result;

    pub async fn speech(
        conn: &mut PgConnection,
        id: Uuid,
        title: Option<&str>,
        content: &str,
    ) -> Result<()> {
        let title = words_blocking(title.unwrap_or_default().to_owned()).await?;
        let content = words_blocking(content.to_owned()).await?;
        sqlx::query!(
            "update speeches set search_vector =
                 setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B')
             where id = $1",
            id,
            title,
            content
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    pub async fn meeting(
        conn: &mut PgConnection,
        id: Uuid,
        title: &str,
        agenda: &[String],
        summary: Option<&str>,
    ) -> Result<()> {
        let title = words_blocking(title.to_owned()).await?;
        let body = words_blocking(format!(
            "{}\n{}",
            agenda.join("\n"),
            summary.unwrap_or_default()
        ))
        .await?;
        sqlx::query!(
            "update meetings set search_vector =
                 setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B')
             where id = $1",
            id,
            title,
            body
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Re-index an item from its stored problem, measure and progress notes.
    pub async fn rectification_item(conn: &mut PgConnection, id: Uuid) -> Result<()> {
        let item = sqlx::query!(
            r#"select i.problem, i.measure,
                      coalesce((select string_agg(u.note, E'\n' order by u.id)
                                from rectification_updates u where u.item_id = i.id), '')
                          as "notes!"
               from rectification_items i where i.id = $1"#,
            id
        )
        .fetch_one(&mut *conn)
        .await?;
        let problem = words_blocking(item.problem).await?;
        let measure = words_blocking(item.measure).await?;
        let notes = words_blocking(item.notes).await?;
        sqlx::query!(
            "update rectification_items set search_vector =
                 setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B')
                 || setweight(to_tsvector('simple', $4), 'C')
             where id = $1",
            id,
            problem,
            measure,
            notes
        )
        .execute(conn)
        .await?;
        Ok(())
    }
}

/// Rebuild every search vector (after seeding data with SQL, or after a dictionary change).
/// Returns how many speeches, meetings and items were indexed.
pub async fn reindex_all(pool: &sqlx::PgPool) -> crate::error::Result<(u64, u64, u64)> {
    const BATCH: i64 = 500;
    let mut counts = (0, 0, 0);
    let mut after = uuid::Uuid::nil();
    loop {
        let rows = sqlx::query!(
            "select id, title, content from speeches where id > $1 order by id limit $2",
            after,
            BATCH
        )
        .fetch_all(pool)
        .await?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        let mut tx = pool.begin().await?;
        for s in &rows {
            index::speech(&mut tx, s.id, s.title.as_deref(), &s.content).await?;
        }
        tx.commit().await?;
        counts.0 += rows.len() as u64;
    }
    let meetings = sqlx::query!(
        r#"select id, title, agenda as "agenda: sqlx::types::Json<Vec<String>>", summary
           from meetings"#
    )
    .fetch_all(pool)
    .await?;
    let mut tx = pool.begin().await?;
    for m in &meetings {
        index::meeting(&mut tx, m.id, &m.title, &m.agenda, m.summary.as_deref()).await?;
    }
    let items: Vec<uuid::Uuid> = sqlx::query_scalar!("select id from rectification_items")
        .fetch_all(&mut *tx)
        .await?;
    for id in &items {
        index::rectification_item(&mut tx, *id).await?;
    }
    tx.commit().await?;
    counts.1 = meetings.len() as u64;
    counts.2 = items.len() as u64;
    Ok(counts)
}
