//! `/`: a welcome for visitors; each signed-in role gets its own home page.
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use maud::Markup;

use crate::domain::framework::Source;
use crate::domain::user::Role;
use crate::startup::AppState;
use crate::store;
use crate::views::home;
use crate::web::auth::session::Visitor;
use crate::web::error::PageError;

pub fn router() -> Router<AppState> {
    Router::new().route("/", get(start_page))
}

async fn start_page(State(state): State<AppState>, visitor: Visitor) -> Result<Markup, PageError> {
    let shell = visitor.shell();
    let Some(session) = &visitor.0 else {
        let fw = state.frameworks.default_edition();
        return Ok(home::welcome(
            &shell,
            &home::HomeView {
                edition_title: &fw.title,
                measurement_count: fw.measurements().count(),
                expert_review_count: fw.measurements().filter(|m| m.source == Source::ExpertReview).count(),
            },
        ));
    };
    Ok(match session.user.role {
        Role::Secretariat => home::secretariat(
            &shell,
            &home::SecretariatHome {
                users: store::users::list(&state.db).await?.len(),
                cities: store::cities::list(&state.db, None).await?.len(),
            },
        ),
        Role::Expert => super::reviews::expert_home(&state, session).await?,
        Role::City => {
            let city = match session.user.city_id {
                Some(id) => store::cities::get(&state.db, id).await?,
                None => None,
            };
            let cycles = match &city {
                Some(c) => super::cycles::city_cycles(&state, c.id)
                    .await?
                    .into_iter()
                    .map(|(cycle, report)| home::CityCycle {
                        cycle_id: cycle.id,
                        name: cycle.name,
                        cycle_state: cycle.state.label(),
                        report_state: report.label(),
                    })
                    .collect(),
                None => Vec::new(),
            };
            home::city(&shell, city.as_ref(), &cycles)
        }
    })
}
