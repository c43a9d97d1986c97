//! The background worker that runs in every app node: every few seconds it closes the revision
//! rounds whose deadline passed, queues the reminders that are due, gathers the daily digests that
//! are due, and sends the outbox. Work that
//! must happen once across nodes is made so by the database (the cycle's lock when settling, the
//! outbox's dedupe keys and claims), never by which node runs it.
use std::time::Duration;

use crate::app::App;

/// Runs the worker until the process ends. Without an SMTP host, mail stays queued in the outbox
/// (it is sent once a host is configured); rounds still close and reminders are still queued.
pub fn spawn(app: App) {
    let settings = app.settings.mail.clone();
    let public_url = app.settings.auth.public_url.clone();
    let tick = Duration::from_secs(app.settings.worker.tick_secs);
    let worker = format!(
        "{}-{}",
        std::process::id(),
        crate::domain::token::random_secret().get(..8).unwrap_or("x")
    );
    tokio::spawn(async move {
        let mailer = if settings.smtp_host.is_empty() {
            tracing::info!("mail.smtp_host is not set: e-mail is queued in the outbox but not sent");
            None
        } else {
            if crate::config::is_local_address(&public_url) {
                tracing::warn!(
                    public_url = %public_url,
                    "auth.public_url is a local address, and every link in every e-mail starts with it: set \
                     auth.public_url (LCREVIEW_AUTH__PUBLIC_URL) to the address people use to reach the service"
                );
            }
            match crate::mail::worker::transport(&settings) {
                Ok(m) => {
                    tracing::info!(host = %settings.smtp_host, port = settings.smtp_port, worker = %worker, "mail sender started");
                    Some(m)
                }
                Err(e) => {
                    tracing::error!(error = %e, "mail: cannot set up the SMTP transport; no e-mail will be sent");
                    None
                }
            }
        };
        let mut last_tick = tokio::time::Instant::now() - tick;
        loop {
            if last_tick.elapsed() >= tick {
                last_tick = tokio::time::Instant::now();
                let now = crate::store::now();
                if let Err(e) = crate::app::consensus::close_due_rounds(&app, now).await {
                    tracing::warn!(error = %e, "worker: closing due rounds failed; trying again later");
                }
                if let Err(e) = crate::app::reviews::due_reminders(&app, now).await {
                    tracing::warn!(error = %e, "worker: queueing reminders failed; trying again later");
                }
                if let Err(e) = crate::app::notify::send_digests(&app, now).await {
                    tracing::warn!(error = %e, "worker: gathering daily digests failed; trying again later");
                }
                match crate::app::auth::purge(&app, now).await {
                    Ok((0, 0)) => {}
                    Ok((sessions, sign_ins)) => {
                        tracing::info!(sessions, sign_ins, "ended sessions and abandoned sign-ins purged");
                    }
                    Err(e) => tracing::warn!(error = %e, "worker: purging sessions failed; trying again later"),
                }
            }
            if let Some(mailer) = &mailer {
                match crate::mail::worker::deliver(&app.db, &settings, mailer, &worker).await {
                    Ok((0, 0)) => {}
                    Ok((sent, failed)) => tracing::info!(sent, failed, "mail sent"),
                    Err(e) => tracing::warn!(error = %e, "mail: a pass failed; trying again later"),
                }
            }
            tokio::time::sleep(Duration::from_secs(settings.poll_secs).min(tick)).await;
        }
    });
}
