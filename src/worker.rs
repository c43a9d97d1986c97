//! The background worker that runs in every app node: every few seconds it queues the reminders
//! that are due, then sends the outbox. Work that must happen once across nodes is made so by the
//! database (the outbox's dedupe keys and claims), never by which node runs it.
use std::time::Duration;

use crate::app::App;

/// Runs the worker until the process ends. Without an SMTP host, nothing is sent: mail stays queued
/// (and reminders are not queued either, as nobody would receive them).
pub fn spawn(app: App) {
    let settings = app.settings.mail.clone();
    if settings.smtp_host.is_empty() {
        tracing::info!("mail.smtp_host is not set: e-mail is queued in the outbox but not sent");
        return;
    }
    let worker = format!(
        "{}-{}",
        std::process::id(),
        crate::domain::token::random_secret().get(..8).unwrap_or("x")
    );
    tokio::spawn(async move {
        let mailer = match crate::mail::worker::transport(&settings) {
            Ok(m) => m,
            Err(e) => {
                tracing::error!(error = %e, "mail: cannot set up the SMTP transport; no e-mail will be sent");
                return;
            }
        };
        tracing::info!(host = %settings.smtp_host, port = settings.smtp_port, worker = %worker, "mail sender started");
        loop {
            if let Err(e) = crate::app::reviews::due_reminders(&app, crate::store::now()).await {
                tracing::warn!(error = %e, "worker: queueing reminders failed; trying again later");
            }
            match crate::mail::worker::deliver(&app.db, &settings, &mailer, &worker).await {
                Ok((0, 0)) => {}
                Ok((sent, failed)) => tracing::info!(sent, failed, "mail sent"),
                Err(e) => tracing::warn!(error = %e, "mail: a pass failed; trying again later"),
            }
            tokio::time::sleep(Duration::from_secs(settings.poll_secs)).await;
        }
    });
}
