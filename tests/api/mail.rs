//! E-mail against a real SMTP server (PyPI aiosmtpd, storing every message in a maildir): notices
//! arrive, reminders go to the right experts once each, and two senders on one database send each
//! message exactly once.
use std::path::PathBuf;
use std::time::Duration;

use lcreview::config::{Settings, SmtpTls};
use lcreview::store;
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::helpers::{TestApp, json_of};

pub struct SmtpServer {
    pub port: u16,
    dir: tempfile::TempDir,
    _process: tokio::process::Child,
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let process = tokio::process::Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(dir.path().join("maildir"))
            .kill_on_drop(true)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("python3 -m aiosmtpd (installed by tests/run.sh)");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        SmtpServer {
            port,
            dir,
            _process: process,
        }
    }

    /// Every message received so far, raw.
    pub fn messages(&self) -> Vec<String> {
        let new: PathBuf = self.dir.path().join("maildir").join("new");
        let Ok(entries) = std::fs::read_dir(new) else {
            return vec![];
        };
        entries
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .collect()
    }

    /// Waits until at least `n` messages arrived (or 20 s passed), then returns them all.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        for _ in 0..200 {
            let m = self.messages();
            if m.len() >= n {
                return m;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.messages()
    }

    pub fn configure(&self, s: &mut Settings) {
        s.mail.smtp_host = "127.0.0.1".into();
        s.mail.smtp_port = self.port;
        s.mail.smtp_tls = SmtpTls::None;
        s.mail.poll_secs = 1;
    }
}

fn header<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    raw.lines().find_map(|l| l.strip_prefix(&format!("{name}: ")))
}

const JUSTIFICATION: &str = "The report shows a city-wide strategy with a budget, a timeline and named owners.";

/// One city, two assigned experts (k = 2), a cycle in review: returns the app, the secretariat token,
/// the cycle id and the experts (id, token, e-mail).
async fn reviewing(smtp: &SmtpServer) -> (TestApp, String, i64, Vec<(i32, String, String)>) {
    let app = TestApp::spawn_with(|s| smtp.configure(s)).await;
    let c = crate::helpers::one_panel_cycle(&app, &[5, 5], 2, None, true).await;
    (app, c.sec, c.cycle, c.experts)
}

#[tokio::test]
async fn assignment_notices_arrive_and_name_no_co_reviewer() {
    let smtp = SmtpServer::start().await;
    let (_app, _, _, experts) = reviewing(&smtp).await;
    // Two notices, and the city's receipt for its report.
    let messages = smtp.wait_for(3).await;
    assert_eq!(messages.len(), 3, "one notice per expert, one receipt");
    for (_, _, email) in &experts {
        let mine: Vec<&String> = messages
            .iter()
            .filter(|m| header(m, "To").is_some_and(|t| t.contains(email.as_str())))
            .collect();
        assert_eq!(mine.len(), 1, "{email}");
        let m = mine[0];
        assert!(header(m, "Subject").unwrap().contains("Your review assignment"));
        assert!(m.contains("Cork"));
        for (_, _, other) in experts.iter().filter(|(_, _, e)| e != email) {
            assert!(
                !m.contains(other.as_str()),
                "a co-reviewer's address in {email}'s notice"
            );
        }
    }
}

#[tokio::test]
async fn reminders_go_to_experts_with_unfinished_ratings_once() {
    let smtp = SmtpServer::start().await;
    let (app, sec, cycle, experts) = reviewing(&smtp).await;
    // The two assignment notices and the city's receipt.
    smtp.wait_for(3).await;
    // Expert 0 submits everything; expert 1 nothing.
    let items = json_of(app.get("/api/v1/me/items", Some(&experts[0].1)).await).await;
    for i in items.as_array().unwrap() {
        let r = app
            .put(
                &format!("/api/v1/items/{}/rating", i["id"]),
                Some(&experts[0].1),
                &json!({"score": 4, "justification": JUSTIFICATION, "submit": true}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    // The deadline is in a day: the 2-day reminder point has come.
    let deadline = (time::OffsetDateTime::now_utc() + time::Duration::days(1))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    app.db
        .execute_unprepared(&format!("UPDATE cycles SET review_deadline = '{deadline}'"))
        .await
        .unwrap();
    let messages = smtp.wait_for(4).await;
    // Let the sender run a few more passes: still one reminder.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let reminders: Vec<String> = smtp
        .messages()
        .into_iter()
        .filter(|m| header(m, "Subject").is_some_and(|s| s.starts_with("Reminder")))
        .collect();
    assert!(messages.len() >= 4);
    assert_eq!(
        reminders.len(),
        1,
        "one reminder, to the expert with unfinished ratings"
    );
    assert!(header(&reminders[0], "To").unwrap().contains(&experts[1].2));
    assert!(header(&reminders[0], "Subject").unwrap().contains("3 rating(s)"));

    // "Remind now" reaches the same expert again, and only them.
    let r = app
        .post(&format!("/api/v1/cycles/{cycle}/remind"), Some(&sec), None)
        .await;
    assert_eq!(json_of(r).await["queued"], 1);
    let all = smtp.wait_for(5).await;
    assert_eq!(all.len(), 5);
}

#[tokio::test]
async fn two_senders_on_one_database_send_each_message_once() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|s| smtp.configure(s)).await;
    // A second node on the same database.
    let mut settings = crate::helpers::settings_for(&app.database_url);
    smtp.configure(&mut settings);
    let second = lcreview::startup::Application::build(settings).await.unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(second.run_until(async {
        let _ = rx.await;
    }));
    let n = 40;
    for i in 0..i32::try_from(n).unwrap() {
        let to = lcreview::read::User {
            id: i,
            email: format!("expert{i}@example.org"),
            name: "Expert".into(),
            ..lcreview::mail::templates::sample_recipient()
        };
        let m = lcreview::mail::templates::Mail::Reminder {
            cycle: "Review 2026".into(),
            phase: lcreview::domain::cycle::DeadlineKind::Review,
            deadline: None,
            unfinished: 1,
            url: "http://127.0.0.1/".into(),
        }
        .render(&to);
        store::outbox::enqueue(&app.db, m).await.unwrap();
    }
    let messages = smtp.wait_for(n).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let messages = if smtp.messages().len() > messages.len() {
        smtp.messages()
    } else {
        messages
    };
    assert_eq!(messages.len(), n, "each message exactly once");
    let mut to: Vec<&str> = messages.iter().filter_map(|m| header(m, "To")).collect();
    to.sort_unstable();
    to.dedup();
    assert_eq!(to.len(), n);
    let _ = tx.send(());
}

/// A message's decoded subject, its plain text and its HTML part.
fn parts_of(raw: &str) -> (String, String, String) {
    use mailparse::MailHeaderMap;
    let parsed = mailparse::parse_mail(raw.as_bytes()).expect("a message");
    let subject = parsed.headers.get_first_value("Subject").unwrap_or_default();
    let mut text = String::new();
    let mut html = String::new();
    let mut all = vec![&parsed];
    while let Some(p) = all.pop() {
        match p.ctype.mimetype.as_str() {
            "text/plain" => text = p.get_body().unwrap_or_default(),
            "text/html" => html = p.get_body().unwrap_or_default(),
            _ => all.extend(p.subparts.iter()),
        }
    }
    (subject, text, html)
}

#[tokio::test]
async fn each_expert_is_written_to_in_their_own_language() {
    use lcreview::i18n::{Locale, with};
    let smtp = SmtpServer::start().await;
    let (app, sec, cycle, experts) = reviewing(&smtp).await;
    smtp.wait_for(3).await;
    // One expert reads French, the other Arabic; the secretariat asks in English.
    for ((_, token, _), language) in experts.iter().zip(["fr", "ar"]) {
        let r = app
            .put("/api/v1/me/preferences", Some(token), &json!({"language": language}))
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    let r = app
        .post(&format!("/api/v1/cycles/{cycle}/remind"), Some(&sec), None)
        .await;
    assert_eq!(json_of(r).await["queued"], 2);
    let all = smtp.wait_for(5).await;
    assert_eq!(all.len(), 5);
    for ((_, token, email), locale) in experts.iter().zip([Locale::Fr, Locale::Ar]) {
        let name = json_of(app.me(token).await).await["name"].as_str().unwrap().to_owned();
        let reminder = all
            .iter()
            .filter(|m| header(m, "To").is_some_and(|t| t.contains(email.as_str())))
            .map(|m| parts_of(m))
            // The assignment notice went out in English, before they chose.
            .find(|(subject, _, _)| !subject.starts_with("Your review assignment"))
            .unwrap_or_else(|| panic!("no reminder to {email}"));
        let (subject, text, html) = reminder;
        let greeting = with(locale, || lcreview::tr!("mail-greeting", name = name.as_str()));
        assert!(text.starts_with(&greeting), "{locale:?}: {text}");
        assert!(
            !subject.starts_with("Reminder"),
            "{locale:?}: the subject is in English: {subject}"
        );
        assert!(!text.contains("Dear "), "{locale:?}: {text}");
        assert!(html.contains(&format!("lang=\"{}\"", locale.code())), "{html}");
        assert!(html.contains(&format!("dir=\"{}\"", locale.dir())), "{html}");
    }
}
