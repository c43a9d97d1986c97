//! Every message lcreview sends, in one place: what each says ([`Mail`], data only) and how it is
//! written (one `body` per kind, rendered to plain text and HTML by one function). Dates are shown in
//! the recipient's time zone with UTC beside them. What goes to a person names only what concerns
//! that person: never a co-reviewer to an expert, never a reviewer to a city.
use maud::{DOCTYPE, Markup, html};
use time::OffsetDateTime;

use crate::domain::cycle::DeadlineKind;
use crate::domain::user::Role;
use crate::read::{Message, User};

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
    /// named by their part ("Reviewer B", "The panel's chair"), never by name.
    Comment {
        cycle: String,
        city: String,
        measurement: String,
        author: String,
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
    link: Option<(&'static str, String)>,
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

    /// The message for `to`, its dates in their time zone.
    pub fn render(&self, to: &User) -> Message {
        let zone = to.time_zone.as_deref();
        let at = |t: Option<OffsetDateTime>| crate::format::deadline(t, zone);
        let body = self.body(to, &at);
        let greeting = format!("Dear {},", to.name);
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
            text.push_str(&format!("{label}: {url}\n"));
        }
        text.push_str("\n-- \nlcreview: expert review of learning cities' reports\n");
        let html = wrap(
            &body.subject,
            html! {
                p { (greeting) }
                @for p in &body.parts {
                    @match p {
                        Part::Text(t) => p { (t) },
                        Part::Quote(q) => blockquote style="border-left: 3px solid #c9ced6; margin: 0; padding-left: 1rem; white-space: pre-wrap;" { (q) },
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
        let places =
            |b: &[Assignment]| Part::List(b.iter().map(|a| format!("{} ({} panel)", a.city, a.panel)).collect());
        match self {
            Mail::Invitation { inviter, role, sign_in } => {
                let mut parts = vec![
                    t(format!(
                        "{inviter} invited you to lcreview, where the UNESCO Global Network of Learning Cities \
                         reviews learning cities' reports, as {}.",
                        role_label(*role)
                    )),
                    t(format!(
                        "Sign in at {sign_in} with this e-mail address ({}). No password is sent by e-mail.",
                        to.email
                    )),
                ];
                match role {
                    Role::Expert => parts.push(t(
                        "First, please complete your profile: the languages you read, your areas of expertise, \
                         your country and institution, and how many bundles you can review in a cycle."
                            .into(),
                    )),
                    Role::City => parts.push(t(
                        "You will hear from us when a review cycle opens for your city's report.".into(),
                    )),
                    Role::Secretariat => {}
                }
                Body {
                    subject: "You are invited to lcreview".into(),
                    parts,
                    link: Some(("Sign in", sign_in.clone())),
                }
            }
            Mail::CycleOpened {
                city,
                cycle,
                deadline,
                url,
            } => Body {
                subject: format!("{city}: the review cycle \"{cycle}\" is open for your report"),
                parts: vec![
                    t(format!(
                        "the review cycle \"{cycle}\" is open, and {city} takes part in it."
                    )),
                    t(format!(
                        "Please write and submit your city's report by {}.",
                        at(*deadline)
                    )),
                ],
                link: Some(("Your report", url.clone())),
            },
            Mail::SubmissionReceipt {
                city,
                cycle,
                at: when,
                url,
            } => Body {
                subject: format!("{city}: your report for \"{cycle}\" is received"),
                parts: vec![
                    t(format!(
                        "we received {city}'s report for the review cycle \"{cycle}\" on {}.",
                        at(Some(*when))
                    )),
                    t(
                        "It is locked now. If the secretariat finds something to correct, they will return it to \
                       you with a message."
                            .into(),
                    ),
                ],
                link: Some(("Your report", url.clone())),
            },
            Mail::ReportReminder {
                city,
                cycle,
                deadline,
                url,
            } => Body {
                subject: format!("{city}: your report for \"{cycle}\" is not submitted yet"),
                parts: vec![
                    t(format!(
                        "the secretariat reminds you that {city}'s report for the cycle \"{cycle}\" is not submitted yet."
                    )),
                    t(format!("Reports are due by {}.", at(*deadline))),
                    t("A draft is kept as you write it; submit the report when it is complete.".into()),
                ],
                link: Some(("Your report", url.clone())),
            },
            Mail::ReportReturned {
                city,
                cycle,
                message,
                deadline,
                url,
            } => Body {
                subject: format!("{city}: your report for \"{cycle}\" is returned for correction"),
                parts: vec![
                    t(format!(
                        "the secretariat returned {city}'s report for the review cycle \"{cycle}\". Their message:"
                    )),
                    Part::Quote(message.clone()),
                    t(format!(
                        "Please correct the report and submit it again by {}. Until then it is out of review.",
                        at(*deadline)
                    )),
                ],
                link: Some(("Your report", url.clone())),
            },
            Mail::Assignment {
                cycle,
                deadline,
                bundles,
                url,
            } => Body {
                subject: format!("Your review assignment: {cycle}"),
                parts: vec![
                    t(format!("you are assigned to review, in the cycle \"{cycle}\":")),
                    places(bundles),
                    t(format!(
                        "The review deadline is {}. Your reviews are listed on your home page once the review \
                         starts.",
                        at(*deadline)
                    )),
                    t("Thank you for your work.".into()),
                ],
                link: Some(("Your reviews", url.clone())),
            },
            Mail::AssignmentRemoved { cycle, bundles, url } => {
                Body {
                    subject: format!("Your review assignment changed: {cycle}"),
                    parts: vec![
                    t(format!("you no longer review, in the cycle \"{cycle}\":")),
                    places(bundles),
                    t("You do not need to do anything more for these. Ratings you submitted stay in the review's \
                       history."
                        .into()),
                ],
                    link: Some(("Your reviews", url.clone())),
                }
            }
            Mail::Reminder {
                cycle,
                phase,
                deadline,
                unfinished,
                url,
            } => {
                let what = match phase {
                    DeadlineKind::Reconciliation => "revision round",
                    _ => "review",
                };
                let by = deadline.map(|d| format!(" by {}", at(Some(d)))).unwrap_or_default();
                Body {
                    subject: format!("Reminder: {unfinished} rating(s) to submit{by}"),
                    parts: vec![
                        t(format!(
                            "in the {what} of the cycle \"{cycle}\" you still have {unfinished} rating(s) to \
                             submit{by}."
                        )),
                        t("Thank you.".into()),
                    ],
                    link: Some(("Your reviews", url.clone())),
                }
            }
            Mail::RevisionRequest {
                cycle,
                items,
                round,
                deadline,
                url,
            } => Body {
                subject: format!("Revision round {round}: {items} item(s) to reconsider"),
                parts: vec![
                    t(format!(
                        "in the cycle \"{cycle}\" the ratings of {items} item(s) you reviewed disagree. Please read \
                         the other reviewers' ratings and justifications (anonymised) and keep or revise your score, \
                         with a justification for this round. Your reviews page lists every item in the round, \
                         including any that join it later."
                    )),
                    t(format!("The round closes on {}.", at(*deadline))),
                    t("Thank you.".into()),
                ],
                link: Some(("Your reviews", url.clone())),
            },
            Mail::DeadlineChanged {
                cycle,
                which,
                before,
                after,
                url,
            } => Body {
                subject: format!("{cycle}: the {} deadline is now {}", which.as_str(), at(*after)),
                parts: vec![t(format!(
                    "the secretariat moved the {} deadline of the cycle \"{cycle}\": it was {}, it is now {}.",
                    which.as_str(),
                    at(*before),
                    at(*after)
                ))],
                link: Some(("lcreview", url.clone())),
            },
            Mail::Extension {
                cycle,
                round,
                until,
                url,
            } => {
                let (subject, line) = match until {
                    Some(_) => (
                        format!("{cycle}: you may rate until {}", at(*until)),
                        format!(
                            "the secretariat gave you until {} to finish your ratings of the {} round of \"{cycle}\".",
                            at(*until),
                            round.as_str()
                        ),
                    ),
                    None => (
                        format!("{cycle}: your extension is withdrawn"),
                        format!(
                            "the secretariat withdrew your extension of the {} round of \"{cycle}\": the round's own \
                             deadline applies again.",
                            round.as_str()
                        ),
                    ),
                };
                Body {
                    subject,
                    parts: vec![t(line)],
                    link: Some(("Your reviews", url.clone())),
                }
            }
            Mail::RatingReopened {
                cycle,
                city,
                measurement,
                reason,
                url,
            } => Body {
                subject: format!("Your rating of {city} ({measurement}) is open again"),
                parts: vec![
                    t(format!(
                        "the secretariat reopened your submitted rating of {measurement} for {city} in the cycle \
                         \"{cycle}\", so that you can correct it. Their reason:"
                    )),
                    Part::Quote(reason.clone()),
                    t("It is a draft again: change it if needed and submit it.".into()),
                ],
                link: Some(("Your review", url.clone())),
            },
            Mail::Comment {
                cycle,
                city,
                measurement,
                author,
                body,
                url,
            } => Body {
                subject: format!("A new comment on {city} ({measurement})"),
                parts: vec![
                    t(format!(
                        "{author} wrote in the discussion of {measurement} for {city} in the cycle \"{cycle}\":"
                    )),
                    Part::Quote(body.clone()),
                    t(
                        "Reply on the item's page; the discussion stays among its reviewers and the panel's chair."
                            .into(),
                    ),
                ],
                link: Some(("The item", url.clone())),
            },
            Mail::FigureQuery {
                city,
                cycle,
                measurement,
                question,
                url,
            } => Body {
                subject: format!("{city}: a question about a figure of your report ({measurement})"),
                parts: vec![
                    t(format!(
                        "the secretariat checked the figures of {city}'s report for the cycle \"{cycle}\" and asks \
                         about {measurement}:"
                    )),
                    Part::Quote(question.clone()),
                    t("Answer on the report's page: in words, with a corrected figure, or both.".into()),
                ],
                link: Some(("Your report", url.clone())),
            },
            Mail::FigureAnswered {
                city,
                cycle,
                measurement,
                answer,
                url,
            } => Body {
                subject: format!("{city} answered your question about {measurement}"),
                parts: vec![
                    t(format!(
                        "{city} answered the question about {measurement} in its report for the cycle \"{cycle}\":"
                    )),
                    Part::Quote(answer.clone()),
                    t("Check the figure again on the report's page.".into()),
                ],
                link: Some(("The report", url.clone())),
            },
            Mail::Published { city, cycle, url } => Body {
                subject: format!("{city}: the results of \"{cycle}\" are published"),
                parts: vec![
                    t(format!(
                        "the experts' consensus scores and feedback for {city} in \"{cycle}\" are published on your \
                         city's profile."
                    )),
                    t("Thank you for your report.".into()),
                ],
                link: Some(("Your city's profile", url.clone())),
            },
            Mail::Digest { entries, url } => {
                let mut parts = vec![t(format!(
                    "here is what happened for you in lcreview since your last summary ({} message(s)).",
                    entries.len()
                ))];
                for e in entries {
                    parts.push(t(e.subject.clone()));
                    parts.push(Part::Quote(e.text.clone()));
                }
                Body {
                    subject: format!("lcreview: your daily summary ({} message(s))", entries.len()),
                    parts,
                    link: Some(("lcreview", url.clone())),
                }
            }
        }
    }
}

/// What a held message says, for its digest: its body without the greeting and the signature.
pub fn digest_text(body: &str) -> String {
    let body = body.split("\n-- \n").next().unwrap_or(body);
    let body = match body.split_once('\n') {
        Some((first, rest)) if first.starts_with("Dear ") => rest,
        _ => body,
    };
    body.trim().to_owned()
}

fn role_label(role: Role) -> &'static str {
    match role {
        Role::Secretariat => "a member of the secretariat",
        Role::Expert => "an independent expert",
        Role::City => "your city's coordinator",
    }
}

fn wrap(title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { (title) } }
            body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1f24; max-width: 40rem;" {
                (body)
                p style="color: #4a5260; font-size: 0.9rem;" { "lcreview: expert review of learning cities' reports" }
            }
        }
    }
    .into_string()
}

/// One message of every kind with sample data, for the secretariat's preview pages.
pub fn samples(public_url: &str) -> Vec<Mail> {
    let at = time::macros::datetime!(2030-03-01 16:00 UTC);
    let url = format!("{public_url}/");
    let bundles = vec![
        Assignment {
            city: "Cork".into(),
            panel: "Policy & leadership".into(),
        },
        Assignment {
            city: "Hangzhou".into(),
            panel: "Policy & leadership".into(),
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
            author: "Reviewer B".into(),
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
                    subject: "Your review assignment: Review 2030".into(),
                    text: "You are assigned to review Cork (Policy & leadership panel).".into(),
                },
                DigestEntry {
                    subject: "Reminder: 3 rating(s) to submit".into(),
                    text: "In the review of the cycle \"Review 2030\" you still have 3 rating(s) to submit.".into(),
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
        let m = Mail::Assignment {
            cycle: "2026".into(),
            deadline: Some(time::macros::datetime!(2026-12-31 16:00 UTC)),
            bundles: vec![Assignment {
                city: "Cork".into(),
                panel: "Policy & leadership".into(),
            }],
            url: "https://lcreview.example.org/".into(),
        }
        .render(&user("<Ana>", Some("Europe/Paris")));
        assert!(m.text.contains("Cork (Policy & leadership panel)"), "{}", m.text);
        assert!(
            m.text.contains("2026-12-31 17:00 Europe/Paris (16:00 UTC)"),
            "{}",
            m.text
        );
        assert!(m.html.contains("&lt;Ana&gt;") && !m.html.contains("<Ana>"));
        assert_eq!(m.kind, "assignment");
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
