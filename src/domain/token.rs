//! Personal API tokens, and the random secrets behind sessions and CSRF tokens. A token is 256
//! random bits; the server keeps only its SHA-256 digest, so a leaked database does not leak usable
//! tokens. A fast hash is right here (unlike for passwords):
//! the input has full entropy, so there is nothing to brute-force.
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// Tokens carry a recognisable prefix so secret scanners and people can tell what they are.
const PREFIX: &str = "lcr_";

/// A freshly minted token: `plain` is shown to its owner once; `hash` is what the store keeps.
pub struct NewToken {
    pub plain: String,
    pub hash: String,
}

pub fn generate() -> NewToken {
    let plain = format!("{PREFIX}{}", random_secret());
    let hash = hash(&plain);
    NewToken { plain, hash }
}

/// 256 random bits, URL-safe: for API tokens, session ids, CSRF tokens.
pub fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Compares two secrets in time independent of where they differ.
pub fn secrets_equal(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

pub fn hash(plain: &str) -> String {
    hex::encode(Sha256::digest(plain.as_bytes()))
}

/// Cheap shape check, so obviously malformed tokens never reach the database.
pub fn looks_like_token(s: &str) -> bool {
    s.strip_prefix(PREFIX).is_some_and(|rest| {
        rest.len() == 43
            && rest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_hashed() {
        let a = generate();
        let b = generate();
        assert_ne!(a.plain, b.plain);
        assert!(looks_like_token(&a.plain), "{}", a.plain);
        assert_eq!(a.hash, hash(&a.plain));
        assert_eq!(a.hash.len(), 64);
        assert!(!a.hash.contains(&a.plain));
    }

    #[test]
    fn secrets_compare_exactly() {
        let a = random_secret();
        assert_eq!(a.len(), 43);
        assert!(secrets_equal(&a, &a.clone()));
        assert!(!secrets_equal(&a, &random_secret()));
        assert!(!secrets_equal(&a, &a[..42]));
    }

    #[test]
    fn malformed_tokens_are_recognised() {
        assert!(!looks_like_token(""));
        assert!(!looks_like_token("lcr_short"));
        assert!(!looks_like_token(&format!("xyz_{}", "a".repeat(43))));
        assert!(!looks_like_token(&format!("lcr_{}", "!".repeat(43))));
    }
}
