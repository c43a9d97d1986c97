//! Who may see what: the one place that decides it. Handlers ask here and turn the answer into
//! 403 (may not act at all) or 404 (may not know the object exists).
use super::cycle::CycleState;
use super::rating::Rating;
use super::score::Score;
use super::user::Role;

/// The person acting, as far as authorization needs to know them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i32,
    pub role: Role,
    /// For city users: the one city they act for.
    pub city_id: Option<i32>,
}

/// The answer to "may this actor see that object?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Allowed,
    /// The actor's role may never do this: 403, whether or not the object exists.
    Forbidden,
    /// The actor may do this kind of thing, but not to this object: 404, as if it did not exist.
    Hidden,
}

impl Actor {
    pub fn is_secretariat(&self) -> bool {
        self.role == Role::Secretariat
    }

    /// Reading one city's record. A city coordinator may read their own city only; experts meet
    /// cities through their assignments, not through the city register.
    pub fn city_access(&self, city_id: i32) -> Access {
        match self.role {
            Role::Secretariat => Access::Allowed,
            Role::City if self.city_id == Some(city_id) => Access::Allowed,
            Role::City => Access::Hidden,
            Role::Expert => Access::Forbidden,
        }
    }

    /// Listing cities: the secretariat sees the register; a city coordinator sees only their own
    /// city in it; experts may not list.
    pub fn city_list_scope(&self) -> Result<Option<i32>, Access> {
        match self.role {
            Role::Secretariat => Ok(None),
            Role::City => self.city_id.map(Some).ok_or(Access::Forbidden),
            Role::Expert => Err(Access::Forbidden),
        }
    }

    /// A review cycle's settings, panels and progress: the secretariat runs cycles.
    pub fn cycle_access(&self) -> Access {
        if self.is_secretariat() {
            Access::Allowed
        } else {
            Access::Forbidden
        }
    }

    /// Reading a city's report in a cycle. The secretariat reads every participant's; a city reads
    /// its own; an expert reads the reports assigned to them, and only once review has started.
    /// Anyone else is told nothing: the report might as well not exist.
    pub fn report_access(&self, city_id: i32, participating: bool, expert_assigned: bool, state: CycleState) -> Access {
        if !participating {
            return Access::Hidden;
        }
        match self.role {
            Role::Secretariat => Access::Allowed,
            Role::City if self.city_id == Some(city_id) => Access::Allowed,
            Role::Expert if expert_assigned && state >= CycleState::Reviewing => Access::Allowed,
            Role::City | Role::Expert => Access::Hidden,
        }
    }

    /// Writing a report (draft, submit): that city's own users, and no one else. Callers check
    /// `report_access` first, so those who may not even read it get 404.
    pub fn may_write_report(&self, city_id: i32) -> bool {
        self.role == Role::City && self.city_id == Some(city_id)
    }

    /// An expert's profile and conflicts: the secretariat, and the expert themself. Another expert
    /// is told nothing; city users have no business with experts at all.
    pub fn expert_access(&self, expert_id: i32) -> Access {
        match self.role {
            Role::Secretariat => Access::Allowed,
            Role::Expert if self.user_id == expert_id => Access::Allowed,
            Role::Expert => Access::Hidden,
            Role::City => Access::Forbidden,
        }
    }

    /// A review item: its reviewers and the chair of its panel once review has started (before,
    /// the city's report is still its own: items exist from the confirmed assignment on, but the
    /// narrative is not the experts' to read yet), and the secretariat. A chair in conflict with the
    /// item's city is no chair for it: the same conflicts bind the chair as the reviewers (the
    /// caller passes `is_chair` false then). Anyone else is told nothing (404), whatever their role.
    pub fn item_access(&self, is_reviewer: bool, is_chair: bool, review_started: bool) -> Access {
        match self.role {
            Role::Secretariat => Access::Allowed,
            Role::Expert if (is_reviewer || is_chair) && review_started => Access::Allowed,
            _ => Access::Hidden,
        }
    }

    /// Managing accounts, tokens and the city register.
    pub fn may_administer(&self) -> bool {
        self.is_secretariat()
    }
}

/// Another reviewer's rating as a viewer may see it: a label ("Reviewer A", in the language of the
/// work at hand: the reader's on a page, English in the API), never an identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherRating {
    pub reviewer: String,
    pub score: Score,
    pub justification: String,
    pub round: i16,
}

/// The item's reviewers who have submitted a rating, in the order they first did: their letters
/// (A, B, C …). Drafts get none, so no gap in the letters hints at an unsubmitted draft; the order
/// is that of first submission, so a letter stays with its reviewer in every round of the item.
pub fn letters(ratings: &[Rating]) -> Vec<i32> {
    let mut first: Vec<(i32, Option<time::OffsetDateTime>, i32)> = Vec::new();
    for r in ratings.iter().filter(|r| r.counts()) {
        let at = r.first_submitted_at;
        match first.iter_mut().find(|(e, _, _)| *e == r.expert) {
            Some(f) => {
                if (at, r.id) < (f.1, f.2) {
                    (f.1, f.2) = (at, r.id);
                }
            }
            None => first.push((r.expert, at, r.id)),
        }
    }
    // None (no time recorded) sorts first; rating ids break ties and order those.
    first.sort_by_key(|(_, at, id)| (*at, *id));
    first.into_iter().map(|(e, _, _)| e).collect()
}

/// Whether a viewer who reviews an item may see the others' ratings of `round`: only once they
/// submitted their own for that round. The rule that keeps every first-round rating independent
/// and every revision honest, for chairs who review as much as for anyone.
pub fn reviewer_sees_round(ratings: &[Rating], viewer: i32, round: i16) -> bool {
    ratings
        .iter()
        .any(|r| r.expert == viewer && r.round == round && r.counts())
}

/// What `viewer` sees of the other reviewers' ratings of an item whose current (or last) round is
/// `round`, and the median of the ratings shown. A reviewer (a chair who reviews included) sees the
/// round's standing ratings once their own for the round is in; before that, in a revision round,
/// the previous round's (which they revise against), if they rated it; else nothing. A chair who
/// does not review the item and the secretariat, who moderate, see the round's ratings. Scores are
/// listed in score order, never in an order tied to who gave them.
pub fn others_for(
    ratings: &[Rating],
    viewer: &Actor,
    round: i16,
    is_reviewer: bool,
    is_chair: bool,
) -> (Vec<OtherRating>, Option<u8>) {
    let shown: Vec<&Rating> = if is_reviewer {
        if reviewer_sees_round(ratings, viewer.user_id, round) {
            super::consensus::standing(ratings, round)
        } else if round > 1 && reviewer_sees_round(ratings, viewer.user_id, round - 1) {
            super::consensus::standing(ratings, round - 1)
        } else {
            Vec::new()
        }
    } else if is_chair || viewer.is_secretariat() {
        ratings.iter().filter(|r| r.round == round && r.counts()).collect()
    } else {
        Vec::new()
    };
    let scores: Vec<u8> = shown.iter().map(|r| r.score.value()).collect();
    let median = super::consensus::stats(&scores).map(|s| s.median);
    let order = letters(ratings);
    let mut others: Vec<OtherRating> = shown
        .iter()
        .filter(|r| r.expert != viewer.user_id)
        .map(|r| OtherRating {
            reviewer: crate::i18n::words::reviewer(order.iter().position(|e| *e == r.expert).unwrap_or(0)),
            score: r.score,
            justification: r.justification.clone(),
            round: r.round,
        })
        .collect();
    others.sort_by(|a, b| a.score.cmp(&b.score).then_with(|| a.reviewer.cmp(&b.reviewer)));
    (others, median)
}

/// Whether the reconciliation queue shows an item's scores, median and spread to the viewer: not to
/// one of its reviewers (a chair who reviews) while its round is open and their own rating for it
/// is not in.
pub fn queue_shows_scores(is_reviewer: bool, round_open: bool, own_submitted: bool) -> bool {
    !is_reviewer || !round_open || own_submitted
}

/// Why someone may not moderate an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModerationRefused {
    /// Neither the panel's chair nor the secretariat.
    NotAModerator,
    /// The chair reviewed the item: the secretariat moderates it.
    OwnItem,
}

impl Actor {
    /// Moderating (and writing the statement of) an item: the secretariat always; its panel's chair
    /// (not in conflict with the city: the caller checks, as for every access to the item), unless
    /// the chair reviewed the item; nobody else.
    pub fn may_moderate(&self, is_chair: bool, reviewed_it: bool) -> Result<(), ModerationRefused> {
        if self.is_secretariat() {
            Ok(())
        } else if !is_chair {
            Err(ModerationRefused::NotAModerator)
        } else if reviewed_it {
            Err(ModerationRefused::OwnItem)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, city_id: Option<i32>) -> Actor {
        Actor {
            user_id: 1,
            role,
            city_id,
        }
    }

    #[test]
    fn cities_are_visible_to_the_secretariat_and_their_own_coordinators() {
        assert_eq!(actor(Role::Secretariat, None).city_access(7), Access::Allowed);
        assert_eq!(actor(Role::City, Some(7)).city_access(7), Access::Allowed);
        assert_eq!(actor(Role::City, Some(7)).city_access(8), Access::Hidden);
        assert_eq!(actor(Role::Expert, None).city_access(7), Access::Forbidden);
        assert_eq!(actor(Role::City, Some(7)).city_list_scope(), Ok(Some(7)));
        assert_eq!(actor(Role::Expert, None).city_list_scope(), Err(Access::Forbidden));
        assert!(!actor(Role::City, Some(7)).may_administer());
        assert!(actor(Role::Secretariat, None).may_administer());
    }

    #[test]
    fn reports_are_seen_by_their_city_the_secretariat_and_assigned_experts_in_review() {
        use CycleState::*;
        let city = actor(Role::City, Some(7));
        assert_eq!(city.report_access(7, true, false, Collecting), Access::Allowed);
        assert_eq!(city.report_access(8, true, false, Collecting), Access::Hidden);
        assert_eq!(city.report_access(7, false, false, Collecting), Access::Hidden);
        let sec = actor(Role::Secretariat, None);
        assert_eq!(sec.report_access(7, true, false, Draft), Access::Allowed);
        assert_eq!(sec.report_access(7, false, false, Draft), Access::Hidden);
        let expert = actor(Role::Expert, None);
        assert_eq!(expert.report_access(7, true, true, Collecting), Access::Hidden);
        assert_eq!(expert.report_access(7, true, true, Reviewing), Access::Allowed);
        assert_eq!(expert.report_access(7, true, false, Reviewing), Access::Hidden);
        assert!(city.may_write_report(7) && !city.may_write_report(8));
        assert!(!sec.may_write_report(7) && !expert.may_write_report(7));
        assert_eq!(sec.cycle_access(), Access::Allowed);
        assert_eq!(city.cycle_access(), Access::Forbidden);
    }

    #[test]
    fn ratings_stay_hidden_until_ones_own_is_in() {
        let expert = actor(Role::Expert, None);
        assert_eq!(expert.item_access(true, false, true), Access::Allowed);
        assert_eq!(expert.item_access(false, true, true), Access::Allowed);
        assert_eq!(expert.item_access(false, false, true), Access::Hidden);
        assert_eq!(expert.item_access(true, false, false), Access::Hidden);
        assert_eq!(expert.item_access(false, true, false), Access::Hidden);
        assert_eq!(
            actor(Role::City, Some(1)).item_access(false, false, true),
            Access::Hidden
        );
        assert_eq!(
            actor(Role::Secretariat, None).item_access(false, false, false),
            Access::Allowed
        );
    }

    #[test]
    fn expert_profiles_are_their_own_and_the_secretariats() {
        let me = Actor {
            user_id: 5,
            role: Role::Expert,
            city_id: None,
        };
        assert_eq!(me.expert_access(5), Access::Allowed);
        assert_eq!(me.expert_access(6), Access::Hidden);
        assert_eq!(actor(Role::Secretariat, None).expert_access(6), Access::Allowed);
        assert_eq!(actor(Role::City, Some(1)).expert_access(6), Access::Forbidden);
    }

    fn r(id: i32, expert: i32, round: i16, score: u8, submitted: bool, first_submitted: Option<i64>) -> Rating {
        Rating {
            id,
            expert,
            round,
            score: Score::try_from(i64::from(score)).unwrap(),
            justification: format!("by {expert} in round {round}"),
            confidence: None,
            submitted,
            version: 1,
            created_at: time::OffsetDateTime::UNIX_EPOCH,
            first_submitted_at: first_submitted.map(|s| time::OffsetDateTime::UNIX_EPOCH + time::Duration::seconds(s)),
            set_aside: false,
        }
    }

    fn viewer(id: i32) -> Actor {
        Actor {
            user_id: id,
            role: Role::Expert,
            city_id: None,
        }
    }

    #[test]
    fn letters_follow_first_submission_and_skip_drafts() {
        // Expert 7 saved a draft first (rating 1) but submitted last; expert 9 only has a draft.
        let ratings = vec![
            r(1, 7, 1, 3, true, Some(30)),
            r(2, 8, 1, 4, true, Some(10)),
            r(3, 9, 1, 2, false, None),
            r(4, 6, 1, 5, true, Some(20)),
        ];
        assert_eq!(letters(&ratings), vec![8, 6, 7]);
        // Expert 6 sees B? No: 6 is "Reviewer B"; the others are A (8) and C (7), no gap for 9.
        let (others, median) = others_for(&ratings, &viewer(6), 1, true, false);
        let labels: Vec<&str> = others.iter().map(|o| o.reviewer.as_str()).collect();
        assert_eq!(labels, ["Reviewer C", "Reviewer A"], "in score order: 3 then 4");
        assert_eq!(median, Some(4));
        // A revision by expert 8 keeps their letter.
        let mut later = ratings.clone();
        later.push(r(5, 8, 2, 4, true, Some(40)));
        assert_eq!(letters(&later), vec![8, 6, 7]);
    }

    #[test]
    fn a_reviewer_sees_nothing_of_a_round_before_their_own_is_in_chair_or_not() {
        let ratings = vec![r(1, 1, 1, 2, true, Some(1)), r(2, 2, 1, 5, true, Some(2))];
        // Expert 3 reviews the item and chairs its panel: blind until they submit.
        assert_eq!(others_for(&ratings, &viewer(3), 1, true, true), (vec![], None));
        let mut with_draft = ratings.clone();
        with_draft.push(r(3, 3, 1, 4, false, None));
        assert_eq!(
            others_for(&with_draft, &viewer(3), 1, true, true),
            (vec![], None),
            "a draft opens nothing"
        );
        let mut with_own = ratings.clone();
        with_own.push(r(3, 3, 1, 4, true, Some(3)));
        assert_eq!(others_for(&with_own, &viewer(3), 1, true, true).0.len(), 2);
        // A chair who does not review the item, and the secretariat, see the round's ratings.
        assert_eq!(others_for(&ratings, &viewer(4), 1, false, true).0.len(), 2);
        let secretariat = Actor {
            user_id: 99,
            role: Role::Secretariat,
            city_id: None,
        };
        assert_eq!(others_for(&ratings, &secretariat, 1, false, false).0.len(), 2);
        // Someone else sees nothing.
        assert_eq!(others_for(&ratings, &viewer(5), 1, false, false), (vec![], None));
    }

    #[test]
    fn in_a_revision_round_only_those_who_rated_the_first_see_it() {
        let ratings = vec![r(1, 1, 1, 1, true, Some(1)), r(2, 2, 1, 5, true, Some(2))];
        // Expert 1 revises against the first round: they see expert 2's first-round rating.
        let (others, _) = others_for(&ratings, &viewer(1), 2, true, false);
        assert_eq!(others.len(), 1);
        assert_eq!(others[0].round, 1);
        // Expert 3 joined late (a refill) and never rated the first round: nothing until they rate.
        assert_eq!(others_for(&ratings, &viewer(3), 2, true, false), (vec![], None));
        let mut rated = ratings.clone();
        rated.push(r(3, 3, 2, 3, true, Some(3)));
        assert_eq!(others_for(&rated, &viewer(3), 2, true, false).0.len(), 2);
    }

    #[test]
    fn the_queue_hides_an_open_rounds_scores_from_a_reviewer_who_has_not_rated() {
        assert!(!queue_shows_scores(true, true, false));
        assert!(queue_shows_scores(true, true, true));
        assert!(queue_shows_scores(true, false, false), "a settled round hides nothing");
        assert!(queue_shows_scores(false, true, false), "a chair who does not review");
    }

    #[test]
    fn chairs_moderate_except_their_own_items() {
        let chair = viewer(1);
        assert_eq!(chair.may_moderate(true, false), Ok(()));
        assert_eq!(chair.may_moderate(true, true), Err(ModerationRefused::OwnItem));
        assert_eq!(chair.may_moderate(false, false), Err(ModerationRefused::NotAModerator));
        assert_eq!(actor(Role::Secretariat, None).may_moderate(false, true), Ok(()));
    }
}
