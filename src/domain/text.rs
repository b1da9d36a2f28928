use crate::error::AppError;

/// Trimmed text of 1 to `max_chars` characters (counted as characters, not bytes), or a 422
/// naming `field` (a JSON pointer such as `/name`).
pub fn required_text(field: &str, raw: &str, max_chars: usize) -> Result<String, AppError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(AppError::invalid(field, "must not be empty"));
    }
    if text.chars().count() > max_chars {
        return Err(AppError::invalid(
            field,
            format!("must be at most {max_chars} characters"),
        ));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_and_trims() {
        assert_eq!(
            required_text("/name", "  第一支部 ", 4).unwrap(),
            "第一支部"
        );
        assert!(required_text("/name", "第一党支部", 4).is_err());
        assert!(required_text("/name", "   ", 4).is_err());
    }
}
