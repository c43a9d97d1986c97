//! The JSON API, version 1 (`../shared/spec/api-v1.md`). One module per resource, each with its
//! `router()` and its OpenAPI paths; they are merged here, with the OpenAPI document.
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;

use crate::web::AppState;

mod assignment;
mod cities;
pub mod consensus;
mod cycles;
mod experts;
mod framework;
mod health;
pub mod items;
mod outbox;
pub mod profile;
mod users;
mod workspace;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "lcreview API",
        description = "Expert review of learning cities' reports against the UNESCO Key Features of Learning Cities. \
                       Authenticate with `Authorization: Bearer <token>`. Errors are \
                       `{\"error\": {\"code\", \"message\", \"field\"?}}`.",
    ),
    modifiers(&BearerAuth),
    components(schemas(crate::web::error::ErrorBody)),
    tags(
        (name = "framework", description = "The Key Features of Learning Cities"),
        (name = "users", description = "Accounts and API tokens"),
        (name = "cities", description = "The city register"),
        (name = "cycles", description = "Review cycles and their panels"),
        (name = "reports", description = "Cities' reports in a cycle"),
        (name = "experts", description = "Experts' profiles and conflicts of interest"),
        (name = "assignment", description = "Assignment of experts to cities and panels"),
        (name = "rating", description = "Experts' ratings of review items"),
        (name = "consensus", description = "Reconciliation, moderation, feedback and agreement"),
        (name = "profile", description = "Cities' published results"),
        (name = "mail", description = "The e-mail the service sends: the outbox and the templates"),
        (name = "health", description = "Service health"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(health::router())
        .merge(framework::router())
        .merge(users::router())
        .merge(cities::router())
        .merge(cycles::router())
        .merge(experts::router())
        .merge(assignment::router())
        .merge(items::router())
        .merge(consensus::router())
        .merge(profile::router())
        .merge(outbox::router())
        .merge(workspace::router())
}
