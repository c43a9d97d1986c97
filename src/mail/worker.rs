//! The sender: every few seconds it queues the reminders that are due, then claims due messages from
//! the outbox and sends them over SMTP. Runs in every app node; the outbox's claims keep each
//! message to one node.
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message as Email, Tokio1Executor};
use sea_orm::DatabaseConnection;
use time::OffsetDateTime;

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

/// Queues the reminders due at `at`: for each cycle in review with a review deadline, each reminder
/// point (days before the deadline) that has come, and each expert with ratings still to submit.
/// The dedupe key makes each (cycle, expert, point) go out once, however often this runs and on
/// however many nodes.
pub async fn queue_reminders(
    db: &DatabaseConnection,
    settings: &MailSettings,
    public_url: &str,
    at: OffsetDateTime,
) -> Result<usize, StoreError> {
    let mut queued = 0;
    for cycle in store::cycles::list(db, None).await? {
        if cycle.state != crate::domain::cycle::CycleState::Reviewing {
            continue;
        }
        let Some(deadline) = cycle.deadlines.review else {
            continue;
        };
        if at >= deadline {
            continue;
        }
        let due: Vec<u32> = settings
            .reminder_days
            .iter()
            .copied()
            .filter(|d| at >= deadline - time::Duration::days(i64::from(*d)))
            .collect();
        // Only the latest point that has come: an expert is not sent the 7-day and 2-day reminders
        // together when the cycle opened late.
        let Some(point) = due.into_iter().min() else { continue };
        queued += remind(db, &cycle, None, Some(point), public_url).await?;
    }
    Ok(queued)
}

/// Queues a reminder to each expert of `cycle` with ratings still to submit (or only `expert`).
/// `point` is the reminder point for scheduled reminders (deduplicated); None for "remind now".
pub async fn remind(
    db: &DatabaseConnection,
    cycle: &store::cycles::Cycle,
    expert: Option<i32>,
    point: Option<u32>,
    public_url: &str,
) -> Result<usize, StoreError> {
    let progress = store::ratings::progress(db, cycle.id).await?;
    let deadline = crate::views::cycles::date(cycle.deadlines.review);
    let txn = store::begin_write(db).await?;
    let mut queued = 0;
    for (expert_id, unfinished) in progress.behind {
        if expert.is_some_and(|e| e != expert_id) {
            continue;
        }
        let Some(user) = store::users::get(&txn, expert_id).await? else {
            continue;
        };
        let key = point.map(|p| format!("reminder:{}:{}:{}", cycle.id, expert_id, p));
        let m = super::templates::reminder(
            &user.email,
            &user.name,
            &cycle.name,
            &deadline,
            unfinished,
            public_url,
            key,
        );
        if store::outbox::enqueue(&txn, m).await? {
            queued += 1;
        }
    }
    txn.commit().await?;
    Ok(queued)
}

/// One pass: queue due reminders, then send what is due. Returns (sent, failed).
pub async fn tick(
    db: &DatabaseConnection,
    settings: &MailSettings,
    public_url: &str,
    mailer: &AsyncSmtpTransport<Tokio1Executor>,
    worker: &str,
) -> Result<(usize, usize), StoreError> {
    queue_reminders(db, settings, public_url, store::now()).await?;
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
                    store::outbox::mark_failed(db, &m, &e.to_string(), settings.max_attempts).await?;
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

/// Runs the sender until the process ends. Without an SMTP host, nothing is sent: mail stays queued.
pub fn spawn(db: DatabaseConnection, settings: MailSettings, public_url: String) {
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
        let mailer = match transport(&settings) {
            Ok(m) => m,
            Err(e) => {
                tracing::error!(error = %e, "mail: cannot set up the SMTP transport; no e-mail will be sent");
                return;
            }
        };
        tracing::info!(host = %settings.smtp_host, port = settings.smtp_port, worker = %worker, "mail sender started");
        loop {
            match tick(&db, &settings, &public_url, &mailer, &worker).await {
                Ok((0, 0)) => {}
                Ok((sent, failed)) => tracing::info!(sent, failed, "mail sent"),
                Err(e) => tracing::warn!(error = %e, "mail: a pass failed; trying again later"),
            }
            tokio::time::sleep(Duration::from_secs(settings.poll_secs)).await;
        }
    });
}
