//! A rating on the framework's scale: 5 Excellent, 4 Very good, 3 Good, 2 Fair, 1 Poor.
use std::fmt;

use serde::Serialize;

/// A score on the 1–5 scale. Only [`Score::try_from`] makes one, so a `Score` is always in range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Score(u8);

impl Score {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn value(self) -> u8 {
        self.0
    }

    /// The scale's label for this score. The framework file carries the same labels; the loader
    /// refuses an edition whose scale is not 5 … 1, so these cannot drift apart in meaning.
    pub fn label(self) -> &'static str {
        match self.0 {
            5 => "Excellent",
            4 => "Very good",
            3 => "Good",
            2 => "Fair",
            _ => "Poor",
        }
    }

    pub fn all() -> impl DoubleEndedIterator<Item = Score> {
        (Self::MIN..=Self::MAX).map(Score)
    }
}

impl TryFrom<i64> for Score {
    type Error = String;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        if (i64::from(Self::MIN)..=i64::from(Self::MAX)).contains(&value) {
            Ok(Score(value as u8))
        } else {
            Err(crate::tr!("error-score-range", value = value))
        }
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.0, self.label())
    }
}

/// How many scores there are at each level, 1 to 5 (a distribution across cities: no one named).
pub type Counts = [usize; 5];

/// The median of a distribution of scores (the lower middle one when their number is even, so it is
/// always a score of the scale); None when there is none.
pub fn median_of_counts(counts: &Counts) -> Option<u8> {
    let n: usize = counts.iter().sum();
    if n == 0 {
        return None;
    }
    let middle = (n - 1) / 2;
    let mut seen = 0;
    for (i, c) in counts.iter().enumerate() {
        seen += c;
        if seen > middle {
            return u8::try_from(i + 1).ok();
        }
    }
    None
}

/// The mean of a distribution of scores; None when there is none.
pub fn mean_of_counts(counts: &Counts) -> Option<f64> {
    let n: usize = counts.iter().sum();
    (n > 0).then(|| {
        counts
            .iter()
            .enumerate()
            .map(|(i, c)| (i + 1) as f64 * *c as f64)
            .sum::<f64>()
            / n as f64
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_distributions_middle_and_mean() {
        use super::{mean_of_counts, median_of_counts};
        assert_eq!(median_of_counts(&[0, 0, 0, 0, 0]), None);
        assert_eq!(mean_of_counts(&[0, 0, 0, 0, 0]), None);
        assert_eq!(median_of_counts(&[0, 0, 1, 0, 0]), Some(3));
        // 1, 2, 2, 5: the lower middle.
        assert_eq!(median_of_counts(&[1, 2, 0, 0, 1]), Some(2));
        assert_eq!(median_of_counts(&[0, 0, 0, 1, 2]), Some(5));
        assert_eq!(mean_of_counts(&[1, 0, 0, 0, 1]), Some(3.0));
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn labels_follow_the_framework() {
        let labels: Vec<_> = Score::all().rev().map(|s| s.label()).collect();
        assert_eq!(labels, ["Excellent", "Very good", "Good", "Fair", "Poor"]);
    }

    proptest! {
        #[test]
        fn only_one_to_five_is_a_score(v in any::<i64>()) {
            let parsed = Score::try_from(v);
            prop_assert_eq!(parsed.is_ok(), (1..=5).contains(&v));
            if let Ok(s) = parsed {
                prop_assert_eq!(i64::from(s.value()), v);
            }
        }
    }
}
