//! The schema agrees with the code where both name the same things.

use std::collections::BTreeSet;

use crate::helpers::{fresh_database, test_pool};

/// Every enum stored as text is the source of its values: the column's CHECK constraint
/// names exactly them, no more and no fewer.
#[tokio::test]
async fn each_stored_enum_matches_its_check_constraint() {
    let pool = test_pool(fresh_database().await).await;
    for (table, column, values) in minutebook::routes::STORED_ENUMS {
        let checks: Vec<String> = sqlx::query_scalar(
            "select pg_get_constraintdef(c.oid) from pg_constraint c
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
             where c.contype = 'c' and c.conrelid = $1::regclass and a.attname = $2
               and array_length(c.conkey, 1) = 1",
        )
        .bind(table)
        .bind(column)
        .fetch_all(&pool)
        .await
        .unwrap();
        assert_eq!(checks.len(), 1, "{table}.{column}: {checks:?}");
        // e.g. CHECK ((kind = ANY (ARRAY['committee'::text, 'branch'::text])))
        let in_schema: BTreeSet<&str> = checks[0].split('\'').skip(1).step_by(2).collect();
        let in_code: BTreeSet<&str> = values.iter().copied().collect();
        assert_eq!(in_schema, in_code, "{table}.{column}: {}", checks[0]);
    }
}
