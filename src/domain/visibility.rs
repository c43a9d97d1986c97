//! Who may see what: the one place that decides it. Handlers ask here and turn the answer into
//! 403 (may not act at all) or 404 (may not know the object exists).
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

    /// Managing accounts, tokens and the city register.
    pub fn may_administer(&self) -> bool {
        self.is_secretariat()
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
}
