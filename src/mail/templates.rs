//! Every message lcreview sends, in one place: what each says ([`Mail`], data only) and how it is
//! written (one `body` per kind, rendered to plain text and HTML by one function). Dates are shown in
//! the recipient's time zone with UTC beside them. What goes to a person names only what concerns
//! that person: never a co-reviewer to an expert, never a reviewer to a city.
use maud::{DOCTYPE, Markup, html};
use time::OffsetDateTime;

use crate::domain::cycle::DeadlineKind;
use crate::domain::discussion::Author;
use crate::domain::user::Role;
use crate::i18n::{self, FluentValue, Locale, arg, t_args};
use crate::read::{Message, User};
use crate::tr;

/// One (city, panel) an expert reviews.
#[derive(Clone, Debug)]
pub struct Assignment {
    pub city: String,
    pub panel: String,
}

/// One message a digest gathers: its subject and plain text.
#[derive(Clone, Debug)]
pub struct DigestEntry {
    pub subject: String,
    pub text: String,
}

/// What a message says.
#[derive(Clone, Debug)]
pub enum Mail {
    /// A new account: who invited them, as what, and where to sign in.
    Invitation {
        /// The inviter's name; empty when no one in particular invited them (the command line):
        /// the message then names the secretariat, in the recipient's language.
        inviter: String,
        role: Role,
        sign_in: String,
    },
    /// To a city's users: a cycle they take part in is open for their report.
    CycleOpened {
        city: String,
        cycle: String,
        deadline: Option<OffsetDateTime>,
        url: String,
    },
    /// To a city's users: their report is in.
    SubmissionReceipt {
        city: String,
        cycle: String,
        at: OffsetDateTime,
        url: String,
    },
    /// To a city's users: a reminder from the secretariat that their report is not in yet.
    ReportReminder {
        city: String,
        cycle: String,
        deadline: Option<OffsetDateTime>,
        url: String,
    },
    /// To a city's users: the secretariat returned the report, with its message.
    ReportReturned {
        city: String,
        cycle: String,
        message: String,
        deadline: Option<OffsetDateTime>,
        url: String,
    },
    /// To an expert: bundles they now review.
    Assignment {
        cycle: String,
        deadline: Option<OffsetDateTime>,
        bundles: Vec<Assignment>,
        url: String,
    },
    /// To an expert taken off bundles (withdrawn, a conflict, a manual change).
    AssignmentRemoved {
        cycle: String,
        bundles: Vec<Assignment>,
        url: String,
    },
    /// To an expert with ratings still to submit before a deadline.
    Reminder {
        cycle: String,
        phase: DeadlineKind,
        /// The recipient's deadline (their extension, if any); None when the phase has none.
        deadline: Option<OffsetDateTime>,
        unfinished: usize,
        url: String,
    },
    /// To a reviewer of items that go to a revision round.
    RevisionRequest {
        cycle: String,
        items: usize,
        round: i16,
        deadline: Option<OffsetDateTime>,
        url: String,
    },
    /// To the people a moved deadline concerns.
    DeadlineChanged {
        cycle: String,
        which: DeadlineKind,
        before: Option<OffsetDateTime>,
        after: Option<OffsetDateTime>,
        url: String,
    },
    /// To an expert given (Some) or no longer given (None) a personal extension.
    Extension {
        cycle: String,
        round: DeadlineKind,
        until: Option<OffsetDateTime>,
        url: String,
    },
    /// To a reviewer whose submitted rating the secretariat reopened.
    RatingReopened {
        cycle: String,
        city: String,
        measurement: String,
        reason: String,
        url: String,
    },
    /// To an item's reviewers and its panel's chair: a new comment in its discussion, its author
    /// named by their part ("Reviewer B", "The panel's chair") in the recipient's language, never
    /// by name.
    Comment {
        cycle: String,
        city: String,
        measurement: String,
        /// Who the author is to the recipient.
        author: Author,
        body: String,
        url: String,
    },
    /// To a city's users: the secretariat asks about a figure of their report.
    FigureQuery {
        city: String,
        cycle: String,
        measurement: String,
        question: String,
        url: String,
    },
    /// To the secretariat: a city answered a question about a figure.
    FigureAnswered {
        city: String,
        cycle: String,
        measurement: String,
        answer: String,
        url: String,
    },
    /// To a city's users: the results are published.
    Published { city: String, cycle: String, url: String },
    /// The day's held messages in one (for those who chose a daily digest).
    Digest { entries: Vec<DigestEntry>, url: String },
}

/// A part of a message body.
enum Part {
    Text(String),
    /// Someone's own words (a reason, the secretariat's message), set apart.
    Quote(String),
    List(Vec<String>),
}

/// A message before rendering.
struct Body {
    subject: String,
    parts: Vec<Part>,
    link: Option<(String, String)>,
}

/// A message about one city's measurement in a cycle: the placeables it names it by.
fn about<'a>(city: &'a str, cycle: &'a str, measurement: &'a str) -> Vec<(&'static str, FluentValue<'a>)> {
    vec![
        ("city", arg(city)),
        ("cycle", arg(cycle)),
        ("measurement", arg(measurement)),
    ]
}

impl Body {
    /// A message that quotes someone's words (a question, an answer, a comment, a reason) between
    /// what it is about and what to do next.
    fn quoting(subject: String, intro: String, quoted: &str, after: String, link: Option<(String, String)>) -> Body {
        Body {
            subject,
            parts: vec![Part::Text(intro), Part::Quote(quoted.to_owned()), Part::Text(after)],
            link,
        }
    }
}

/// Every kind of message, in the order of the preview page.
pub const KINDS: [&str; 17] = [
    "invitation",
    "cycle_opened",
    "submission_receipt",
    "report_reminder",
    "report_returned",
    "assignment",
    "assignment_removed",
    "reminder",
    "revision",
    "deadline_changed",
    "extension",
    "rating_reopened",
    "comment",
    "figure_query",
    "figure_answered",
    "published",
    "digest",
];

impl Mail {
    pub fn kind(&self) -> &'static str {
        match self {
            Mail::Invitation { .. } => "invitation",
            Mail::CycleOpened { .. } => "cycle_opened",
            Mail::SubmissionReceipt { .. } => "submission_receipt",
            Mail::ReportReminder { .. } => "report_reminder",
            Mail::ReportReturned { .. } => "report_returned",
            Mail::Assignment { .. } => "assignment",
            Mail::AssignmentRemoved { .. } => "assignment_removed",
            Mail::Reminder { .. } => "reminder",
            Mail::RevisionRequest { .. } => "revision",
            Mail::DeadlineChanged { .. } => "deadline_changed",
            Mail::Extension { .. } => "extension",
            Mail::RatingReopened { .. } => "rating_reopened",
            Mail::Comment { .. } => "comment",
            Mail::FigureQuery { .. } => "figure_query",
            Mail::FigureAnswered { .. } => "figure_answered",
            Mail::Published { .. } => "published",
            Mail::Digest { .. } => "digest",
        }
    }

    /// Reminders, assignment changes and discussion comments may wait for a person's daily digest; the rest is sent at
    /// once (an invitation, a receipt or a returned report is not news for tomorrow).
    pub fn may_wait_for_digest(&self) -> bool {
        matches!(
            self,
            Mail::Reminder { .. } | Mail::Assignment { .. } | Mail::AssignmentRemoved { .. } | Mail::Comment { .. }
        )
    }

    /// The message for `to`, in their language (English when they chose none) and its dates in
    /// their time zone.
    pub fn render(&self, to: &User) -> Message {
        let locale = recipient_locale(to);
        i18n::with(locale, || self.render_in(to, locale))
    }

    fn render_in(&self, to: &User, locale: Locale) -> Message {
        let zone = to.time_zone.as_deref();
        let at = |t: Option<OffsetDateTime>| crate::format::deadline(t, zone);
        let body = self.body(to, &at);
        let greeting = tr!("mail-greeting", name = to.name.as_str());
        let footer = tr!("mail-footer");
        let mut text = format!("{greeting}\n\n");
        for p in &body.parts {
            match p {
                Part::Text(t) => {
                    text.push_str(t);
                    text.push('\n');
                }
                Part::Quote(q) => {
                    for line in q.lines() {
                        text.push_str("> ");
                        text.push_str(line);
                        text.push('\n');
                    }
                }
                Part::List(items) => {
                    for i in items {
                        text.push_str("  - ");
                        text.push_str(i);
                        text.push('\n');
                    }
                }
            }
            text.push('\n');
        }
        if let Some((label, url)) = &body.link {
            text.push_str(&tr!("mail-link-line", label = label.as_str(), url = url.as_str()));
            text.push('\n');
        }
        text.push_str("\n-- \n");
        text.push_str(&footer);
        text.push('\n');
        // Mail programs know few logical CSS properties: the quote's rule goes on the side the
        // language starts from.
        let side = if locale.dir() == "rtl" { "right" } else { "left" };
        let quote_style =
            format!("border-{side}: 3px solid #c9ced6; margin: 0; padding-{side}: 1rem; white-space: pre-wrap;");
        let html = wrap(
            locale,
            &body.subject,
            &footer,
            html! {
                p { (greeting) }
                @for p in &body.parts {
                    @match p {
                        Part::Text(t) => p { (t) },
                        Part::Quote(q) => blockquote style=(quote_style) { (q) },
                        Part::List(items) => ul { @for i in items { li { (i) } } },
                    }
                }
                @if let Some((label, url)) = &body.link { p { a href=(url) { (label) } } }
            },
        );
        Message {
            to: to.email.clone(),
            user_id: Some(to.id),
            subject: body.subject,
            text,
            html,
            kind: self.kind(),
            dedupe_key: None,
            held: false,
        }
    }

    #[allow(clippy::too_many_lines)] // one arm per kind of message, each short
    fn body(&self, to: &User, at: &dyn Fn(Option<OffsetDateTime>) -> String) -> Body {
        let t = |s: String| Part::Text(s);
        let places = |b: &[Assignment]| {
            let item = |a: &Assignment| tr!("mail-bundle", city = a.city.as_str(), panel = a.panel.as_str());
            Part::List(b.iter().map(item).collect())
        };
        let link = |label: String, url: &String| Some((label, url.clone()));
        match self {
            Mail::Invitation { inviter, role, sign_in } => {
                let inviter = match inviter.as_str() {
                    "" => tr!("mail-invitation-by-secretariat"),
                    name => name.to_owned(),
                };
                let (code, url, email) = (role_code(*role), sign_in.as_str(), to.email.as_str());
                let mut parts = vec![
                    t(tr!("mail-invitation-intro", inviter = inviter, role = code)),
                    t(tr!("mail-invitation-sign-in", url = url, email = email)),
                ];
                match role {
                    Role::Expert => parts.push(t(tr!("mail-invitation-expert"))),
                    Role::City => parts.push(t(tr!("mail-invitation-city"))),
                    Role::Secretariat => {}
                }
                Body {
                    subject: tr!("mail-invitation-subject"),
                    parts,
                    link: link(tr!("mail-link-sign-in"), sign_in),
                }
            }
            Mail::CycleOpened {
                city,
                cycle,
                deadline,
                url,
            } => {
                let (city, cycle) = (city.as_str(), cycle.as_str());
                Body {
                    subject: tr!("mail-cycle-opened-subject", city = city, cycle = cycle),
                    parts: vec![
                        t(tr!("mail-cycle-opened-intro", city = city, cycle = cycle)),
                        t(tr!("mail-cycle-opened-due", deadline = at(*deadline))),
                    ],
                    link: link(tr!("mail-link-your-report"), url),
                }
            }
            Mail::SubmissionReceipt {
                city,
                cycle,
                at: when,
                url,
            } => {
                let (city, cycle, date) = (city.as_str(), cycle.as_str(), at(Some(*when)));
                Body {
                    subject: tr!("mail-receipt-subject", city = city, cycle = cycle),
                    parts: vec![
                        t(tr!("mail-receipt-intro", city = city, cycle = cycle, date = date)),
                        t(tr!("mail-receipt-locked")),
                    ],
                    link: link(tr!("mail-link-your-report"), url),
                }
            }
            Mail::ReportReminder {
                city,
                cycle,
                deadline,
                url,
            } => {
                let (city, cycle) = (city.as_str(), cycle.as_str());
                Body {
                    subject: tr!("mail-report-reminder-subject", city = city, cycle = cycle),
                    parts: vec![
                        t(tr!("mail-report-reminder-intro", city = city, cycle = cycle)),
                        t(tr!("mail-report-reminder-due", deadline = at(*deadline))),
                        t(tr!("mail-report-reminder-draft")),
                    ],
                    link: link(tr!("mail-link-your-report"), url),
                }
            }
            Mail::ReportReturned {
                city,
                cycle,
                message,
                deadline,
                url,
            } => {
                let (city, cycle) = (city.as_str(), cycle.as_str());
                Body::quoting(
                    tr!("mail-returned-subject", city = city, cycle = cycle),
                    tr!("mail-returned-intro", city = city, cycle = cycle),
                    message,
                    tr!("mail-returned-due", deadline = at(*deadline)),
                    link(tr!("mail-link-your-report"), url),
                )
            }
            Mail::Assignment {
                cycle,
                deadline,
                bundles,
                url,
            } => Body {
                subject: tr!("mail-assignment-subject", cycle = cycle.as_str()),
                parts: vec![
                    t(tr!("mail-assignment-intro", cycle = cycle.as_str())),
                    places(bundles),
                    t(tr!("mail-assignment-deadline", deadline = at(*deadline))),
                    t(tr!("mail-assignment-thanks")),
                ],
                link: link(tr!("mail-link-your-reviews"), url),
            },
            Mail::AssignmentRemoved { cycle, bundles, url } => Body {
                subject: tr!("mail-unassigned-subject", cycle = cycle.as_str()),
                parts: vec![
                    t(tr!("mail-unassigned-intro", cycle = cycle.as_str())),
                    places(bundles),
                    t(tr!("mail-unassigned-nothing-to-do")),
                ],
                link: link(tr!("mail-link-your-reviews"), url),
            },
            Mail::Reminder {
                cycle,
                phase,
                deadline,
                unfinished,
                url,
            } => {
                let mut args = vec![
                    ("phase", arg(phase.as_str())),
                    ("cycle", arg(cycle.as_str())),
                    ("count", arg(*unfinished)),
                ];
                let (subject, line) = match deadline {
                    Some(d) => {
                        args.push(("deadline", arg(at(Some(*d)))));
                        (
                            t_args("mail-reminder-subject-by", args.clone()),
                            t_args("mail-reminder-intro-by", args),
                        )
                    }
                    None => (
                        t_args("mail-reminder-subject", args.clone()),
                        t_args("mail-reminder-intro", args),
                    ),
                };
                Body {
                    subject,
                    parts: vec![t(line), t(tr!("mail-thanks"))],
                    link: link(tr!("mail-link-your-reviews"), url),
                }
            }
            Mail::RevisionRequest {
                cycle,
                items,
                round,
                deadline,
                url,
            } => Body {
                subject: tr!("mail-revision-subject", round = *round, count = *items),
                parts: vec![
                    t(tr!("mail-revision-intro", cycle = cycle.as_str(), count = *items)),
                    t(tr!("mail-revision-closes", deadline = at(*deadline))),
                    t(tr!("mail-thanks")),
                ],
                link: link(tr!("mail-link-your-reviews"), url),
            },
            Mail::DeadlineChanged {
                cycle,
                which,
                before,
                after,
                url,
            } => {
                let args = vec![
                    ("cycle", arg(cycle.as_str())),
                    ("which", arg(which.as_str())),
                    ("before", arg(at(*before))),
                    ("after", arg(at(*after))),
                ];
                Body {
                    subject: t_args("mail-deadline-changed-subject", args.clone()),
                    parts: vec![t(t_args("mail-deadline-changed-intro", args))],
                    link: link("lcreview".to_owned(), url),
                }
            }
            Mail::Extension {
                cycle,
                round,
                until,
                url,
            } => {
                let (cycle, round) = (cycle.as_str(), round.as_str());
                let (subject, line) = match until.map(|u| at(Some(u))) {
                    Some(until) => (
                        tr!("mail-extension-subject", cycle = cycle, until = until.as_str()),
                        tr!("mail-extension-intro", cycle = cycle, round = round, until = until),
                    ),
                    None => (
                        tr!("mail-extension-withdrawn-subject", cycle = cycle),
                        tr!("mail-extension-withdrawn-intro", cycle = cycle, round = round),
                    ),
                };
                Body {
                    subject,
                    parts: vec![t(line)],
                    link: link(tr!("mail-link-your-reviews"), url),
                }
            }
            Mail::RatingReopened {
                cycle,
                city,
                measurement,
                reason,
                url,
            } => {
                let args = about(city, cycle, measurement);
                Body::quoting(
                    t_args("mail-reopened-subject", args.clone()),
                    t_args("mail-reopened-intro", args),
                    reason,
                    tr!("mail-reopened-draft"),
                    link(tr!("mail-link-your-review"), url),
                )
            }
            Mail::Comment {
                cycle,
                city,
                measurement,
                author,
                body,
                url,
            } => {
                let mut args = about(city, cycle, measurement);
                args.push(("author", arg(i18n::words::author(*author))));
                Body::quoting(
                    t_args("mail-comment-subject", args.clone()),
                    t_args("mail-comment-intro", args),
                    body,
                    tr!("mail-comment-reply"),
                    link(tr!("mail-link-the-item"), url),
                )
            }
            Mail::FigureQuery {
                city,
                cycle,
                measurement,
                question,
                url,
            } => {
                let args = about(city, cycle, measurement);
                Body::quoting(
                    t_args("mail-figure-query-subject", args.clone()),
                    t_args("mail-figure-query-intro", args),
                    question,
                    tr!("mail-figure-query-answer"),
                    link(tr!("mail-link-your-report"), url),
                )
            }
            Mail::FigureAnswered {
                city,
                cycle,
                measurement,
                answer,
                url,
            } => {
                let args = about(city, cycle, measurement);
                Body::quoting(
                    t_args("mail-figure-answered-subject", args.clone()),
                    t_args("mail-figure-answered-intro", args),
                    answer,
                    tr!("mail-figure-answered-check"),
                    link(tr!("mail-link-the-report"), url),
                )
            }
            Mail::Published { city, cycle, url } => {
                let (city, cycle) = (city.as_str(), cycle.as_str());
                Body {
                    subject: tr!("mail-published-subject", city = city, cycle = cycle),
                    parts: vec![
                        t(tr!("mail-published-intro", city = city, cycle = cycle)),
                        t(tr!("mail-published-thanks")),
                    ],
                    link: link(tr!("mail-link-city-profile"), url),
                }
            }
            Mail::Digest { entries, url } => {
                let mut parts = vec![t(tr!("mail-digest-intro", count = entries.len()))];
                for e in entries {
                    parts.push(t(e.subject.clone()));
                    parts.push(Part::Quote(e.text.clone()));
                }
                Body {
                    subject: tr!("mail-digest-subject", count = entries.len()),
                    parts,
                    link: link("lcreview".to_owned(), url),
                }
            }
        }
    }
}

/// The language of e-mail to `to`: their choice, else English (a message is not written in a browser).
pub fn recipient_locale(to: &User) -> Locale {
    to.language.as_deref().and_then(Locale::parse).unwrap_or(Locale::En)
}

/// What a held message says, for its digest: its body without the greeting and the signature. The
/// greeting is recognised in any of the six languages, as a message is held in the language its
/// recipient had then.
pub fn digest_text(body: &str) -> String {
    let body = body.split("\n-- \n").next().unwrap_or(body);
    let body = match body.split_once('\n') {
        Some((first, rest)) if is_greeting(first) => rest,
        _ => body,
    };
    body.trim().to_owned()
}

/// Whether `line` is the greeting of a message in one of the six languages ("Dear Ana,").
fn is_greeting(line: &str) -> bool {
    const NAME: &str = "\u{1}";
    Locale::ALL.into_iter().any(|l| {
        let greeting = i18n::with(l, || tr!("mail-greeting", name = NAME));
        match greeting.split_once(NAME) {
            Some((before, after)) if !before.is_empty() => line.starts_with(before) && line.ends_with(after),
            Some((_, after)) if !after.is_empty() => line.ends_with(after),
            _ => false,
        }
    })
}

/// A role as the invitation's catalogue text selects on it.
fn role_code(role: Role) -> &'static str {
    match role {
        Role::Secretariat => "secretariat",
        Role::Expert => "expert",
        Role::City => "city",
    }
}

fn wrap(locale: Locale, title: &str, footer: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang=(locale.code()) dir=(locale.dir()) {
            head { meta charset="utf-8"; title { (title) } }
            body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1f24; max-width: 40rem;" {
                (body)
                p style="color: #4a5260; font-size: 0.9rem;" { (footer) }
            }
        }
    }
    .into_string()
}

/// One message of every kind with sample data, for the secretariat's preview pages. The digest's
/// sample entries are written in the current language, as the messages it gathers would be.
pub fn samples(public_url: &str) -> Vec<Mail> {
    let at = time::macros::datetime!(2030-03-01 16:00 UTC);
    let url = format!("{public_url}/");
    let panel = "Policy & leadership";
    let bundles = vec![
        Assignment {
            city: "Cork".into(),
            panel: panel.into(),
        },
        Assignment {
            city: "Hangzhou".into(),
            panel: panel.into(),
        },
    ];
    vec![
        Mail::Invitation {
            inviter: "Ana Secretariat".into(),
            role: Role::Expert,
            sign_in: format!("{public_url}/signin"),
        },
        Mail::CycleOpened {
            city: "Cork".into(),
            cycle: "Review 2030".into(),
            deadline: Some(at),
            url: format!("{public_url}/cycles/1/reports/1"),
        },
        Mail::SubmissionReceipt {
            city: "Cork".into(),
            cycle: "Review 2030".into(),
            at,
            url: format!("{public_url}/cycles/1/reports/1"),
        },
        Mail::ReportReminder {
            city: "Cork".into(),
            cycle: "Review 2030".into(),
            deadline: Some(at),
            url: format!("{public_url}/cycles/1/reports/1"),
        },
        Mail::ReportReturned {
            city: "Cork".into(),
            cycle: "Review 2030".into(),
            message: "Please add the budget figures to 3.1.2.".into(),
            deadline: Some(at),
            url: format!("{public_url}/cycles/1/reports/1"),
        },
        Mail::Assignment {
            cycle: "Review 2030".into(),
            deadline: Some(at),
            bundles: bundles.clone(),
            url: url.clone(),
        },
        Mail::AssignmentRemoved {
            cycle: "Review 2030".into(),
            bundles: bundles[..1].to_vec(),
            url: url.clone(),
        },
        Mail::Reminder {
            cycle: "Review 2030".into(),
            phase: DeadlineKind::Review,
            deadline: Some(at),
            unfinished: 3,
            url: url.clone(),
        },
        Mail::RevisionRequest {
            cycle: "Review 2030".into(),
            items: 2,
            round: 2,
            deadline: Some(at),
            url: url.clone(),
        },
        Mail::DeadlineChanged {
            cycle: "Review 2030".into(),
            which: DeadlineKind::Review,
            before: Some(at),
            after: Some(at + time::Duration::days(7)),
            url: url.clone(),
        },
        Mail::Extension {
            cycle: "Review 2030".into(),
            round: DeadlineKind::Review,
            until: Some(at + time::Duration::days(3)),
            url: url.clone(),
        },
        Mail::RatingReopened {
            cycle: "Review 2030".into(),
            city: "Cork".into(),
            measurement: "3.1.2.a".into(),
            reason: "The justification refers to another city's report.".into(),
            url: url.clone(),
        },
        Mail::Comment {
            cycle: "Review 2030".into(),
            city: "Cork".into(),
            measurement: "3.1.2.a".into(),
            author: Author::Reviewer(Some(1)),
            body: "The budget line is for 2027 only; is there evidence it continues?".into(),
            url: format!("{public_url}/reviews/1/1/1#item-4"),
        },
        Mail::FigureQuery {
            city: "Cork".into(),
            cycle: "Review 2030".into(),
            measurement: "1.1.1.a".into(),
            question: "Is the 2029 rate the census figure or the survey's?".into(),
            url: format!("{public_url}/cycles/1/reports/1#m-1.1.1.a"),
        },
        Mail::FigureAnswered {
            city: "Cork".into(),
            cycle: "Review 2030".into(),
            measurement: "1.1.1.a".into(),
            answer: "It is the census figure; we corrected the year.".into(),
            url: format!("{public_url}/cycles/1/reports/1#m-1.1.1.a"),
        },
        Mail::Published {
            city: "Cork".into(),
            cycle: "Review 2030".into(),
            url: format!("{public_url}/cities/1/profile"),
        },
        Mail::Digest {
            entries: vec![
                DigestEntry {
                    subject: tr!("mail-assignment-subject", cycle = "Review 2030"),
                    text: tr!("mail-sample-digest-assignment", city = "Cork", panel = panel),
                },
                DigestEntry {
                    subject: tr!("mail-reminder-subject", count = 3),
                    text: tr!("mail-sample-digest-reminder", cycle = "Review 2030", count = 3),
                },
            ],
            url,
        },
    ]
}

/// The person the sample messages are addressed to.
pub fn sample_recipient() -> User {
    User {
        id: 0,
        email: "aissatou.diop@example.org".into(),
        name: "Aïssatou Diop".into(),
        role: Role::Expert,
        city_id: None,
        disabled: false,
        language: None,
        time_zone: Some("Africa/Dakar".into()),
        mail_digest: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str, zone: Option<&str>) -> User {
        User {
            name: name.into(),
            time_zone: zone.map(str::to_owned),
            ..sample_recipient()
        }
    }

    #[test]
    fn bodies_escape_and_say_what_matters() {
        let deadline = time::macros::datetime!(2026-12-31 16:00 UTC);
        let m = Mail::Assignment {
            cycle: "2026".into(),
            deadline: Some(deadline),
            bundles: vec![Assignment {
                city: "Cork".into(),
                panel: "Policy & leadership".into(),
            }],
            url: "https://lcreview.example.org/".into(),
        }
        .render(&user("<Ana>", Some("Europe/Paris")));
        assert!(m.text.contains("Cork (Policy & leadership panel)"), "{}", m.text);
        // The deadline in the recipient's zone, UTC beside it, as `format::deadline` writes it.
        let local = crate::format::deadline(Some(deadline), Some("Europe/Paris"));
        assert!(local.contains("Europe/Paris (") && local.contains("UTC)"), "{local}");
        assert!(m.text.contains(&local), "{}", m.text);
        assert!(m.html.contains("&lt;Ana&gt;") && !m.html.contains("<Ana>"));
        assert_eq!(m.kind, "assignment");
    }

    fn reader(language: Option<&str>) -> User {
        User {
            language: language.map(str::to_owned),
            ..user("Ana", None)
        }
    }

    fn published() -> Mail {
        Mail::Published {
            city: "Cork".into(),
            cycle: "Review 2030".into(),
            url: "https://x.example.org/".into(),
        }
    }

    #[test]
    fn each_recipient_reads_their_own_language() {
        let fr = published().render(&reader(Some("fr")));
        assert_eq!(
            fr.subject,
            "Cork\u{a0}: les résultats de «\u{a0}Review 2030\u{a0}» sont publiés"
        );
        assert!(
            fr.text.starts_with("Bonjour Ana,\n\nLes notes de consensus"),
            "{}",
            fr.text
        );
        assert!(fr.html.contains(r#"<html lang="fr" dir="ltr">"#), "{}", fr.html);
        assert!(fr.html.contains("<p>Bonjour Ana,</p>"), "{}", fr.html);

        let ar = published().render(&reader(Some("ar-EG")));
        assert_eq!(ar.subject, "Cork: نُشرت نتائج دورة «Review 2030»");
        assert!(ar.text.starts_with("السيد/السيدة Ana،\n\n"), "{}", ar.text);
        assert!(ar.html.contains(r#"<html lang="ar" dir="rtl">"#), "{}", ar.html);

        let en = published().render(&reader(None));
        assert_eq!(en.subject, "Cork: the results of \"Review 2030\" are published");
        assert!(
            en.text.starts_with("Dear Ana,\n\nthe experts' consensus scores"),
            "{}",
            en.text
        );
        assert!(en.html.contains(r#"<html lang="en" dir="ltr">"#), "{}", en.html);

        // A language that is not one of the six is English; the recipient's language wins over the
        // one of the request that causes the message, and does not outlive the rendering.
        assert_eq!(published().render(&reader(Some("de"))).subject, en.subject);
        let inside = i18n::with(Locale::Ru, || (published().render(&reader(None)), i18n::current()));
        assert_eq!((inside.0.text, inside.1), (en.text, Locale::Ru));
        assert_eq!(i18n::current(), Locale::En);

        // An invitation from no one in particular names the secretariat in the recipient's language.
        let from_no_one = Mail::Invitation {
            inviter: String::new(),
            role: Role::City,
            sign_in: "https://x.example.org/signin".into(),
        };
        let en = from_no_one.render(&reader(None));
        assert!(
            en.text.contains("\n\nThe lcreview secretariat invited you to lcreview"),
            "{}",
            en.text
        );
        let fr = from_no_one.render(&reader(Some("fr")));
        let secretariat = i18n::with(Locale::Fr, || tr!("mail-invitation-by-secretariat"));
        assert!(
            fr.text.contains(&format!("\n\n{secretariat} ")) && !fr.text.contains("The lcreview secretariat"),
            "{}",
            fr.text
        );
    }

    #[test]
    fn every_message_is_written_in_each_of_the_six_languages() {
        for l in Locale::ALL {
            let to = reader(Some(l.code()));
            let rendered: Vec<Message> = i18n::with(l, || samples("https://x.example.org"))
                .iter()
                .map(|m| m.render(&to))
                .collect();
            for m in &rendered {
                for text in [&m.subject, &m.text, &m.html] {
                    assert!(
                        !text.contains("mail-") && !text.contains('{') && !text.contains("$"),
                        "{l:?} {}: {text}",
                        m.kind
                    );
                }
            }
            // A digest drops the greeting and the signature whatever language a message is in.
            let t = digest_text(&published().render(&to).text);
            let footer = i18n::with(l, || tr!("mail-footer"));
            assert!(
                !t.contains("Ana") && !t.contains("-- ") && !t.contains(&footer),
                "{l:?}: {t}"
            );
        }
    }

    #[test]
    fn a_comment_s_author_is_named_in_the_recipient_s_language() {
        let comment = |author: Author| Mail::Comment {
            cycle: "Review 2030".into(),
            city: "Cork".into(),
            measurement: "3.1.2.a".into(),
            author,
            body: "Is there evidence it continues?".into(),
            url: "https://x.example.org/".into(),
        };
        for a in [
            Author::Reviewer(Some(0)),
            Author::Reviewer(Some(27)),
            Author::Reviewer(None),
            Author::Chair,
            Author::Secretariat,
        ] {
            for l in Locale::ALL {
                let m = comment(a).render(&reader(Some(l.code())));
                let name = i18n::with(l, || i18n::words::author(a));
                assert!(m.text.contains(&name), "{a:?} {l:?}: {}", m.text);
            }
        }
        // The request that causes the message does not lend it its language.
        let en = i18n::with(Locale::Fr, || comment(Author::Reviewer(Some(1))).render(&reader(None)));
        assert!(en.text.contains("Reviewer B"), "{}", en.text);
        assert!(!en.text.contains("Évaluateur"), "{}", en.text);
    }

    #[test]
    fn a_digest_carries_each_message_without_its_greeting_or_signature() {
        let m = Mail::AssignmentRemoved {
            cycle: "2026".into(),
            bundles: vec![Assignment {
                city: "Cork".into(),
                panel: "Policy".into(),
            }],
            url: "https://x.example.org/".into(),
        }
        .render(&user("Ana", None));
        let t = digest_text(&m.text);
        assert!(
            t.starts_with("you no longer review") && t.contains("Cork (Policy panel)"),
            "{t}"
        );
        assert!(!t.contains("Dear") && !t.contains("-- "), "{t}");
    }

    #[test]
    fn someones_own_words_are_quoted_and_escaped() {
        let m = Mail::ReportReturned {
            city: "Cork".into(),
            cycle: "2026".into(),
            message: "Add <b>figures</b>\nand links.".into(),
            deadline: None,
            url: "https://x.example.org/".into(),
        }
        .render(&user("Ana", None));
        assert!(m.text.contains("> Add <b>figures</b>\n> and links."), "{}", m.text);
        assert!(m.html.contains("Add &lt;b&gt;figures&lt;/b&gt;"), "{}", m.html);
    }

    #[test]
    fn there_is_a_sample_of_every_kind_and_every_link_uses_the_public_address() {
        let samples = samples("https://review.example.org");
        let kinds: Vec<&str> = samples.iter().map(Mail::kind).collect();
        assert_eq!(kinds, KINDS);
        for s in &samples {
            let m = s.render(&sample_recipient());
            for (i, _) in m.text.match_indices("http") {
                assert!(
                    m.text[i..].starts_with("https://review.example.org/"),
                    "{}: {}",
                    m.kind,
                    m.text
                );
            }
        }
    }
}
