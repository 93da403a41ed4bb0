//! Thin binary: all behaviour lives in the library so it can be tested.
fn main() -> std::process::ExitCode {
    liveaudit::cli::main()
}
