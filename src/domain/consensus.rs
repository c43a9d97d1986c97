//! Consensus on a review item: the statistics of its ratings, the agreement rule, revision rounds
//! and moderation (product.md, "Reconciliation and consensus"). Pure: the store feeds it scores.
use serde::Serialize;

use super::cycle::ConsensusRule;
use super::rating::Rating;

/// The first-round (or latest-round) picture of an item's ratings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub n: usize,
    /// The median; with an even number of ratings, the lower of the two middle values.
    pub median: u8,
    pub min: u8,
    pub max: u8,
    pub spread: u8,
}

/// Statistics of a set of scores; None when there is none.
pub fn stats(scores: &[u8]) -> Option<Stats> {
    if scores.is_empty() {
        return None;
    }
    let mut s = scores.to_vec();
    s.sort_unstable();
    let n = s.len();
    // Lower middle for even n: index (n-1)/2 in both cases.
    let median = s[(n - 1) / 2];
    let (min, max) = (s[0], s[n - 1]);
    Some(Stats {
        n,
        median,
        min,
        max,
        spread: max - min,
    })
}

/// How an item's consensus was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Agreed,
    AgreedAfterRevision,
    Moderated,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Agreed => "agreed",
            Method::AgreedAfterRevision => "agreed_after_revision",
            Method::Moderated => "moderated",
        }
    }

    pub fn parse(s: &str) -> Option<Method> {
        [Method::Agreed, Method::AgreedAfterRevision, Method::Moderated]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// What happens to an item once a round is complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The rule holds: the proposed consensus is the median.
    Agreed { score: u8, method: Method },
    /// Not agreed, and a revision round is left: the reviewers revise in this round.
    Revise { round: u8 },
    /// Not agreed after the last revision round: the chair or the secretariat decides.
    Moderate,
}

/// Applies the rule after `round` (1 = the first round; 2, 3 … revision rounds) is complete.
/// Fewer than two ratings is never agreement: one person's score is not a panel's (a short bundle,
/// a reviewer who never rated): a moderator decides.
pub fn decide(stats: &Stats, rule: &ConsensusRule, round: u8) -> Outcome {
    if stats.n < 2 {
        return Outcome::Moderate;
    }
    if stats.spread <= rule.max_spread {
        let method = if round <= 1 {
            Method::Agreed
        } else {
            Method::AgreedAfterRevision
        };
        return Outcome::Agreed {
            score: stats.median,
            method,
        };
    }
    // Revision rounds are numbered 2 ..= 1 + revision_rounds.
    if round <= rule.revision_rounds {
        Outcome::Revise { round: round + 1 }
    } else {
        Outcome::Moderate
    }
}

/// The rating of each expert that stands in `round`: their submitted rating of that round, or, when
/// they did not resubmit in a revision round (or were withdrawn in it), their latest submitted one
/// before it. Ratings set aside (a conflict found late) never count.
pub fn standing(ratings: &[Rating], round: i16) -> Vec<&Rating> {
    let mut latest: Vec<&Rating> = Vec::new();
    for r in ratings.iter().filter(|r| r.counts() && r.round <= round) {
        match latest.iter_mut().find(|l| l.expert == r.expert) {
            Some(l) if l.round < r.round => *l = r,
            Some(_) => {}
            None => latest.push(r),
        }
    }
    latest
}

/// The scores the rule applies to in `round` (see [`standing`]).
pub fn scores_for(ratings: &[Rating], round: i16) -> Vec<u8> {
    // In score order: a list in any order tied to the reviewers would let a reader follow one
    // person's scores from item to item.
    let mut scores: Vec<u8> = standing(ratings, round).iter().map(|r| r.score.value()).collect();
    scores.sort_unstable();
    scores
}

/// Whether every current reviewer submitted a rating for `round`.
pub fn complete(ratings: &[Rating], reviewers: &[i32], round: i16) -> bool {
    reviewers
        .iter()
        .all(|r| ratings.iter().any(|x| x.expert == *r && x.round == round && x.counts()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: ConsensusRule = ConsensusRule {
        max_spread: 1,
        revision_rounds: 1,
    };

    #[test]
    fn statistics_with_odd_and_even_n() {
        assert_eq!(
            stats(&[4, 2, 3]).unwrap(),
            Stats {
                n: 3,
                median: 3,
                min: 2,
                max: 4,
                spread: 2
            }
        );
        // Even n: the lower middle value.
        assert_eq!(stats(&[5, 2, 4, 3]).unwrap().median, 3);
        assert_eq!(stats(&[4, 5]).unwrap().median, 4);
        assert_eq!(
            stats(&[3]).unwrap(),
            Stats {
                n: 1,
                median: 3,
                min: 3,
                max: 3,
                spread: 0
            }
        );
        assert_eq!(stats(&[]), None);
    }

    #[test]
    fn fewer_than_two_ratings_is_never_agreement() {
        for scores in [&[4u8][..], &[1][..]] {
            let s = stats(scores).unwrap();
            assert_eq!(decide(&s, &RULE, 1), Outcome::Moderate, "{scores:?}");
            assert_eq!(decide(&s, &RULE, 2), Outcome::Moderate, "{scores:?}");
        }
        assert_eq!(
            decide(&stats(&[4, 4]).unwrap(), &RULE, 1),
            Outcome::Agreed {
                score: 4,
                method: Method::Agreed
            }
        );
    }

    fn rating(expert: i32, round: i16, score: u8, submitted: bool, set_aside: bool) -> Rating {
        Rating {
            id: expert * 10 + i32::from(round),
            expert,
            round,
            score: crate::domain::score::Score::try_from(i64::from(score)).unwrap(),
            justification: String::new(),
            confidence: None,
            submitted,
            version: 1,
            created_at: time::OffsetDateTime::UNIX_EPOCH,
            first_submitted_at: None,
            set_aside,
        }
    }

    #[test]
    fn the_standing_scores_of_a_round() {
        let ratings = vec![
            rating(1, 1, 2, true, false),
            rating(2, 1, 5, true, false),
            rating(3, 1, 4, true, true),   // set aside: a conflict found late
            rating(4, 1, 3, false, false), // a draft
            rating(1, 2, 4, true, false),  // revised
        ];
        let mut first = scores_for(&ratings, 1);
        first.sort_unstable();
        assert_eq!(first, vec![2, 5]);
        // In the revision round, expert 2 did not resubmit: their first-round score stands.
        let mut second = scores_for(&ratings, 2);
        second.sort_unstable();
        assert_eq!(second, vec![4, 5]);
        assert!(complete(&ratings, &[1, 2], 1));
        assert!(!complete(&ratings, &[1, 2, 4], 1), "a draft is not a rating");
        assert!(!complete(&ratings, &[1, 2], 2));
        assert!(complete(&ratings, &[1], 2));
    }

    #[test]
    fn spread_exactly_at_the_threshold_agrees() {
        let s = stats(&[3, 4, 4]).unwrap();
        assert_eq!(
            decide(&s, &RULE, 1),
            Outcome::Agreed {
                score: 4,
                method: Method::Agreed
            }
        );
        let s = stats(&[3, 5, 4]).unwrap();
        assert_eq!(decide(&s, &RULE, 1), Outcome::Revise { round: 2 });
    }

    #[test]
    fn a_revision_that_agrees_and_one_that_does_not() {
        // After the revision round (round 2), agreement is "agreed after revision"...
        let s = stats(&[4, 4, 5]).unwrap();
        assert_eq!(
            decide(&s, &RULE, 2),
            Outcome::Agreed {
                score: 4,
                method: Method::AgreedAfterRevision
            }
        );
        // ...and disagreement goes to moderation: there is no further round.
        let s = stats(&[1, 3, 5]).unwrap();
        assert_eq!(decide(&s, &RULE, 2), Outcome::Moderate);
        // With no revision round at all, disagreement goes straight to moderation.
        let none = ConsensusRule {
            max_spread: 1,
            revision_rounds: 0,
        };
        assert_eq!(decide(&s, &none, 1), Outcome::Moderate);
        // With two revision rounds, the first revision that fails leads to a second.
        let two = ConsensusRule {
            max_spread: 1,
            revision_rounds: 2,
        };
        assert_eq!(decide(&s, &two, 2), Outcome::Revise { round: 3 });
        assert_eq!(decide(&s, &two, 3), Outcome::Moderate);
    }
}
