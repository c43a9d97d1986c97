//! Who may see what: the one place that decides it. Handlers ask here and turn the answer into
//! 403 (may not act at all) or 404 (may not know the object exists).
use super::cycle::CycleState;
use super::rating::{Rating, reviewer_label};
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
    /// narrative is not the experts' to read yet), and the secretariat. Anyone else is told nothing
    /// (404), whatever their role.
    pub fn item_access(&self, is_reviewer: bool, is_chair: bool, review_started: bool) -> Access {
        match self.role {
            Role::Secretariat => Access::Allowed,
            Role::Expert if (is_reviewer || is_chair) && review_started => Access::Allowed,
            _ => Access::Hidden,
        }
    }

    /// Whether the caller sees the other reviewers' ratings of an item. A reviewer sees none before
    /// submitting their own rating for the round, so as not to be swayed (even when they also chair
    /// the panel); the chair and the secretariat, who moderate, see them.
    pub fn sees_other_ratings(&self, is_reviewer: bool, own_submitted: bool, is_chair: bool) -> bool {
        if is_reviewer {
            own_submitted
        } else {
            is_chair || self.is_secretariat()
        }
    }

    /// Managing accounts, tokens and the city register.
    pub fn may_administer(&self) -> bool {
        self.is_secretariat()
    }
}

/// Another reviewer's rating as a viewer may see it: a label, never an identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherRating {
    pub reviewer: String,
    pub score: Score,
    pub justification: String,
    pub round: i16,
}

/// What `viewer` sees of the other reviewers' ratings of an item in `round`, and the median of the
/// ratings shown. A reviewer sees this round's once their own is in (in a revision round, with the
/// previous rating of those who have not revised yet); in a revision round, before that, the
/// previous round's (which they revise against); the chair and the secretariat see the round's.
pub fn others_for(
    ratings: &[Rating],
    viewer: &Actor,
    round: i16,
    is_reviewer: bool,
    is_chair: bool,
) -> (Vec<OtherRating>, Option<u8>) {
    let own_submitted = ratings
        .iter()
        .any(|r| r.expert == viewer.user_id && r.round == round && r.submitted);
    if !viewer.sees_other_ratings(is_reviewer, own_submitted || round > 1, is_chair) {
        return (vec![], None);
    }
    let shown = if !is_reviewer || own_submitted {
        round
    } else {
        round - 1
    };
    // Letters follow the order in which reviewers first rated this item.
    let mut order: Vec<i32> = Vec::new();
    for r in ratings {
        if !order.contains(&r.expert) {
            order.push(r.expert);
        }
    }
    let in_round: Vec<&Rating> = if is_reviewer && own_submitted && round > 1 {
        // A reviewer who has revised sees each other reviewer's latest rating: this round's if
        // they have revised too, otherwise the previous one, which stands if they do not (the
        // settling rule). The round of each is shown with it.
        let mut latest: Vec<&Rating> = Vec::new();
        for r in ratings.iter().filter(|r| r.submitted && r.round <= round) {
            match latest.iter_mut().find(|l| l.expert == r.expert) {
                Some(l) if l.round < r.round => *l = r,
                Some(_) => {}
                None => latest.push(r),
            }
        }
        latest
    } else {
        ratings.iter().filter(|r| r.round == shown && r.submitted).collect()
    };
    let scores: Vec<u8> = in_round.iter().map(|r| r.score.value()).collect();
    let median = super::consensus::stats(&scores).map(|s| s.median);
    let others = in_round
        .iter()
        .filter(|r| r.expert != viewer.user_id)
        .map(|r| OtherRating {
            reviewer: reviewer_label(order.iter().position(|e| *e == r.expert).unwrap_or(0)),
            score: r.score,
            justification: r.justification.clone(),
            round: r.round,
        })
        .collect();
    (others, median)
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
        assert!(!expert.sees_other_ratings(true, false, false));
        assert!(
            !expert.sees_other_ratings(true, false, true),
            "a chair who reviews submits first"
        );
        assert!(expert.sees_other_ratings(true, true, false));
        assert!(expert.sees_other_ratings(false, false, true));
        assert!(actor(Role::Secretariat, None).sees_other_ratings(false, false, false));
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
}
