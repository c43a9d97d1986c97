//! Sending the outbox over SMTP: claim due messages, send them, mark them sent or retry later.
//! Runs in every app node (`crate::worker`); the outbox's claims keep each message to one node.
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message as Email, Tokio1Executor};
use sea_orm::DatabaseConnection;

use crate::config::{MailSettings, SmtpTls};
use crate::store::{self, StoreError};

pub fn transport(settings: &MailSettings) -> anyhow::Result<AsyncSmtpTransport<Tokio1Executor>> {
    let host = settings.smtp_host.as_str();
    let builder = match settings.smtp_tls {
        SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
        SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?,
        SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
    };
    let mut builder = builder.port(settings.smtp_port).timeout(Some(Duration::from_secs(20)));
    if !settings.smtp_username.is_empty() {
        builder = builder.credentials(Credentials::new(
            settings.smtp_username.clone(),
            settings.smtp_password.clone(),
        ));
    }
    Ok(builder.build())
}

/// Sends what is due in the outbox. Returns (sent, failed).
pub async fn deliver(
    db: &DatabaseConnection,
    settings: &MailSettings,
    mailer: &AsyncSmtpTransport<Tokio1Executor>,
    worker: &str,
) -> Result<(usize, usize), StoreError> {
    let (mut sent, mut failed) = (0, 0);
    loop {
        let batch = store::outbox::claim(db, worker, 20).await?;
        if batch.is_empty() {
            break;
        }
        for m in batch {
            match send(settings, mailer, &m).await {
                Ok(()) => {
                    store::outbox::mark_sent(db, m.id).await?;
                    sent += 1;
                }
                Err(e) => {
                    tracing::warn!(message_id = m.id, error = %e, "sending failed; will retry");
                    store::outbox::mark_failed(db, &m, &e.to_string(), settings.max_attempts, settings.retry_secs)
                        .await?;
                    failed += 1;
                }
            }
        }
    }
    Ok((sent, failed))
}

async fn send(
    settings: &MailSettings,
    mailer: &AsyncSmtpTransport<Tokio1Executor>,
    m: &entity::outbox::Model,
) -> anyhow::Result<()> {
    let from: Mailbox = settings.from.parse()?;
    let to: Mailbox = m.to_address.parse()?;
    let email = Email::builder()
        .from(from)
        .to(to)
        .subject(m.subject.clone())
        .multipart(MultiPart::alternative_plain_html(
            m.body_text.clone(),
            m.body_html.clone(),
        ))?;
    mailer.send(email).await?;
    Ok(())
}
