//! `liveaudit rules list|test|lint [PACK]`: rule-pack tooling.

use super::args::RulesCommand;
use super::context::{Context, ExitOutcome};
use super::settings::load_pack;
use crate::rules::{format_list, lint_path, test_examples, LintLevel};

/// Runs a rules subcommand. A PACK argument is a site pack loaded over the default one.
pub(super) fn run(_ctx: &Context, cmd: RulesCommand) -> anyhow::Result<ExitOutcome> {
    match cmd {
        RulesCommand::List { pack } => {
            let pack = load_pack(pack.as_deref())?;
            print!("{}", format_list(&pack));
            Ok(ExitOutcome::Success)
        }
        RulesCommand::Test { pack } => {
            let pack = load_pack(pack.as_deref())?;
            let report = test_examples(&pack);
            print!("{report}");
            Ok(if report.is_ok() {
                ExitOutcome::Success
            } else {
                ExitOutcome::BadInput
            })
        }
        RulesCommand::Normalize { text } => {
            let n = crate::text::normalize(&text);
            println!("normalised: {}", n.text);
            println!("by sound:   {}", crate::text::pinyin::fold(&n.text));
            Ok(ExitOutcome::Success)
        }
        RulesCommand::Lint { pack } => {
            let issues = match lint_path(pack.as_deref()) {
                Ok(i) => i,
                Err(e) => {
                    eprintln!("error: {e}");
                    return Ok(ExitOutcome::BadInput);
                }
            };
            for i in &issues {
                println!("{i}");
            }
            let errors = issues
                .iter()
                .filter(|i| i.level == LintLevel::Error)
                .count();
            println!("{} issue(s), {errors} error(s)", issues.len());
            Ok(if errors == 0 {
                ExitOutcome::Success
            } else {
                ExitOutcome::BadInput
            })
        }
    }
}
