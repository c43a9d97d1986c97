//! Free text people write (reasons, rationales, statements, messages): trimmed, within bounds,
//! without stray control characters. One rule for every such field, API and pages alike.

/// `text` trimmed, if it has `min..=max` characters and no control character but tabs and line
/// breaks; else a message naming `what`.
pub fn bounded(what: &str, text: &str, min: usize, max: usize) -> Result<String, String> {
    let text = text.trim();
    if super::user::has_stray_control(text) {
        return Err(format!("{what} must not contain control characters"));
    }
    let n = text.chars().count();
    if n < min || n > max {
        return Err(if min <= 1 {
            format!("{what} has 1 to {max} characters (this one has {n})")
        } else {
            format!("{what} has {min} to {max} characters (this one has {n})")
        });
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_and_control_characters() {
        assert_eq!(bounded("a reason", "  why  ", 1, 10).unwrap(), "why");
        assert!(bounded("a reason", "   ", 1, 10).unwrap_err().contains("1 to 10"));
        assert!(
            bounded("a rationale", "short", 10, 100)
                .unwrap_err()
                .contains("10 to 100")
        );
        assert!(
            bounded("a reason", &"é".repeat(11), 1, 10).is_err(),
            "characters, not bytes"
        );
        assert!(bounded("a reason", "line\nbreak\tand tab", 1, 100).is_ok());
        assert!(bounded("a reason", "a NUL \0", 1, 100).unwrap_err().contains("control"));
    }
}
