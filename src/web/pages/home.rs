//! `/`: a welcome for visitors; each signed-in role gets its own home page.
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use maud::Markup;

use crate::app;
use crate::domain::framework::Source;
use crate::domain::user::Role;
use crate::tr;
use crate::views::{home, words};
use crate::web::AppState;
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
        Role::Secretariat => {
            let staff = app::Staff::of(&session.user)?;
            let counts = app::users::counts(&state, &staff).await?;
            home::secretariat(
                &shell,
                &home::SecretariatHome {
                    users: counts.users,
                    cities: counts.cities,
                },
            )
        }
        Role::Expert => super::reviews::expert_home(&state, session).await?,
        Role::City => {
            let city = match session.user.city_id {
                Some(id) => Some(app::cities::get(&state, &session.user, id).await?),
                None => None,
            };
            let cycles = app::cycles::of_city(&state, &session.user)
                .await?
                .into_iter()
                .map(|(cycle, report)| {
                    use crate::domain::report::{NextStep, next_step};
                    let by = crate::format::deadline(cycle.deadlines.submission, session.user.time_zone.as_deref());
                    let step = next_step(cycle.state, report);
                    let next = match step {
                        NextStep::Wait => tr!("home-next-wait"),
                        NextStep::Write => tr!("home-next-write", deadline = by),
                        NextStep::Resubmit => tr!("home-next-resubmit"),
                        NextStep::Submitted => tr!("home-next-submitted"),
                        NextStep::InReview => tr!("home-next-in-review"),
                        NextStep::OutOfReview => tr!("home-next-out-of-review"),
                        NextStep::ReadResults => tr!("home-next-read-results"),
                    };
                    home::CityCycle {
                        cycle_id: cycle.id,
                        name: cycle.name,
                        cycle_state: words::cycle_state(cycle.state),
                        report_state: words::report_state(report),
                        next,
                        urgent: matches!(step, NextStep::Write | NextStep::Resubmit),
                        published: step == NextStep::ReadResults,
                    }
                })
                .collect::<Vec<_>>();
            home::city(&shell, city.as_ref(), &cycles)
        }
    })
}
